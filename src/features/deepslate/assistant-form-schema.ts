/**
 * The Deepslate assistant form: top-level fields as text, extensions and call
 * event hooks as rows (form values, so Discard, drafts and merges treat them
 * like any field). Rows of a known type have one text input per parameter;
 * rows of other types hold their parameters as JSON text. Validation is the
 * contract's own write schema, so the form says what the server would say.
 *
 * Secrets (`auth_token`, `secret_key`) the server already holds are never
 * form values: a row lists them in `kept` and the write takes them from the
 * server's current version (read just before saving). The record the edit kit
 * works with is redacted the same way, so neither a draft's values nor its
 * base can carry a secret.
 */
import { z } from 'zod'
import {
  CALL_EVENT_HOOK_TYPES,
  EXTENSION_TYPES,
  LIMITS,
  callEventHookWriteSchema,
  extensionName,
  extensionWriteSchema,
  secretParameters,
  type Assistant,
  type AssistantWriteInput,
} from '@/contract/deepslate/assistant'
import { isPlainObject, requiredString, uuidSchema } from '@/contract/deepslate/common'

export type ItemKind = 'extension' | 'hook'
export const COLLECTION: Record<ItemKind, 'extensions' | 'callEventHooks'> = {
  extension: 'extensions',
  hook: 'callEventHooks',
}

export interface ParameterSpec {
  name: string
  label: string
  input: 'url' | 'integer' | 'secret'
  hint?: string
}

/** The typed editors: one input per parameter of each known type (secrets follow the contract's list). */
const PARAMETER_SPECS: Record<ItemKind, Record<string, readonly ParameterSpec[]>> = {
  extension: {
    kb_search_v2: [
      { name: 'kb_url', label: 'Knowledge base URL', input: 'url' },
      {
        name: 'max_results',
        label: 'Max results',
        input: 'integer',
        hint: `${LIMITS.maxResults.min}–${LIMITS.maxResults.max}; empty means ${LIMITS.maxResults.default}.`,
      },
      { name: 'auth_token', label: 'Auth token', input: 'secret', hint: 'Optional.' },
    ],
  },
  hook: {
    webhook_transcript_ready_v1: [
      { name: 'target_url', label: 'Target URL', input: 'url' },
      { name: 'secret_key', label: 'Secret key', input: 'secret', hint: 'Optional; signs each POST.' },
    ],
  },
}

export const KNOWN_TYPES: Record<ItemKind, readonly { type: string; name: string }[]> = {
  extension: Object.entries(EXTENSION_TYPES).map(([type, def]) => ({ type, name: def.name })),
  hook: Object.entries(CALL_EVENT_HOOK_TYPES).map(([type, def]) => ({ type, name: def.name })),
}

/** The typed parameters of a known type; null for types edited as JSON. */
export function parameterSpecs(kind: ItemKind, type: string): readonly ParameterSpec[] | null {
  const specs = PARAMETER_SPECS[kind]
  return Object.hasOwn(specs, type) ? (specs[type] ?? null) : null
}

export function typeLabel(kind: ItemKind, type: string): string {
  if (kind === 'extension') return extensionName(type)
  return Object.hasOwn(CALL_EVENT_HOOK_TYPES, type)
    ? CALL_EVENT_HOOK_TYPES[type as keyof typeof CALL_EVENT_HOOK_TYPES].name
    : type
}

const rowSchema = z.object({
  /** The server's id of the item (kept across edits); null for a new row. */
  itemId: z.string().nullable(),
  type: z.string(),
  /** Known types: each parameter as typed text ('' for a secret the server keeps). */
  parameters: z.record(z.string(), z.string()),
  /** Other types: the parameters object as JSON text. */
  json: z.string(),
  /** Secret parameters the server holds and this edit keeps unchanged, unseen. */
  kept: z.array(z.string()),
  /** Parameters of a known type that its editor does not show, passed through untouched. */
  extra: z.record(z.string(), z.unknown()),
})
export type ItemRow = z.infer<typeof rowSchema>

export interface AssistantFormValues {
  name: string
  systemPromptGreeting: string
  systemPrompt: string
  llmAudioContentGenerationStrategyId: string
  telephoneNumberId: string
  extensions: ItemRow[]
  callEventHooks: ItemRow[]
}

export const ASSISTANT_FORM_FIELDS = [
  'name',
  'systemPromptGreeting',
  'systemPrompt',
  'llmAudioContentGenerationStrategyId',
  'telephoneNumberId',
  'extensions',
  'callEventHooks',
] as const satisfies readonly (keyof AssistantFormValues)[]

export const ASSISTANT_FIELD_LABELS = {
  name: 'Name',
  systemPromptGreeting: 'Greeting',
  systemPrompt: 'System prompt',
  llmAudioContentGenerationStrategyId: 'Audio generation strategy',
  telephoneNumberId: 'Telephone number',
  extensions: 'Extensions',
  callEventHooks: 'Call event hooks',
} as const

