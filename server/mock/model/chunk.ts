/** Splits output into word-ish pieces for streaming; concatenating the pieces gives the text back exactly. */

export function splitChunks(text: string): string[] {
  const pieces = text.match(/\s*\S+\s*/g) ?? []
  if (pieces.length === 0) return text === '' ? [] : [text]
  return pieces
}

/**
 * Exactly n chunks (the `_mock.chunks` control): merges pieces when there are
 * more, and repeats the text when there are fewer, so a benchmark can ask for
 * thousands of deltas from a short answer.
 */
export function forceChunks(text: string, n: number): string[] {
  let pieces = splitChunks(text)
  if (pieces.length === 0) pieces = ['…']
  if (pieces.length < n) {
    const source = pieces.map((p, i) => (i === pieces.length - 1 && !/\s$/.test(p) ? `${p} ` : p))
    const out: string[] = []
    for (let i = 0; i < n; i += 1) out.push(source[i % source.length] ?? '')
    return out
  }
  const out: string[] = []
  for (let i = 0; i < n; i += 1) {
    const start = Math.floor((i * pieces.length) / n)
    const end = Math.floor(((i + 1) * pieces.length) / n)
    out.push(pieces.slice(start, end).join(''))
  }
  return out
}
