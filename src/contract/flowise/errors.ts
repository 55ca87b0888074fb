/**
 * Flowise's error answers. Its errorHandler middleware answers
 * `{statusCode, success: false, message, stack}` (stack is `{}` outside
 * development); its API-key check answers 401 `{"error": "Unauthorized Access"}`.
 * The mock adds `fieldErrors` (dotted field path -> messages) to validation
 * errors, so forms can show each message at its field.
 */
import { z } from 'zod'

export const UNAUTHORIZED_MESSAGE = 'Unauthorized Access'

export const flowiseErrorSchema = z.looseObject({
  statusCode: z.number().int().optional(),
  success: z.literal(false).optional(),
  message: z.string(),
  stack: z.unknown().optional(),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
})
export type FlowiseError = z.output<typeof flowiseErrorSchema>

export const flowiseUnauthorizedSchema = z.looseObject({ error: z.string() })

/** What a client shows for any Flowise error answer: the message, and field messages when there are some. */
export function readFlowiseError(body: unknown): { message: string; fieldErrors: Record<string, string[]> } | null {
  const error = flowiseErrorSchema.safeParse(body)
  if (error.success) return { message: error.data.message, fieldErrors: error.data.fieldErrors ?? {} }
  const unauthorized = flowiseUnauthorizedSchema.safeParse(body)
  if (unauthorized.success) return { message: unauthorized.data.error, fieldErrors: {} }
  return null
}
