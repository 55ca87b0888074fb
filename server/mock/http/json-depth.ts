/**
 * How deeply JSON may nest. Python's json module (under DRF) fails past its
 * recursion limit, and V8's JSON.stringify overflows its stack somewhere past a
 * few thousand levels: a body nested that deep could be parsed and stored, yet
 * never answered again. So request bodies are refused past MAX_JSON_DEPTH, and
 * the check runs on the text, before JSON.parse, without recursion.
 *
 * 64 levels: far beyond any real JsonLogic rule or thread content (the seed's
 * deepest is under 10), far below anything that strains a parser or a stack.
 */
export const MAX_JSON_DEPTH = 64

/**
 * Deepest nesting of arrays and objects in a JSON text (brackets inside
 * strings do not count). `{}` is 1, `{"a": [1]}` is 2. Stops counting once
 * `limit` is passed, so a hostile body costs one linear scan at most.
 */
export function jsonTextDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i)
    if (inString) {
      if (ch === 0x5c /* \ */) i += 1
      else if (ch === 0x22 /* " */) inString = false
    } else if (ch === 0x22) {
      inString = true
    } else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      depth += 1
      if (depth > deepest) deepest = depth
      if (deepest > limit) return deepest
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) {
      depth -= 1
    }
  }
  return deepest
}

/** The same measure for a value already in memory (e.g. loaded from the data file); iterative, so it never overflows. */
export function jsonValueDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length > 0) {
    const [node, above] = stack.pop() as [unknown, number]
    if (typeof node !== 'object' || node === null) continue
    const depth = above + 1
    if (depth > deepest) deepest = depth
    if (deepest > limit) return deepest
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth])
  }
  return deepest
}
