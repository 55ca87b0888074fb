/**
 * What a client may send to Flowise's `/assistants`: the create and update
 * bodies, and the OpenAI-style `details` inside them. `details` travels as an
 * object (the seed, the public API reference) or as a string holding one (the
 * Flowise UI, and what the server stores); both are read here into an object.
 * Unknown top-level fields and the server-managed ones (`id`, `createdDate`,
 * `updatedDate`, `workspaceId`) are dropped, as Flowise's stripProtectedFields
 * and TypeORM do. Unknown keys inside `details` are kept, as Flowise keeps them.
 */
import { z } from 'zod'
import { messages } from './messages'

export const ASSISTANT_TOOLS = ['function', 'code_interpreter', 'file_search'] as const
export type AssistantTool = (typeof ASSISTANT_TOOLS)[number]
export const ASSISTANT_TYPES = ['OPENAI', 'AZURE', 'CUSTOM'] as const
export type AssistantType = (typeof ASSISTANT_TYPES)[number]

/** OpenAI's limits on an assistant, and the varchar(255) of Flowise's iconSrc column. */
export const LIMITS = {
  name: 256,
  description: 512,
  instructions: 256_000,
  model: 256,
  iconSrc: 255,
  codeInterpreterFiles: 20,
  vectorStores: 1,
} as const

export const OPENAI_ASSISTANT_ID = /^asst_[A-Za-z0-9]{1,64}$/
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|svg\+xml)(;[a-z0-9=.+-]+)*(;base64)?,/i

/** Where an icon may come from: this server (`/...`), an http(s) URL, or inline data. Never `javascript:`. */
export function isIconSrc(value: string): boolean {
  if (value.startsWith('/')) return !value.startsWith('//') && !/[\s\\]/.test(value)
  if (DATA_IMAGE.test(value)) return true
  if (!/^https?:\/\//i.test(value)) return false
  try {
    return new URL(value).hostname !== ''
  } catch {
    return false
  }
}

function boundedString(max: number) {
  return z.string({ error: messages.string }).max(max, { error: messages.max(max) })
}

function requiredText(max: number, required: string, blank: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? required : messages.string) })
    .refine((v) => v.trim() !== '', { error: blank })
    .refine((v) => v.length <= max, { error: messages.max(max) })
}

const idList = (max: number) =>
  z
    .array(z.string().min(1), { error: messages.ids })
    .max(max, { error: messages.idsMax(max) })
    .optional()

/** Each tool's resources: the ids OpenAI reads, plus whatever Flowise keeps beside them (file names...). */
export const toolResourceSchema = z.looseObject(
  {
    file_ids: idList(LIMITS.codeInterpreterFiles),
    vector_store_ids: idList(LIMITS.vectorStores),
  },
  { error: messages.toolResource },
)

export const toolResourcesSchema = z.record(z.string(), toolResourceSchema, { error: messages.toolResources })

export const toolsSchema = z
  .array(z.enum(ASSISTANT_TOOLS, { error: messages.toolUnknown }), { error: messages.tools })
  .refine((tools) => new Set(tools).size === tools.length, { error: messages.toolDuplicate })

/** The details of an OpenAI (or Azure) assistant, as the Flowise UI's assistant dialog fills them. */
export const openAiDetailsSchema = z.looseObject({
  id: z.string({ error: messages.assistantId }).regex(OPENAI_ASSISTANT_ID, { error: messages.assistantId }).optional(),
  name: requiredText(LIMITS.name, messages.nameRequired, messages.nameBlank),
  description: boundedString(LIMITS.description).nullable().optional(),
  model: requiredText(LIMITS.model, messages.modelRequired, messages.modelBlank),
  instructions: boundedString(LIMITS.instructions).nullable().optional(),
  temperature: z
    .number({ error: messages.temperature })
    .min(0, { error: messages.temperature })
    .max(2, {
      error: messages.temperature,
    })
    .nullable()
    .optional(),
  top_p: z
    .number({ error: messages.topP })
    .min(0, { error: messages.topP })
    .max(1, { error: messages.topP })
    .nullable()
    .optional(),
  tools: toolsSchema.optional(),
  tool_resources: toolResourcesSchema.nullable().optional(),
})
export type OpenAiDetails = z.output<typeof openAiDetailsSchema>
export type OpenAiDetailsInput = z.input<typeof openAiDetailsSchema>

/** A CUSTOM assistant (built from Flowise's own chat models) needs only a name; the rest is Flowise's to read. */
export const customDetailsSchema = z.looseObject({
  name: requiredText(LIMITS.name, messages.customName, messages.customName),
})
export type CustomDetails = z.output<typeof customDetailsSchema>

export type AssistantDetails = OpenAiDetails | CustomDetails

export function detailsSchemaFor(type: AssistantType) {
  return type === 'CUSTOM' ? customDetailsSchema : openAiDetailsSchema
}

