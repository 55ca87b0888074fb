/** AssistantViewSet: the assistant as the Admin API reads and writes it. */
import { z } from 'zod'
import { codeSchema, decimalInputSchema, decimalOutputSchema, messages, requiredString } from './common'
import { listOf } from './read-list'

export const MODELS = ['gpt-35-turbo', 'gpt-35-turbo-16k', 'gpt-4', 'gpt-4o'] as const
export type Model = (typeof MODELS)[number]

export const modelSchema = z.enum(MODELS, {
  error: (issue) => (issue.input === undefined ? messages.required : `"${String(issue.input)}" is not a valid choice.`),
})

const toolIdsSchema = z.array(z.number({ error: 'A valid integer is required.' }).int(), {
  error: (issue) => (issue.input === undefined ? messages.required : 'Expected a list of items.'),
})

/** Writable fields, as sent on create (POST) and replace (PUT). */
export const assistantWriteSchema = z.strictObject(
  {
    code: codeSchema,
    name: requiredString({ max: 255, allowBlank: false }),
    instructions: requiredString(),
    model: modelSchema.optional(),
    response_format_json: z.boolean({ error: messages.boolean }).optional(),
    temperature: decimalInputSchema.optional(),
    top_p: decimalInputSchema.optional(),
    tools: toolIdsSchema,
    include_conversation_transcript: z.boolean({ error: messages.boolean }).optional(),
    include_conversation_metadata: z.boolean({ error: messages.boolean }).optional(),
  },
  {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}.` : undefined),
  },
)
export type AssistantWrite = z.input<typeof assistantWriteSchema>

/** PATCH: every writable field optional. */
export const assistantPatchSchema = assistantWriteSchema.partial()
export type AssistantPatch = z.input<typeof assistantPatchSchema>

/** Read-only fields a client may echo back in a PUT/PATCH; servers ignore them. */
export const ASSISTANT_READ_ONLY_FIELDS = ['id', 'tools_json'] as const

/**
 * The assistant as the server answers it: what the published spec requires
 * (code, name, instructions, tools), the rest optional. Loose: fields a newer
 * server adds are kept, so an edit never drops them. `model` may be any string
 * (a newer server may offer more models than the spec's enum).
 */
export const assistantSchema = z.looseObject({
  id: z.number().int().optional(),
  code: z.string().min(1),
  name: z.string(),
  instructions: z.string(),
  model: z.string().optional(),
  response_format_json: z.boolean().optional(),
  temperature: decimalOutputSchema.optional(),
  top_p: decimalOutputSchema.optional(),
  tools: z.array(z.number().int()),
  tools_json: z.string().optional(),
  include_conversation_transcript: z.boolean().optional(),
  include_conversation_metadata: z.boolean().optional(),
})
export type Assistant = z.infer<typeof assistantSchema>
/** Strict list (the mock's tests): every item must read. */
export const assistantListSchema = z.array(assistantSchema)
/** Tolerant list (the console): odd items become UnreadableItems. */
export const assistantListReader = listOf(assistantSchema)
