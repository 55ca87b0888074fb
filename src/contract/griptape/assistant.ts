/**
 * Assistants. The seed is cut off before their schema; fields and optionality
 * follow the public Griptape Cloud Python client (AssistantDetail,
 * Create/UpdateAssistantRequestContent). Length limits are ours.
 */
import { z } from 'zod'
import { stringField, uuidListField } from './fields'
import { paginationSchema } from './pagination'

export const ASSISTANT_LIMITS = { name: 200, description: 2000, input: 20000, model: 200 } as const

const fields = {
  name: stringField({ min: 1, max: ASSISTANT_LIMITS.name }),
  description: stringField({ max: ASSISTANT_LIMITS.description }).optional(),
  input: stringField({ max: ASSISTANT_LIMITS.input }).optional(),
  model: stringField({ max: ASSISTANT_LIMITS.model }).optional(),
  knowledge_base_ids: uuidListField.optional(),
  retriever_ids: uuidListField.optional(),
  ruleset_ids: uuidListField.optional(),
  structure_ids: uuidListField.optional(),
  tool_ids: uuidListField.optional(),
}

export const assistantCreateSchema = z.strictObject(fields)
export type AssistantCreate = z.input<typeof assistantCreateSchema>

export const assistantUpdateSchema = z.strictObject({ ...fields, name: fields.name.optional() })
export type AssistantUpdate = z.input<typeof assistantUpdateSchema>

/** The id lists an assistant and a run both carry. */
export const RESOURCE_LISTS = [
  'knowledge_base_ids',
  'retriever_ids',
  'ruleset_ids',
  'structure_ids',
  'tool_ids',
] as const
export type ResourceList = (typeof RESOURCE_LISTS)[number]

export const assistantSchema = z.looseObject({
  assistant_id: z.string(),
  name: z.string(),
  description: z.string(),
  input: z.string().optional(),
  model: z.string().optional(),
  organization_id: z.string(),
  created_by: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  knowledge_base_ids: z.array(z.string()),
  retriever_ids: z.array(z.string()),
  ruleset_ids: z.array(z.string()),
  structure_ids: z.array(z.string()),
  tool_ids: z.array(z.string()),
})
export type Assistant = z.infer<typeof assistantSchema>

export const assistantListSchema = z.looseObject({ assistants: z.array(assistantSchema), pagination: paginationSchema })
export type AssistantList = z.infer<typeof assistantListSchema>
