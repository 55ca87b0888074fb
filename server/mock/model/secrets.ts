/**
 * Keeps an API's configured header values (credentials) out of everything a
 * run emits: output, stream events, recorded threads and logs.
 */
export const MASK = '••••'

/** The strings to hide: each header value, and the token part of `Bearer xyz`-style values. */
export function secretValues(headers: Record<string, string>): string[] {
  const out = new Set<string>()
  for (const value of Object.values(headers)) {
    if (value.length >= 4) out.add(value)
    for (const part of value.split(/\s+/)) if (part.length >= 8) out.add(part)
  }
  // Longest first, so a value is replaced whole before any of its parts.
  return [...out].sort((a, b) => b.length - a.length)
}

export function maskText(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) out = out.split(secret).join(MASK)
  return out
}

/** Deep-masks any JSON value by its serialized form. */
export function maskJson<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0 || value === undefined) return value
  return JSON.parse(maskText(JSON.stringify(value), secrets)) as T
}

/** Header names shown, values hidden: what a tool_call may reveal about headers. */
export function maskHeaderValues(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(headers).map((k) => [k, MASK]))
}
