/**
 * The JSONPath subset assertions use: `$`, `.key`, `["key with space"]`,
 * `['key']` and `[0]`. No wildcards or filters: one path names one value, so
 * "equals" has one meaning.
 */
export type JsonPathSegment = string | number

export type JsonPathParse = { ok: true; segments: JsonPathSegment[] } | { ok: false; error: string }

export function parseJsonPath(path: string): JsonPathParse {
  const text = path.trim()
  if (!text.startsWith('$')) return { ok: false, error: `A JSON path starts with "$" (e.g. $.status), got "${path}".` }
  const segments: JsonPathSegment[] = []
  let i = 1
  while (i < text.length) {
    const c = text[i]
    if (c === '.') {
      const m = /^[A-Za-z_$][\w$-]*/.exec(text.slice(i + 1))
      if (!m) return { ok: false, error: `Expected a key name after "." at position ${i + 1} of "${path}".` }
      segments.push(m[0])
      i += 1 + m[0].length
    } else if (c === '[') {
      const rest = text.slice(i)
      const index = /^\[\s*(\d+)\s*\]/.exec(rest)
      const quoted = /^\[\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*\]/.exec(rest)
      if (index) {
        segments.push(Number(index[1]))
        i += index[0].length
      } else if (quoted) {
        const raw = quoted[1] ?? ''
        const body = raw.slice(1, -1).replace(/\\(.)/g, '$1')
        segments.push(body)
        i += quoted[0].length
      } else {
        return { ok: false, error: `Expected [number] or ["key"] at position ${i + 1} of "${path}".` }
      }
    } else {
      return { ok: false, error: `Unexpected "${c}" at position ${i + 1} of "${path}".` }
    }
  }
  return { ok: true, segments }
}

export type JsonPathLookup = { found: true; value: unknown } | { found: false; reason: string }

/** `null`, `an array`, `an object`, `a string`: for "$.a is an array, not an object". */
export const kindOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`

/** Follows the segments; says where it stopped when the value is not there. */
export function lookupJsonPath(root: unknown, segments: readonly JsonPathSegment[]): JsonPathLookup {
  let current = root
  let at = '$'
  for (const seg of segments) {
    if (typeof seg === 'number') {
      if (!Array.isArray(current)) return { found: false, reason: `${at} is ${kindOf(current)}, not an array` }
      if (seg >= current.length)
        return {
          found: false,
          reason: `${at} has ${current.length} item${current.length === 1 ? '' : 's'}, no [${seg}]`,
        }
      current = current[seg] as unknown
      at = `${at}[${seg}]`
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current))
        return { found: false, reason: `${at} is ${kindOf(current)}, not an object` }
      if (!Object.hasOwn(current, seg)) return { found: false, reason: `${at} has no key "${seg}"` }
      current = (current as Record<string, unknown>)[seg]
      at = /^[A-Za-z_$][\w$-]*$/.test(seg) ? `${at}.${seg}` : `${at}[${JSON.stringify(seg)}]`
    }
  }
  return { found: true, value: current }
}

/** `$.a["b c"][0]` from segments (the inverse of parseJsonPath). */
export function formatJsonPath(segments: readonly JsonPathSegment[]): string {
  return segments
    .map((s) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$-]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`))
    .reduce((acc, s) => acc + s, '$')
}
