/**
 * Reading Flowise's answers tolerantly: fields the contract marks optional may
 * be missing, unknown fields are kept and ignored, and `details` is accepted
 * both as Flowise answers it (a string holding JSON, its entity's text column)
 * and as the public API reference draws it (an object). Either way the reader
 * gets an object.
 */
import { z } from 'zod'
import { listOf } from './read-list'

export const assistantDetailsReadSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string().optional(),
  description: z.string().nullable().optional(),
  model: z.string().optional(),
  instructions: z.string().nullable().optional(),
  temperature: z.number().nullable().optional(),
  top_p: z.number().nullable().optional(),
  // OpenAI tool names ("file_search"), but CUSTOM assistants keep Flowise tool objects here.
  tools: z.array(z.unknown()).optional(),
  tool_resources: z.record(z.string(), z.unknown()).nullable().optional(),
})
export type AssistantDetailsRead = z.output<typeof assistantDetailsReadSchema>

/** `details` as a JSON string (Flowise) or an object (the reference), read into an object. */
export const detailsReadSchema = z
  .union([z.string(), z.record(z.string(), z.unknown())], {
    error: 'details must be a JSON object or a string holding one.',
  })
  .transform((value, ctx): unknown => {
    if (typeof value !== 'string') return value
    try {
      return JSON.parse(value) as unknown
    } catch {
      ctx.addIssue({ code: 'custom', message: 'details is not valid JSON.' })
      return z.NEVER
    }
  })
  .pipe(assistantDetailsReadSchema)

export const assistantSchema = z.looseObject({
  id: z.string().min(1),
  details: detailsReadSchema,
  credential: z.string(),
  iconSrc: z.string().nullable().optional(),
  // Any string: a type a newer Flowise adds is shown, not refused.
  type: z.string().nullable().optional(),
  createdDate: z.string(),
  updatedDate: z.string(),
  workspaceId: z.string().nullable().optional(),
})
export type Assistant = z.output<typeof assistantSchema>

export const assistantListSchema = z.array(assistantSchema)
/** Item by item: one odd assistant is kept aside as unreadable instead of failing the list. */
export const assistantListReader = listOf(assistantSchema)

/** TypeORM's DeleteResult, which Flowise answers for DELETE /assistants/{id}. */
export const deleteResultSchema = z.looseObject({
  raw: z.unknown().optional(),
  affected: z.number().int().nullable().optional(),
})
export type DeleteResult = z.output<typeof deleteResultSchema>
