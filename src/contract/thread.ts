/**
 * AssistantThread and its messages. The spec leaves messages as `{}`; our shape
 * (documented in contract/README.md) is a chat message with a role, content and,
 * for tool calls, the tool's name, arguments and result. Any JSON object is
 * accepted on input; a missing role defaults to "user".
 */
import { z } from 'zod'
import { isPlainObject, jsonObjectSchema, messages } from './common'
import { listOf } from './read-list'

const unknownKeys = {
  error: (issue: { code: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `Unknown field(s): ${(issue.keys ?? []).join(', ')}.` : undefined,
}

export const threadWriteSchema = z.strictObject(
  {
    user_id: z
      .string({ error: 'Not a valid string.' })
      .max(255, { error: messages.max(255) })
      .nullable()
      .optional(),
    content: jsonObjectSchema.optional(),
  },
  unknownKeys,
)
export type ThreadWrite = z.input<typeof threadWriteSchema>
export const THREAD_READ_ONLY_FIELDS = ['id', 'assistant'] as const

/**
 * A thread as the server answers it. The spec makes every field optional; the
 * console needs `id` (to open it). Missing `content` reads as `{}`.
 */
export const threadSchema = z.looseObject({
  id: z.number().int(),
  assistant: z.string().optional(),
  user_id: z.string().nullable().optional(),
  content: jsonObjectSchema.default(() => ({})),
})
export type Thread = z.infer<typeof threadSchema>
export const threadListSchema = z.array(threadSchema)
export const threadListReader = listOf(threadSchema)

export const MESSAGE_ROLES = ['system', 'user', 'assistant', 'tool'] as const
export type MessageRole = (typeof MESSAGE_ROLES)[number]

/** What a client posts: any object; role and content are checked when present. */
export const messageWriteSchema = z.looseObject({
  role: z.enum(MESSAGE_ROLES, { error: `Must be one of: ${MESSAGE_ROLES.join(', ')}.` }).optional(),
  content: z.string({ error: 'Not a valid string.' }).optional(),
  name: z.string().optional(),
  tool_call: z
    .looseObject({ name: z.string(), arguments: jsonObjectSchema.optional(), result: z.unknown().optional() })
    .optional(),
})
export type MessageWrite = z.input<typeof messageWriteSchema>

/** The fields of a stored message the console shows; each is dropped, not fatal, when odd. */
const messageObjectSchema = z.looseObject({
  id: z.number().int().optional().catch(undefined),
  role: z.string().optional().catch(undefined),
  content: z.unknown().optional(),
  name: z.string().optional().catch(undefined),
  tool_call: z
    .looseObject({ name: z.string(), arguments: z.unknown().optional(), result: z.unknown().optional() })
    .optional()
    .catch(undefined),
  created_at: z.string().optional().catch(undefined),
})
export type Message = z.infer<typeof messageObjectSchema>

/**
 * A stored message. The spec's message schema is `{}`: any JSON value. An
 * object is read field by field; anything else (a string, a number, null)
 * becomes a message whose content is that value, so it still shows.
 */
export const messageSchema = z
  .unknown()
  .transform((value): Message => (isPlainObject(value) ? messageObjectSchema.parse(value) : { content: value }))
export const messageListSchema = z.array(messageSchema)
