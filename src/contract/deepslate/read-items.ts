/**
 * Lists read item by item: an item the console cannot use becomes an
 * UnreadableItem (its position, raw value and the reason) instead of failing
 * the whole page. (The contract imports only zod and its own files, so this is
 * Deepslate's own copy of the idea in src/contract/read-list.ts.)
 */
import { z } from 'zod'

export class UnreadableItem {
  constructor(
    /** Position in the server's answer. */
    readonly index: number,
    readonly raw: unknown,
    readonly reason: string,
  ) {}
}

export function isUnreadable(entry: unknown): entry is UnreadableItem {
  return entry instanceof UnreadableItem
}

function describe(error: z.ZodError): string {
  const first = error.issues[0]
  if (!first) return 'Unexpected value.'
  const where = first.path.map(String).join('.')
  return where ? `${where}: ${first.message}` : first.message
}

/** A JSON array whose items are parsed one by one with `item`. */
export function itemsOf<S extends z.ZodType>(item: S) {
  return z.array(z.unknown()).transform((raw) =>
    raw.map((value, index): z.output<S> | UnreadableItem => {
      const parsed = item.safeParse(value)
      return parsed.success ? parsed.data : new UnreadableItem(index, value, describe(parsed.error))
    }),
  )
}
