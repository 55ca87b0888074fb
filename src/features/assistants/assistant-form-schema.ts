/**
 * The assistant form: its schema (derived from the contract's write schema,
 * with temperature/top_p as numbers and every optional flag made explicit so
 * the form always shows a value), the mapping from a server record to form
 * values, and the field-by-field comparison that drives the review dialog and
 * the PATCH body (only changed fields are sent, so fields the form does not
 * show, such as tools_json or fields a newer server adds, survive untouched).
 * Baseline, conflicts and saving belong to the edit kit (src/lib/edit).
 */
import { z } from 'zod'
import {
  MODELS,
  assistantWriteSchema,
  modelSchema,
  type Assistant,
  type AssistantPatch,
  type AssistantWrite,
} from '@/contract/assistant'
import { messages } from '@/contract/common'
import { diffValues, type FieldChange as KitFieldChange } from '@/lib/edit/merge'

const decimalField = z
  .number({ error: messages.decimal })
  .refine((n) => Number.isFinite(n), { error: messages.decimal })
  .refine((n) => n >= 0 && n <= 1, { error: messages.decimalRange })
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { error: messages.decimalStep })

export const assistantFormSchema = assistantWriteSchema.extend({
  model: modelSchema,
  temperature: decimalField,
  top_p: decimalField,
  response_format_json: z.boolean(),
  include_conversation_transcript: z.boolean(),
  include_conversation_metadata: z.boolean(),
})
export type AssistantFormValues = z.infer<typeof assistantFormSchema>

export const ASSISTANT_FORM_FIELDS = [
  'code',
  'name',
  'instructions',
  'model',
  'temperature',
  'top_p',
  'response_format_json',
  'include_conversation_transcript',
  'include_conversation_metadata',
  'tools',
] as const satisfies readonly (keyof AssistantFormValues)[]
export type AssistantFormField = (typeof ASSISTANT_FORM_FIELDS)[number]

/** Human labels, each naming the API field it edits (shown in the review table). */
export const FIELD_LABELS: Record<AssistantFormField, string> = {
  code: 'Code',
  name: 'Name',
  instructions: 'Instructions',
  model: 'Model',
  temperature: 'Temperature',
  top_p: 'Top P',
  response_format_json: 'JSON response format',
  include_conversation_transcript: 'Include conversation transcript',
  include_conversation_metadata: 'Include conversation metadata',
  tools: 'Tools',
}

/** What a new assistant starts with: the service's defaults. */
export const EMPTY_ASSISTANT_FORM: AssistantFormValues = {
  code: '',
  name: '',
  instructions: '',
  model: 'gpt-4o',
  temperature: 0,
  top_p: 1,
  response_format_json: false,
  include_conversation_transcript: false,
  include_conversation_metadata: false,
  tools: [],
}

function toNumber(v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback
  const n = Number(v)
  return Number.isFinite(n) ? n : fallback
}

const isModel = (m: string | undefined): m is AssistantFormValues['model'] =>
  (MODELS as readonly string[]).includes(m ?? '')

export function toFormValues(a: Assistant): AssistantFormValues {
  return {
    code: a.code,
    name: a.name,
    instructions: a.instructions,
    // A model this console does not know yet still shows; the select offers it too (see modelOptions).
    model: (isModel(a.model) ? a.model : (a.model ?? EMPTY_ASSISTANT_FORM.model)) as AssistantFormValues['model'],
    temperature: toNumber(a.temperature, EMPTY_ASSISTANT_FORM.temperature),
    top_p: toNumber(a.top_p, EMPTY_ASSISTANT_FORM.top_p),
    response_format_json: a.response_format_json ?? false,
    include_conversation_transcript: a.include_conversation_transcript ?? false,
    include_conversation_metadata: a.include_conversation_metadata ?? false,
    tools: [...a.tools],
  }
}

export type FieldChange = KitFieldChange<AssistantFormField>

/** The fields whose values differ, in form order. Tolerates partially filled values (drafts). */
export function diffFormValues(
  before: Partial<AssistantFormValues>,
  after: Partial<AssistantFormValues>,
): FieldChange[] {
  return diffValues(ASSISTANT_FORM_FIELDS, before, after)
}

/** PATCH body: the changed fields only. */
export function toPatch(changes: FieldChange[], values: AssistantFormValues): AssistantPatch {
  const patch: Record<string, unknown> = {}
  for (const { field } of changes) if (field !== 'code') patch[field] = values[field]
  return patch as AssistantPatch
}

export function toCreateBody(values: AssistantFormValues): AssistantWrite {
  return { ...values, tools: [...values.tools] }
}

/** A value as the review table shows it. */
export function formatFieldValue(field: AssistantFormField, value: unknown, toolName: (id: number) => string): string {
  if (value === undefined || value === null) return '—'
  if (field === 'tools' && Array.isArray(value))
    return value.length === 0 ? 'none' : value.map((id) => toolName(Number(id))).join(', ')
  if (typeof value === 'boolean') return value ? 'on' : 'off'
  if (typeof value === 'number') return value.toFixed(2)
  return String(value)
}
