/**
 * The route form: `tags` edited as JSON text, which must parse to an object
 * the contract accepts and be JsonLogic-shaped. Text that means the same JSON
 * counts as unchanged, whatever its spacing.
 */
import { z } from 'zod'
import { routeWriteSchema, type Route, type RouteWrite } from '@/contract/route'
import { sameValue } from '@/lib/edit/merge'
import { parseJsonObjectText, validateRule } from './json-logic'

export const routeFormSchema = z.object({
  tags: z.string().superRefine((text, ctx) => {
    const parsed = parseJsonObjectText(text)
    if (!parsed.ok) return void ctx.addIssue({ code: 'custom', message: parsed.error })
    const contract = routeWriteSchema.safeParse({ tags: parsed.value })
    if (!contract.success)
      return void ctx.addIssue({ code: 'custom', message: contract.error.issues[0]?.message ?? 'Invalid tags.' })
    const problem = validateRule(parsed.value)
    if (problem) ctx.addIssue({ code: 'custom', message: `Not a JsonLogic rule: ${problem}` })
  }),
})
export type RouteFormValues = z.infer<typeof routeFormSchema>

export const ROUTE_FORM_FIELDS = ['tags'] as const
export const ROUTE_FIELD_LABELS = { tags: 'Tags' } as const

export const EXAMPLE_RULE =
  '{\n  "and": [\n    { "==": [{ "var": "channel" }, "webchat"] },\n    { "in": [{ "var": "queue" }, ["subscriptions", "billing"]] }\n  ]\n}'

export const EMPTY_ROUTE_FORM: RouteFormValues = { tags: EXAMPLE_RULE }

export function toRouteFormValues(route: Route): RouteFormValues {
  return { tags: JSON.stringify(route.tags, null, 2) }
}

/** JSON text compares by meaning. */
export function equalJsonText(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    const pa = parseJsonObjectText(a)
    const pb = parseJsonObjectText(b)
    if (pa.ok && pb.ok) return sameValue(pa.value, pb.value)
  }
  return a === b
}

export function toRouteWrite(values: RouteFormValues): RouteWrite {
  const parsed = parseJsonObjectText(values.tags)
  // The resolver has checked the text; this only narrows the type.
  if (!parsed.ok) throw new Error(parsed.error)
  return { tags: parsed.value }
}