/**
 * `details` as sent: an object, or a string holding one. Returns the object,
 * or the message Flowise answers for a string it cannot use.
 */
export function readDetailsInput(
  value: unknown,
): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  let parsed = value
  if (typeof value === 'string') {
    if (value.trim() === '') return { ok: false, message: messages.detailsEmpty }
    try {
      parsed = JSON.parse(value) as unknown
    } catch {
      return { ok: false, message: messages.detailsInvalidJson }
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return { ok: false, message: messages.detailsNotObject }
    return { ok: true, value: parsed as Record<string, unknown> }
  }
  if (value === undefined) return { ok: false, message: messages.detailsRequired }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, message: messages.detailsType }
  return { ok: true, value: value as Record<string, unknown> }
}

/** Messages that Flowise answers with 412 Precondition Failed rather than 400. */
export const PRECONDITION_MESSAGES: readonly string[] = [
  messages.detailsEmpty,
  messages.detailsInvalidJson,
  messages.customName,
]

const credentialSchema = z.guid({
  error: (issue) => (issue.input === undefined ? messages.credentialRequired : messages.credentialUuid),
})
const iconSrcSchema = z
  .string({ error: messages.iconSrcType })
  .max(LIMITS.iconSrc, { error: messages.max(LIMITS.iconSrc) })
  .refine(isIconSrc, { error: messages.iconSrc })
  .nullable()
  .optional()
const typeSchema = z.enum(ASSISTANT_TYPES, { error: messages.type })

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isAssistantType(value: unknown): value is AssistantType {
  return typeof value === 'string' && (ASSISTANT_TYPES as readonly string[]).includes(value)
}

/** Validates `details` for an assistant of `type`: the object on success, or issues under `details.*`. */
export function parseDetails(
  type: AssistantType,
  raw: unknown,
): { ok: true; value: AssistantDetails } | { ok: false; issues: Array<{ path: PropertyKey[]; message: string }> } {
  const read = readDetailsInput(raw)
  if (!read.ok) return { ok: false, issues: [{ path: ['details'], message: read.message }] }
  const result = detailsSchemaFor(type).safeParse(read.value)
  if (result.success) return { ok: true, value: result.data }
  return { ok: false, issues: result.error.issues.map((i) => ({ path: ['details', ...i.path], message: i.message })) }
}

/** Details are checked even when another field failed, so one answer names every problem. */
function refineDetails(type: (body: Record<string, unknown>) => AssistantType, required: boolean) {
  return [
    (body: Record<string, unknown>, ctx: z.RefinementCtx) => {
      if (!required && body.details === undefined) return
      const result = parseDetails(type(body), body.details)
      if (!result.ok) for (const issue of result.issues) ctx.addIssue({ code: 'custom', ...issue })
    },
    { when: (payload: { value: unknown }) => isRecord(payload.value) },
  ] as const
}

/** The details again, once known valid (a transform runs only on a valid body). */
function validDetails(type: AssistantType, raw: unknown): AssistantDetails {
  const result = parseDetails(type, raw)
  if (!result.ok) throw new Error('details were validated before the transform')
  return result.value
}

const bodyError = { error: messages.body }
const createType = (body: Record<string, unknown>): AssistantType => (isAssistantType(body.type) ? body.type : 'OPENAI')

/**
 * POST /assistants. `type` defaults to OPENAI (Flowise's UI always sends one;
 * a missing type would leave the assistant out of `?type=` lists).
 */
export const assistantCreateSchema = z
  .object(
    {
      details: z.unknown().optional(),
      credential: credentialSchema,
      iconSrc: iconSrcSchema,
      type: typeSchema.optional(),
    },
    bodyError,
  )
  .superRefine(...refineDetails(createType, true))
  .transform((body) => {
    const type = body.type ?? 'OPENAI'
    return { type, details: validDetails(type, body.details), credential: body.credential, iconSrc: body.iconSrc }
  })
export type AssistantCreateInput = z.input<typeof assistantCreateSchema>
export type AssistantCreate = z.output<typeof assistantCreateSchema>

/**
 * PUT /assistants/{id}: every field optional; what is absent keeps its value
 * (`iconSrc: null` clears the icon). `details` follows the stored assistant's
 * type, which an update cannot change (`type` in the body is ignored).
 */
export function assistantUpdateSchema(type: AssistantType) {
  return z
    .object(
      { details: z.unknown().optional(), credential: credentialSchema.optional(), iconSrc: iconSrcSchema },
      bodyError,
    )
    .superRefine(...refineDetails(() => type, false))
    .transform((body) => ({
      details: body.details === undefined ? undefined : validDetails(type, body.details),
      credential: body.credential,
      iconSrc: body.iconSrc,
    }))
}
export type AssistantUpdate = z.output<ReturnType<typeof assistantUpdateSchema>>
