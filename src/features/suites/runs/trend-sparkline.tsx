/** A small line of the suite's pass rate over its runs (oldest to newest), with the same figures as text. */
import { useId } from 'react'
import type { TrendPoint } from '@/lib/qa/outcome'

const W = 120
const H = 28

export function TrendSparkline({ points }: { points: readonly TrendPoint[] }) {
  const id = useId()
  if (points.length === 0) return null
  const pct = (p: TrendPoint) => `${Math.round(p.passRate * 100)}%`
  const last = points[points.length - 1] as TrendPoint
  const x = (i: number) => (points.length === 1 ? W / 2 : (i / (points.length - 1)) * (W - 4) + 2)
  const y = (rate: number) => H - 2 - rate * (H - 4)
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.passRate).toFixed(1)}`).join(' ')
  return (
    <figure className="flex items-center gap-2" aria-labelledby={id}>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden className="text-accent">
        <line x1={0} x2={W} y1={y(1)} y2={y(1)} className="stroke-border" strokeDasharray="2 3" />
        <path d={line} fill="none" stroke="currentColor" strokeWidth={1.5} />
        {points.map((p, i) => (
          <circle key={p.runId} cx={x(i)} cy={y(p.passRate)} r={1.8} fill="currentColor" />
        ))}
      </svg>
      <figcaption id={id} className="text-xs text-muted">
        <span className="font-medium text-fg tabular-nums">{pct(last)}</span> passed last run
        <span className="sr-only">
          . Pass rate over the last {points.length} runs, oldest first: {points.map(pct).join(', ')}
        </span>
      </figcaption>
    </figure>
  )
}
