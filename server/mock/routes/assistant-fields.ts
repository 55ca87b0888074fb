/**
 * Validation of assistant writes beyond the zod schema: rules that need the
 * database (unique code, existing tool ids), merged into one DRF body so the
 * client sees every problem at once, as DRF reports them.
 */
import { codeSchema, isPlainObject } from '../../../src/contract/common'
import { ASSISTANT_READ_ONLY_FIELDS, assistantPatchSchema, assistantWriteSchema } from '../../../src/contract/assistant'
import type { DrfErrorBody } from '../../../src/contract/errors'
import { addError } from '../http/answers'
import { validateBody } from '../http/validate'
import type { AssistantRecord } from '../store/state'
import type { Store } from '../store/store'

export type AssistantFields = Omit<AssistantRecord, 'id'>

export const ASSISTANT_DEFAULTS = {
  model: 'gpt-4o',
  response_format_json: false,
  temperature: 0,
  top_p: 1,
  include_conversation_transcript: false,
  include_conversation_metadata: false,
} as const

export type AssistantWriteResult = { ok: true; fields: AssistantFields } | { ok: false; errors: DrfErrorBody }

/** Database checks, run on the raw body so they report even when other fields fail. */
function relationErrors(store: Store, body: unknown, current: AssistantRecord | null): DrfErrorBody {
  const errors: DrfErrorBody = {}
  if (!isPlainObject(body)) return errors
  if (codeSchema.safeParse(body.code).success) {
    const owner = store.assistantByCode(body.code as string)
    if (owner && owner.id !== current?.id) addError(errors, 'code', 'assistant with this code already exists.')
  }
  if (Array.isArray(body.tools)) {
    for (const id of new Set(body.tools)) {
      if (typeof id === 'number' && Number.isInteger(id) && !store.fixed.tools.some((t) => t.id === id)) {
        addError(errors, 'tools', `Invalid pk "${id}" - object does not exist.`)
      }
    }
  }
  return errors
}

/** Prototype-free, so a field named `constructor` is just a field. */
function merge(a: DrfErrorBody, b: DrfErrorBody): DrfErrorBody {
  const out: DrfErrorBody = Object.assign(Object.create(null) as DrfErrorBody, a)
  for (const [k, msgs] of Object.entries(b)) out[k] = [...(Object.hasOwn(out, k) ? (out[k] ?? []) : []), ...msgs]
  return out
}

/**
 * create and replace take the full write schema; fields left out fall back to
 * the defaults (PUT replaces). patch keeps the current values of absent fields.
 */
export function checkAssistantWrite(
  store: Store,
  body: unknown,
  mode: 'create' | 'replace' | 'patch',
  current: AssistantRecord | null,
  strictFields = false,
): AssistantWriteResult {
  const schema = mode === 'patch' ? assistantPatchSchema : assistantWriteSchema
  const parsed = validateBody(schema, body, ASSISTANT_READ_ONLY_FIELDS, strictFields)
  const relations = relationErrors(store, body, current)
  const errors = merge(parsed.ok ? {} : parsed.errors, relations)
  if (!parsed.ok || Object.keys(errors).length > 0) return { ok: false, errors }
  const base: AssistantFields =
    mode === 'patch' && current
      ? { ...current, tools: [...current.tools] }
      : { ...ASSISTANT_DEFAULTS, code: '', name: '', instructions: '', tools: [] }
  const data = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined))
  const fields: AssistantFields = { ...base, ...data }
  if ('id' in fields) delete (fields as Partial<AssistantRecord>).id
  fields.tools = [...new Set(fields.tools)]
  return { ok: true, fields }
}
