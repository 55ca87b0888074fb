/** Small statistics helpers: every figure in the report is a median with its min and max. */

export interface Summary {
  n: number
  median: number
  min: number
  max: number
}

/** Linear-interpolated percentile (p in 0..100) of an unsorted list; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.ceil(rank)
  const a = sorted[lo] as number
  const b = sorted[hi] as number
  return a + (b - a) * (rank - lo)
}

export function summarize(values: readonly number[]): Summary {
  const finite = values.filter((v) => Number.isFinite(v))
  if (finite.length === 0) return { n: 0, median: Number.NaN, min: Number.NaN, max: Number.NaN }
  return { n: finite.length, median: percentile(finite, 50), min: Math.min(...finite), max: Math.max(...finite) }
}

/** Rounds for the report so JSON stays readable (ms to 0.1, ratios to 0.001). */
export function round(value: number, digits = 1): number {
  if (!Number.isFinite(value)) return value
  const f = 10 ** digits
  return Math.round(value * f) / f
}

export function roundSummary(s: Summary, digits = 1): Summary {
  return { n: s.n, median: round(s.median, digits), min: round(s.min, digits), max: round(s.max, digits) }
}