export function emptyRow(kind: ItemKind, type: string): ItemRow {
  const specs = parameterSpecs(kind, type)
  return {
    itemId: null,
    type,
    parameters: Object.fromEntries((specs ?? []).map((s) => [s.name, ''])),
    json: specs ? '' : '{}',
    kept: [],
    extra: {},
  }
}

export function emptyAssistantForm(strategyId = ''): AssistantFormValues {
  return {
    name: '',
    systemPromptGreeting: '',
    systemPrompt: '',
    llmAudioContentGenerationStrategyId: strategyId,
    telephoneNumberId: '',
    extensions: [],
    callEventHooks: [],
  }
}

const hasValue = (v: unknown) => v !== null && v !== undefined && v !== ''

function toRow(kind: ItemKind, item: { id: string; type: string; parameters: Record<string, unknown> }): ItemRow {
  const specs = parameterSpecs(kind, item.type)
  if (!specs)
    return {
      itemId: item.id,
      type: item.type,
      parameters: {},
      json: JSON.stringify(item.parameters, null, 2),
      kept: [],
      extra: {},
    }
  const parameters: Record<string, string> = {}
  const kept: string[] = []
  for (const spec of specs) {
    const value = item.parameters[spec.name]
    if (spec.input === 'secret') {
      parameters[spec.name] = ''
      if (hasValue(value)) kept.push(spec.name)
    } else parameters[spec.name] = hasValue(value) ? String(value) : ''
  }
  const shown = new Set(specs.map((s) => s.name))
  const extra = Object.fromEntries(Object.entries(item.parameters).filter(([k]) => !shown.has(k)))
  return { itemId: item.id, type: item.type, parameters, json: '', kept, extra }
}

/** Form values of a saved assistant: secrets the server holds are `kept`, never values. */
export function toAssistantFormValues(a: Assistant): AssistantFormValues {
  return {
    name: a.name,
    systemPromptGreeting: a.systemPromptGreeting,
    systemPrompt: a.systemPrompt,
    llmAudioContentGenerationStrategyId: a.llmAudioContentGenerationStrategyId,
    telephoneNumberId: a.telephoneNumberId ?? '',
    extensions: a.extensions.map((e) => toRow('extension', e)),
    callEventHooks: a.callEventHooks.map((h) => toRow('hook', h)),
  }
}

/**
 * The assistant with every secret parameter replaced by `true` (set) or null: what the edit kit
 * holds as its baseline and may store with a draft. The real values stay in the query cache.
 */
export function redactSecrets(a: Assistant): Assistant {
  const redact =
    (kind: ItemKind) =>
    <T extends { type: string; parameters: Record<string, unknown> }>(item: T): T => {
      const secrets = secretParameters(kind, item.type)
      if (secrets.length === 0) return item
      const parameters = { ...item.parameters }
      for (const s of secrets) if (Object.hasOwn(parameters, s)) parameters[s] = hasValue(parameters[s]) ? true : null
      return { ...item, parameters }
    }
  return {
    ...a,
    extensions: a.extensions.map(redact('extension')),
    callEventHooks: a.callEventHooks.map(redact('hook')),
  }
}

/** A kept secret's current value on the server: by the row's item id and the parameter's name. */
export type SecretSource = (kind: ItemKind, itemId: string, parameter: string) => string | null

export function secretsOf(server: Assistant | null | undefined): SecretSource {
  return (kind, itemId, parameter) => {
    const list = kind === 'extension' ? server?.extensions : server?.callEventHooks
    const value = list?.find((i) => i.id === itemId)?.parameters[parameter]
    return typeof value === 'string' && value !== '' ? value : null
  }
}

export class KeptSecretMissingError extends Error {
  constructor(what: string) {
    super(`The saved ${what} is no longer on the server (the item was removed there). Enter it again.`)
    this.name = 'KeptSecretMissingError'
  }
}

function readInteger(text: string): number | null {
  const t = text.trim()
  if (t === '') return null
  return /^-?\d+$/.test(t) ? Number(t) : Number.NaN
}

function readJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** One row as the API takes it. `secret` resolves kept secrets (a placeholder while validating). */
function rowToWrite(kind: ItemKind, row: ItemRow, secret: (row: ItemRow, name: string) => string) {
  const specs = parameterSpecs(kind, row.type)
  const item = row.itemId ? { id: row.itemId } : {}
  if (!specs) return { ...item, type: row.type, parameters: readJson(row.json) }
  const parameters: Record<string, unknown> = { ...row.extra }
  for (const spec of specs) {
    const text = row.parameters[spec.name] ?? ''
    if (spec.input === 'integer') parameters[spec.name] = readInteger(text)
    else if (spec.input === 'secret')
      parameters[spec.name] = row.kept.includes(spec.name) ? secret(row, spec.name) : text === '' ? null : text
    else parameters[spec.name] = text.trim()
  }
  return { ...item, type: row.type, parameters }
}

