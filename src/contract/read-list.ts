/**
 * Reading lists tolerantly: each item is checked on its own, so one odd item
 * becomes an UnreadableItem (with its raw value and the reason) instead of
 * failing the whole list. The published spec answers lists as bare arrays,
 * without pagination; that is the only list shape accepted.
 */
import { z } from 'zod'
import { isPlainObject } from './common'

/** An item of a list that the console cannot use, kept with why, for display. */
export class UnreadableItem {
  constructor(
    /** Position in the server's answer. */
    readonly index: number,
    readonly raw: unknown,
    readonly reason: string,
  ) {}

  /** The item's own id or code, when it has one, so a person can find it elsewhere. */
  get label(): string | null {
    if (!isPlainObject(this.raw)) return null
    const { code, id } = this.raw
    if (typeof code === 'string' && code !== '') return code
    if (typeof id === 'number' || (typeof id === 'string' && id !== '')) return `#${id}`
    return null
  }
}

/** What a list query caches: the server's items in order, readable or not. */
export type ListEntries<T> = (T | UnreadableItem)[]

/** A list split for display: the usable items, and the odd ones. */
export interface ReadList<T> {
  items: T[]
  unreadable: UnreadableItem[]
}

/** The first problem of a failed parse, as a short sentence naming the field. */
export function describeIssue(error: z.ZodError): string {
  const first = error.issues[0]
  if (!first) return 'Unexpected value.'
  const where = first.path.map(String).join('.')
  // Zod leaves the input out of issues; its message says "received undefined" for a missing field.
  if (first.code === 'invalid_type' && /received undefined$/.test(first.message))
    return `${where || 'value'} is missing`
  return where ? `${where}: ${first.message}` : first.message
}

/** A bare JSON array whose items are parsed one by one with `item`. */
export function listOf<S extends z.ZodType>(item: S) {
  return z.array(z.unknown(), { error: 'Expected a list (a JSON array).' }).transform((raw) =>
    raw.map((value, index): z.output<S> | UnreadableItem => {
      const parsed = item.safeParse(value)
      return parsed.success ? parsed.data : new UnreadableItem(index, value, describeIssue(parsed.error))
    }),
  )
}

export function isUnreadable(entry: unknown): entry is UnreadableItem {
  return entry instanceof UnreadableItem
}

/** The usable items only (stable function: use as a query's `select`). */
export function readableItems<T>(entries: ListEntries<T>): T[] {
  return entries.filter((e): e is T => !isUnreadable(e))
}

/** The list split in two (stable function: use as a query's `select`). */
export function splitEntries<T>(entries: ListEntries<T>): ReadList<T> {
  const items: T[] = []
  const unreadable: UnreadableItem[] = []
  for (const e of entries) {
    if (isUnreadable(e)) unreadable.push(e)
    else items.push(e)
  }
  return { items, unreadable }
}
