/** AssistantRoute: maps message tags to an assistant. `tags` holds a JsonLogic rule (a JSON object). */
import { z } from 'zod'
import { jsonObjectSchema } from './common'
import { listOf } from './read-list'

export const routeWriteSchema = z.strictObject(
  { tags: jsonObjectSchema.optional() },
  {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}.` : undefined),
  },
)
export type RouteWrite = z.input<typeof routeWriteSchema>
export const ROUTE_READ_ONLY_FIELDS = ['id', 'assistant'] as const

/**
 * A route as the server answers it. The spec makes every field optional; the
 * console needs `id` (to open and delete it). Missing `tags` read as `{}`.
 */
export const routeSchema = z.looseObject({
  id: z.number().int(),
  assistant: z.string().optional(),
  tags: jsonObjectSchema.default(() => ({})),
})
export type Route = z.infer<typeof routeSchema>
export const routeListSchema = z.array(routeSchema)
export const routeListReader = listOf(routeSchema)
