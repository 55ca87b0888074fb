/**
 * The Flowise assistant form: the details' fields as the user edits them
 * (numbers and tool_resources as text, so what is typed is kept as typed),
 * the credential and the icon. Validated by building the write body and
 * running the contract's own write schema on it, so the form and the mock
 * say the same thing with the same words.
 */
import { z } from 'zod'
import type { Assistant } from '@/contract/flowise/assistant-read'
import {
  ASSISTANT_TOOLS,
  LIMITS,
  isIconSrc,
  openAiDetailsSchema,
  toolResourcesSchema,
  type AssistantCreateInput,
  type AssistantTool,
} from '@/contract/flowise/assistant-write'
import { messages } from '@/contract/flowise/messages'
import type { FlowiseAssistantUpdate } from '@/api/resources/flowise/assistants'
import { sameValue, type FieldChange } from '@/lib/edit/merge'

export const flowiseAssistantFormSchema = z
  .object({
    name: z.string(),
    description: z.string(),
    model: z.string(),
    instructions: z.string(),
    temperature: z.string(),
    top_p: z.string(),
    tools: z.array(z.enum(ASSISTANT_TOOLS)),
    tool_resources: z.string(),
    credential: z.string(),
    iconSrc: z.string(),
  })
  .superRefine((values, ctx) => {
    const resources = parseToolResources(values.tool_resources)
    if (!resources.ok) ctx.addIssue({ code: 'custom', path: ['tool_resources'], message: resources.message })
    const details = openAiDetailsSchema.safeParse(toDetails(values, {}, resources.ok ? resources.value : null))
    if (!details.success)
      for (const issue of details.error.issues) {
        const [field, ...inside] = issue.path.map(String)
        if (!field || (field === 'tool_resources' && !resources.ok)) continue
        const where = field === 'tool_resources' && inside.length > 0 ? `${inside.join('.')}: ` : ''
        ctx.addIssue({ code: 'custom', path: [field], message: `${where}${issue.message}` })
      }
    if (values.credential === '')
      ctx.addIssue({
        code: 'custom',
        path: ['credential'],
        message: 'Choose the credential that holds the OpenAI key.',
      })
    else if (!z.guid().safeParse(values.credential).success)
      ctx.addIssue({ code: 'custom', path: ['credential'], message: messages.credentialUuid })
    if (values.iconSrc !== '') {
      if (values.iconSrc.length > LIMITS.iconSrc)
        ctx.addIssue({ code: 'custom', path: ['iconSrc'], message: messages.max(LIMITS.iconSrc) })
      else if (!isIconSrc(values.iconSrc))
        ctx.addIssue({ code: 'custom', path: ['iconSrc'], message: messages.iconSrc })
    }
  })
export type FlowiseAssistantFormValues = z.infer<typeof flowiseAssistantFormSchema>
type FormField = keyof FlowiseAssistantFormValues

export const FLOWISE_FORM_FIELDS = [
  'name',
  'description',
  'model',
  'instructions',
  'temperature',
  'top_p',
  'tools',
  'tool_resources',
  'credential',
  'iconSrc',
] as const satisfies readonly FormField[]

/** The fields that live inside `details` (a change to any of them sends the whole details). */
const DETAIL_FIELDS: readonly FormField[] = FLOWISE_FORM_FIELDS.filter((f) => f !== 'credential' && f !== 'iconSrc')

export const FLOWISE_FIELD_LABELS: Record<FormField, string> = {
  name: 'Name',
  description: 'Description',
  model: 'Model',
  instructions: 'Instructions',
  temperature: 'Temperature',
  top_p: 'Top P',
  tools: 'Tools',
  tool_resources: 'Tool resources',
  credential: 'Credential',
  iconSrc: 'Icon URL',
}

export const EMPTY_FLOWISE_FORM: FlowiseAssistantFormValues = {
  name: '',
  description: '',
  model: 'gpt-4o-mini',
  instructions: '',
  temperature: '1',
  top_p: '1',
  tools: [],
  tool_resources: '',
  credential: '',
  iconSrc: '',
}

function isTool(value: unknown): value is AssistantTool {
  return typeof value === 'string' && (ASSISTANT_TOOLS as readonly string[]).includes(value)
}

const numberText = (n: number | null | undefined): string => (typeof n === 'number' ? String(n) : '')

