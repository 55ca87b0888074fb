/**
 * AssistantThread and its messages. The spec leaves messages as `{}`; our shape
 * (documented in contract/README.md) is a chat message with a role, content and,
 * for tool calls, the tool's name, arguments and result. Any JSON object is
 * accepted on input; a missing role defaults to "user".
 */
import { z } from 'zod'
import { jsonObjectSchema, messages } from './common'

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

export const threadSchema = z.looseObject({
  id: z.number().int(),
  assistant: z.string(),
  user_id: z.string().nullable().optional(),
  content: jsonObjectSchema,
})
export type Thread = z.infer<typeof threadSchema>
export const threadListSchema = z.array(threadSchema)

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

/** A stored message, as our servers answer it. Loose, since other servers may answer other shapes. */
export const messageSchema = z.looseObject({
  id: z.number().int().optional(),
  role: z.string().optional(),
  content: z.unknown().optional(),
  name: z.string().optional(),
  tool_call: z
    .looseObject({ name: z.string(), arguments: z.unknown().optional(), result: z.unknown().optional() })
    .optional(),
  created_at: z.string().optional(),
})
export type Message = z.infer<typeof messageSchema>
export const messageListSchema = z.array(messageSchema)