/** The write body (create, and PUT, which replaces the whole assistant). Kept secrets come from `server`. */
export function toAssistantWrite(values: AssistantFormValues, server: SecretSource | null): AssistantWriteInput {
  const resolve = (kind: ItemKind) => (row: ItemRow, name: string) => {
    const value = row.itemId && server ? server(kind, row.itemId, name) : null
    if (value === null) throw new KeptSecretMissingError(`${name} of ${typeLabel(kind, row.type)}`)
    return value
  }
  return {
    name: values.name,
    systemPromptGreeting: values.systemPromptGreeting,
    systemPrompt: values.systemPrompt,
    llmAudioContentGenerationStrategyId: values.llmAudioContentGenerationStrategyId.trim(),
    telephoneNumberId: values.telephoneNumberId.trim() === '' ? null : values.telephoneNumberId.trim(),
    extensions: values.extensions.map((r) => rowToWrite('extension', r, resolve('extension'))),
    callEventHooks: values.callEventHooks.map((r) => rowToWrite('hook', r, resolve('hook'))),
  } as AssistantWriteInput
}

/** Validates the rows with the contract's item schema; issues land on the inputs that show them. */
function rowsSchema(kind: ItemKind, max: number) {
  const itemSchema = kind === 'extension' ? extensionWriteSchema : callEventHookWriteSchema
  return z.array(rowSchema).superRefine((rows, ctx) => {
    if (rows.length > max) ctx.addIssue({ code: 'custom', message: `At most ${max}.` })
    rows.forEach((row, i) => {
      const typed = parameterSpecs(kind, row.type) !== null
      if (!typed && readJson(row.json) === undefined) {
        ctx.addIssue({ code: 'custom', path: [i, 'json'], message: 'Not valid JSON.' })
        return
      }
      const parsed = itemSchema.safeParse(rowToWrite(kind, row, () => 'kept'))
      if (parsed.success) return
      for (const issue of parsed.error.issues) {
        const [head, name] = issue.path
        const path =
          head === 'id'
            ? [i]
            : head === 'parameters'
              ? typed && typeof name === 'string'
                ? [i, 'parameters', name]
                : [i, 'json']
              : [i, 'type']
        ctx.addIssue({ code: 'custom', path, message: issue.message })
      }
    })
  })
}

export const assistantFormSchema = z.object({
  name: requiredString({ max: LIMITS.name, notBlank: true }),
  systemPromptGreeting: requiredString({ max: LIMITS.systemPromptGreeting }),
  systemPrompt: requiredString({ max: LIMITS.systemPrompt, notBlank: true }),
  llmAudioContentGenerationStrategyId: z.string().pipe(uuidSchema),
  telephoneNumberId: z.string().refine((v) => v.trim() === '' || uuidSchema.safeParse(v.trim()).success, {
    error: 'must be a valid UUID',
  }),
  extensions: rowsSchema('extension', LIMITS.extensions),
  callEventHooks: rowsSchema('hook', LIMITS.callEventHooks),
}) satisfies z.ZodType<unknown, AssistantFormValues>

/** Typed secrets make a collection unfit for a draft (browser storage): it is left out of the draft. */
export function stripSecrets(values: AssistantFormValues): Partial<AssistantFormValues> {
  const typedSecret = (kind: ItemKind) => (row: ItemRow) =>
    (parameterSpecs(kind, row.type) ?? []).some((s) => s.input === 'secret' && (row.parameters[s.name] ?? '') !== '')
  const out: Partial<AssistantFormValues> = { ...values }
  if (values.extensions.some(typedSecret('extension'))) delete out.extensions
  if (values.callEventHooks.some(typedSecret('hook'))) delete out.callEventHooks
  return out
}

function formatRows(kind: ItemKind, rows: ItemRow[]): string {
  if (rows.length === 0) return 'none'
  return rows
    .map((row) => {
      const specs = parameterSpecs(kind, row.type)
      if (!specs) return `${row.type}: ${row.json.replace(/\s+/g, ' ')}`
      const params = specs.map((s) => {
        if (s.input !== 'secret') return `${s.name}: ${row.parameters[s.name] || '—'}`
        const set = row.kept.includes(s.name) || (row.parameters[s.name] ?? '') !== ''
        return `${s.name}: ${set ? '(hidden)' : '—'}`
      })
      return `${typeLabel(kind, row.type)} — ${params.join(', ')}`
    })
    .join('\n')
}

/** A value as the merge dialog shows it: secrets only as "(hidden)". */
export function formatAssistantField(field: string, value: unknown): string {
  if (field === 'extensions' && Array.isArray(value)) return formatRows('extension', value as ItemRow[])
  if (field === 'callEventHooks' && Array.isArray(value)) return formatRows('hook', value as ItemRow[])
  if (isPlainObject(value) || Array.isArray(value)) return JSON.stringify(value)
  return value === '' || value === undefined || value === null ? '—' : String(value)
}