export function toFlowiseFormValues(assistant: Assistant): FlowiseAssistantFormValues {
  const d = assistant.details
  return {
    name: d.name ?? '',
    description: d.description ?? '',
    model: d.model ?? '',
    instructions: d.instructions ?? '',
    temperature: numberText(d.temperature),
    top_p: numberText(d.top_p),
    tools: (d.tools ?? []).filter(isTool),
    tool_resources: d.tool_resources ? JSON.stringify(d.tool_resources, null, 2) : '',
    credential: assistant.credential,
    iconSrc: assistant.iconSrc ?? '',
  }
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

/** tool_resources as typed: empty is none; otherwise a JSON object of tool names to objects. */
export function parseToolResources(text: string): Parsed<Record<string, unknown> | null> {
  if (text.trim() === '') return { ok: true, value: null }
  let value: unknown
  try {
    value = JSON.parse(text) as unknown
  } catch (e) {
    return { ok: false, message: `Not valid JSON: ${(e as Error).message}` }
  }
  const parsed = toolResourcesSchema.safeParse(value)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first && first.path.length > 0 ? `${first.path.map(String).join('.')}: ` : ''
    return { ok: false, message: `${where}${first?.message ?? messages.toolResources}` }
  }
  return { ok: true, value: value as Record<string, unknown> }
}

/** A number as typed: empty is none (null, as Flowise's UI sends); anything else must read as a number. */
function numberOf(text: string): number | null {
  const t = text.trim()
  return t === '' ? null : Number(t)
}

/**
 * The details to send: the stored details (keys this form does not edit, such
 * as the OpenAI assistant id, travel unchanged) with the form's fields over them.
 */
export function toDetails(
  values: FlowiseAssistantFormValues,
  stored: Record<string, unknown>,
  resources: Record<string, unknown> | null = parseToolResourcesOrNull(values.tool_resources),
): Record<string, unknown> {
  return {
    ...stored,
    name: values.name,
    description: values.description,
    model: values.model.trim(),
    instructions: values.instructions,
    temperature: numberOf(values.temperature),
    top_p: numberOf(values.top_p),
    tools: values.tools,
    tool_resources: resources,
  }
}

function parseToolResourcesOrNull(text: string): Record<string, unknown> | null {
  const parsed = parseToolResources(text)
  return parsed.ok ? parsed.value : null
}

/**
 * POST /assistants. `details` travels as a JSON string: the contract accepts a
 * string or an object, and a real Flowise server JSON.parse()s it (an object fails there).
 */
export function toCreateBody(values: FlowiseAssistantFormValues): AssistantCreateInput {
  return {
    type: 'OPENAI',
    details: JSON.stringify(toDetails(values, {})),
    credential: values.credential,
    iconSrc: values.iconSrc === '' ? null : values.iconSrc,
  }
}

/** PUT /assistants/{id}: only the parts that changed (PUT is partial); details whole, over the stored ones. */
export function toUpdateBody(
  changes: readonly FieldChange[],
  values: FlowiseAssistantFormValues,
  stored: Assistant,
): FlowiseAssistantUpdate {
  const changed = new Set(changes.map((c) => c.field))
  const body: FlowiseAssistantUpdate = {}
  if (DETAIL_FIELDS.some((f) => changed.has(f))) body.details = JSON.stringify(toDetails(values, stored.details))
  if (changed.has('credential')) body.credential = values.credential
  if (changed.has('iconSrc')) body.iconSrc = values.iconSrc === '' ? null : values.iconSrc
  return body
}

function jsonOrText(text: string): unknown {
  try {
    return text.trim() === '' ? null : (JSON.parse(text) as unknown)
  } catch {
    return text
  }
}

/** Compares what would be sent: numbers by value, tools as a set, tool_resources as JSON (not its layout). */
export function equalFlowiseField(a: unknown, b: unknown, field?: string): boolean {
  if ((field === 'temperature' || field === 'top_p') && typeof a === 'string' && typeof b === 'string') {
    const [x, y] = [numberOf(a), numberOf(b)]
    if (x !== null && y !== null && !Number.isNaN(x) && !Number.isNaN(y)) return sameValue(x, y)
    return a.trim() === b.trim()
  }
  if (field === 'tools' && Array.isArray(a) && Array.isArray(b))
    return sameValue([...(a as string[])].sort(), [...(b as string[])].sort())
  if (field === 'tool_resources' && typeof a === 'string' && typeof b === 'string')
    return sameValue(jsonOrText(a), jsonOrText(b))
  return sameValue(a, b)
}

/** A value as the merge dialog shows it. */
export function formatFlowiseField(field: string, value: unknown): string {
  if (field === 'tools' && Array.isArray(value)) return value.length === 0 ? 'no tools' : value.join(', ')
  if (value === undefined || value === null || value === '') return '—'
  return String(value)
}
