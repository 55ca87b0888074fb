/**
 * Deepslate assistants: strict write schemas (the mock validates requests with
 * them, forms will too) and tolerant read schemas (the console reads answers
 * with them). Extensions and call event hooks are typed per known `type`;
 * types this contract does not know are accepted with any JSON object as
 * their parameters, as the platform adds types over time.
 */
import { z } from 'zod'
import { httpUrlSchema, jsonObjectSchema, messages, optionalSecret, requiredString, uuidSchema } from './common'

export const LIMITS = {
  name: 255,
  systemPromptGreeting: 4000,
  systemPrompt: 100_000,
  type: 100,
  extensions: 20,
  callEventHooks: 20,
  authToken: 4096,
  secretKey: 1024,
  maxResults: { min: 1, max: 50, default: 3 },
} as const

/** `kb_search_v2`: searches a knowledge base over HTTP during a call. `auth_token` is a secret. */
export const kbSearchV2ParametersSchema = z.object(
  {
    kb_url: httpUrlSchema,
    max_results: z
      .number({ error: messages.integer })
      .int({ error: messages.integer })
      .min(LIMITS.maxResults.min, { error: messages.min(LIMITS.maxResults.min) })
      .max(LIMITS.maxResults.max, { error: messages.max(LIMITS.maxResults.max) })
      .nullable()
      .optional()
      .transform((v) => v ?? LIMITS.maxResults.default),
    auth_token: optionalSecret(LIMITS.authToken),
  },
  { error: messages.object },
)
export type KbSearchV2Parameters = z.output<typeof kbSearchV2ParametersSchema>

/** `webhook_transcript_ready_v1`: POSTs the transcript to `target_url`, signed with `secret_key` (a secret). */
export const webhookTranscriptReadyV1ParametersSchema = z.object(
  {
    target_url: httpUrlSchema,
    secret_key: optionalSecret(LIMITS.secretKey),
  },
  { error: messages.object },
)
export type WebhookTranscriptReadyV1Parameters = z.output<typeof webhookTranscriptReadyV1ParametersSchema>

interface KnownType {
  /** Display name the platform gives an item of this type. */
  name: string
  parameters: z.ZodType<Record<string, unknown>, unknown>
  /** Parameter names that hold secrets: never logged, shown masked until asked for. */
  secrets: readonly string[]
}

export const EXTENSION_TYPES = {
  kb_search_v2: { name: 'Knowledge Base Search', parameters: kbSearchV2ParametersSchema, secrets: ['auth_token'] },
} as const satisfies Record<string, KnownType>

export const CALL_EVENT_HOOK_TYPES = {
  webhook_transcript_ready_v1: {
    name: 'Transcript Ready Webhook',
    parameters: webhookTranscriptReadyV1ParametersSchema,
    secrets: ['secret_key'],
  },
} as const satisfies Record<string, KnownType>

function knownType(registry: Record<string, KnownType>, type: string): KnownType | undefined {
  return Object.hasOwn(registry, type) ? registry[type] : undefined
}

/** The display name of an extension: the known type's, else the type itself. */
export function extensionName(type: string): string {
  return knownType(EXTENSION_TYPES, type)?.name ?? type
}

/** Names of the secret parameters of an extension or hook type (none for unknown types). */
export function secretParameters(kind: 'extension' | 'hook', type: string): readonly string[] {
  return knownType(kind === 'extension' ? EXTENSION_TYPES : CALL_EVENT_HOOK_TYPES, type)?.secrets ?? []
}

export const TYPE_PATTERN = /^[a-z][a-z0-9_]*$/

const typeSchema = requiredString({ max: LIMITS.type, notBlank: true }).regex(TYPE_PATTERN, {
  error: messages.typePattern,
})

/**
 * One extension or hook in a write. `id` is optional: an item that carries the
 * id of one the assistant already has keeps it on update; any other gets a new one.
 */
function typedItemSchema(registry: Record<string, KnownType>) {
  return z
    .object(
      {
        id: uuidSchema.nullable().optional(),
        type: typeSchema,
        parameters: z.unknown().optional(),
      },
      { error: messages.object },
    )
    .transform((item, ctx) => {
      if (item.parameters === undefined || item.parameters === null) {
        ctx.addIssue({ code: 'custom', message: messages.required, path: ['parameters'] })
        return z.NEVER
      }
      const known = knownType(registry, item.type)
      const parsed = (known?.parameters ?? jsonObjectSchema).safeParse(item.parameters)
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          ctx.addIssue({ code: 'custom', message: issue.message, path: ['parameters', ...issue.path] })
        return z.NEVER
      }
      return { id: item.id ?? null, type: item.type, parameters: parsed.data }
    })
}

export const extensionWriteSchema = typedItemSchema(EXTENSION_TYPES)
export const callEventHookWriteSchema = typedItemSchema(CALL_EVENT_HOOK_TYPES)
export type ExtensionWrite = z.output<typeof extensionWriteSchema>
export type CallEventHookWrite = z.output<typeof callEventHookWriteSchema>

function itemList<S extends z.ZodType>(item: S, max: number) {
  return z
    .array(item, {
      error: (issue) => (issue.input === undefined || issue.input === null ? messages.required : messages.array),
    })
    .max(max, { error: messages.size(0, max) })
}

/** Create and update (PUT replaces the whole assistant) take the same body. */
export const assistantWriteSchema = z.object({
  name: requiredString({ max: LIMITS.name, notBlank: true }),
  systemPromptGreeting: requiredString({ max: LIMITS.systemPromptGreeting }),
  systemPrompt: requiredString({ max: LIMITS.systemPrompt, notBlank: true }),
  llmAudioContentGenerationStrategyId: uuidSchema,
  extensions: itemList(extensionWriteSchema, LIMITS.extensions),
  callEventHooks: itemList(callEventHookWriteSchema, LIMITS.callEventHooks),
  telephoneNumberId: uuidSchema
    .nullable()
    .optional()
    .transform((v) => v ?? null),
})
export type AssistantWrite = z.output<typeof assistantWriteSchema>
export type AssistantWriteInput = z.input<typeof assistantWriteSchema>

// --- Reading: what the console accepts from a server (tolerant). ---

const parametersReadSchema = z.record(z.string(), z.unknown())

export const extensionReadSchema = z.object({
  id: z.string(),
  name: z.string().nullable().optional(),
  type: z.string(),
  parameters: parametersReadSchema,
})
export type Extension = z.output<typeof extensionReadSchema>

export const callEventHookReadSchema = z.object({
  id: z.string(),
  type: z.string(),
  parameters: parametersReadSchema,
})
export type CallEventHook = z.output<typeof callEventHookReadSchema>

export const assistantReadSchema = z.object({
  id: z.string(),
  name: z.string(),
  systemPromptGreeting: z.string(),
  systemPrompt: z.string(),
  llmAudioContentGenerationStrategyId: z.string(),
  extensions: z.array(extensionReadSchema),
  callEventHooks: z.array(callEventHookReadSchema),
  telephoneNumberId: z.string().nullable().optional(),
})
export type Assistant = z.output<typeof assistantReadSchema>

/** An item of the list: the reference answers only `id` and `name`; the mock adds `telephoneNumberId`. */
export const assistantSummaryReadSchema = z.object({
  id: z.string(),
  name: z.string(),
  telephoneNumberId: z.string().nullable().optional(),
})
export type AssistantSummary = z.output<typeof assistantSummaryReadSchema>
