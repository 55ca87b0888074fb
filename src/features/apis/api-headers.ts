/**
 * Api.headers is a JSON string of header names to values (credentials). The
 * editor works on rows; these helpers convert between the two and describe
 * changes by header NAME only, so no value ever reaches a summary or a log.
 */
import { parseHeaders } from '@/contract/api'

export interface HeaderRow {
  /** Stable React key; not sent anywhere. */
  id: number
  name: string
  value: string
}

let nextRowId = 1
export function newRow(name = '', value = ''): HeaderRow {
  nextRowId += 1
  return { id: nextRowId, name, value }
}

/** Rows for an Api.headers string; null when the string is not a JSON object of strings. */
export function rowsFromHeaders(raw: string): HeaderRow[] | null {
  const parsed = parseHeaders(raw.trim() === '' ? '{}' : raw)
  if (!parsed) return null
  return Object.entries(parsed).map(([name, value]) => newRow(name, value))
}

/**
 * The JSON string for rows. Fully empty rows are ignored; a value without a name
 * keeps an empty key, which the schema rejects, so the user sees the problem.
 */
export function headersFromRows(rows: readonly HeaderRow[]): string {
  const out: Record<string, string> = {}
  for (const r of rows) {
    if (r.name.trim() === '' && r.value === '') continue
    out[r.name.trim()] = r.value
  }
  return JSON.stringify(out)
}

/** Names that occur more than once (the later row would silently win). */
export function duplicateNames(rows: readonly HeaderRow[]): string[] {
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
  const parsed = parseHeaders(raw)
  return parsed ? Object.keys(parsed) : null
}

/** Two headers strings that hold the same object count as equal, whatever the spacing. */
export function sameHeaders(a: string, b: string): boolean {
  const pa = parseHeaders(a)
  const pb = parseHeaders(b)
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
  const a = parseHeaders(before)
  const b = parseHeaders(after)
  if (!a || !b) return null
  return {
    added: Object.keys(b).filter((k) => !(k in a)),
    removed: Object.keys(a).filter((k) => !(k in b)),
    changed: Object.keys(b).filter((k) => k in a && a[k] !== b[k]),
  }
}
