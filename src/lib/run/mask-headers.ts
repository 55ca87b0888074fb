/**
 * Defence in depth for the timeline: the server already masks credentials in
 * tool calls, but a value under a `headers` key is never shown as sent, whatever
 * the server did. Header names stay visible (they say what was sent).
 */
export const MASKED = '••••••'

function maskHeaderBag(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.keys(value).map((name) => [name, MASKED]))
  }
  if (typeof value === 'string') {
    // A JSON string of headers (as the Api resource stores them) keeps its names.
    try {
      const parsed: unknown = JSON.parse(value)
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return maskHeaderBag(parsed)
    } catch {
      // Not JSON: mask it whole.
    }
    return value === '' ? value : MASKED
  }
  return value === null || value === undefined ? value : MASKED
}

export function maskHeaders(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskHeaders)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [
        key,
        key.toLowerCase() === 'headers' ? maskHeaderBag(v) : maskHeaders(v),
      ]),
    )
  }
  return value
}
