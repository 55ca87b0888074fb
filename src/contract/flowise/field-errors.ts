/**
 * Per-field errors in the Flowise mock's answers: `fieldErrors` maps a dotted
 * path (`details.temperature`, `details.tools.1`) to its messages. Flowise
 * itself answers one `message`; the summary below builds that sentence.
 */
import type { z } from 'zod'

export type FieldErrors = Record<string, string[]>

/** The root of the body is named `body`, so no message is keyed by an empty string. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'body' : path.map(String).join('.')
}

/** Built from entries, so a field named `__proto__` stays a key and never reaches a prototype. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const grouped = new Map<string, string[]>()
  for (const issue of error.issues) {
    const key = fieldPath(issue.path)
    const list = grouped.get(key) ?? []
    if (!list.includes(issue.message)) list.push(issue.message)
    grouped.set(key, list)
  }
  return Object.fromEntries(grouped)
}

const sentence = (message: string): string => (/[.!?]$/.test(message) ? message : `${message}.`)

/** One line for Flowise's `message`: `details.name: Name is required. credential: ...`. */
export function summarizeFieldErrors(errors: FieldErrors): string {
  return Object.entries(errors)
    .map(([field, list]) => `${field}: ${list.map(sentence).join(' ')}`)
    .join(' ')
}
