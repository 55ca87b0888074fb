/**
 * Api.headers is a JSON string of header names to values (credentials). The
 * form edits it as rows (a form value, so Discard resets them too); these
 * helpers convert between the two and describe changes by header NAME only, so
 * no value ever reaches a summary or a log.
 */
import { readHeaderObject } from '@/contract/api'

export interface HeaderRow {
  name: string
  value: string
  /** The value came from the server: it stays out of the DOM until the user reveals or replaces it. */
  saved: boolean
}

export function newRow(name = '', value = '', saved = false): HeaderRow {
  return { name, value, saved }
}

/**
 * Rows for an Api.headers string. Values of any JSON type are accepted (a server may store a
 * number) and edited as text; null when the string is not a JSON object at all.
 */
export function rowsFromHeaders(raw: string): HeaderRow[] | null {
  const parsed = readHeaderObject(raw.trim() === '' ? '{}' : raw)
  if (!parsed) return null
  return Object.entries(parsed).map(([name, value]) =>
    newRow(name, typeof value === 'string' ? value : JSON.stringify(value), true),
  )
}

/**
 * The JSON string for rows. Fully empty rows are ignored; a value without a name
 * keeps an empty key, which the schema rejects, so the user sees the problem.
 */
export function headersFromRows(rows: readonly Pick<HeaderRow, 'name' | 'value'>[]): string {
  const out: Record<string, string> = {}
  for (const r of rows) {
    if (r.name.trim() === '' && r.value === '') continue
    out[r.name.trim()] = r.value
  }
  return JSON.stringify(out)
}

/** Names that occur more than once (the later row would silently win). */
export function duplicateNames(rows: readonly Pick<HeaderRow, 'name'>[]): string[] {
  const seen = new Set<string>()
  const dupes = new Set<string>()
  for (const r of rows) {
    const n = r.name.trim().toLowerCase()
    if (n === '') continue
    if (seen.has(n)) dupes.add(r.name.trim())
    seen.add(n)
  }
  return [...dupes]
}

/** Header names of an Api.headers string, for display (never the values). */
export function headerNames(raw: string): string[] | null {
  const parsed = readHeaderObject(raw)
  return parsed ? Object.keys(parsed) : null
}

function asStrings(raw: string): Record<string, string> | null {
  const parsed = readHeaderObject(raw)
  if (!parsed) return null
  return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]))
}

/** Two headers strings that hold the same object count as equal, whatever the spacing. */
export function sameHeaders(a: string, b: string): boolean {
  const pa = asStrings(a)
  const pb = asStrings(b)
  if (!pa || !pb) return a === b
  const ka = Object.keys(pa)
  return ka.length === Object.keys(pb).length && ka.every((k) => pb[k] === pa[k])
}

export interface HeaderChanges {
  added: string[]
  removed: string[]
  changed: string[]
}

/** What changed between two headers strings, by name. */
export function headerChanges(before: string, after: string): HeaderChanges | null {
  const a = asStrings(before)
  const b = asStrings(after)
  if (!a || !b) return null
  return {
    added: Object.keys(b).filter((k) => !(k in a)),
    removed: Object.keys(a).filter((k) => !(k in b)),
    changed: Object.keys(b).filter((k) => k in a && a[k] !== b[k]),
  }
}
