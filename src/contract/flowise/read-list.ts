/**
 * Flowise answers lists as bare JSON arrays. Each item is read on its own, so
 * one item the console cannot use becomes an UnreadableFlowiseItem (with its
 * raw value and the reason) instead of failing the whole list.
 */
import { z } from 'zod'

export class UnreadableFlowiseItem {
  constructor(
    /** Position in the server's answer. */
    readonly index: number,
    readonly raw: unknown,
    readonly reason: string,
  ) {}

  /** The item's own id, when it has one, so a person can find it elsewhere. */
  get label(): string | null {
    if (typeof this.raw !== 'object' || this.raw === null) return null
    const id = (this.raw as { id?: unknown }).id
    return typeof id === 'string' && id !== '' ? id : null
  }
}

/** The first problem of a failed parse, as a short sentence naming the field. */
export function describeFirstIssue(error: z.ZodError): string {
  const first = error.issues[0]
  if (!first) return 'Unexpected value.'
  const where = first.path.map(String).join('.')
  return where ? `${where}: ${first.message}` : first.message
}

export function listOf<S extends z.ZodType>(item: S) {
  return z.array(z.unknown(), { error: 'Expected a list (a JSON array).' }).transform((raw) =>
    raw.map((value, index): z.output<S> | UnreadableFlowiseItem => {
      const parsed = item.safeParse(value)
      return parsed.success ? parsed.data : new UnreadableFlowiseItem(index, value, describeFirstIssue(parsed.error))
    }),
  )
}
