/** Each assertion's verdict and reason, failures first; "unknown" reads "not checkable here", never as a pass. */
import { CircleCheck, CircleHelp, CircleX } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import type { AssertionResult, Verdict } from '@/lib/qa/results'

const ORDER: Record<Verdict, number> = { fail: 0, unknown: 1, pass: 2 }
const VERDICT: Record<Verdict, { label: string; tone: 'danger' | 'neutral' | 'success'; Icon: typeof CircleCheck }> = {
  fail: { label: 'Failed', tone: 'danger', Icon: CircleX },
  unknown: { label: 'Not checkable here', tone: 'neutral', Icon: CircleHelp },
  pass: { label: 'Passed', tone: 'success', Icon: CircleCheck },
}

export function sortVerdicts(results: readonly AssertionResult[]): AssertionResult[] {
  return [...results].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || a.index - b.index)
}

export function AssertionVerdicts({ results }: { results: readonly AssertionResult[] }) {
  if (results.length === 0) return <p className="text-sm text-muted">This case has no assertions.</p>
  return (
    <ul aria-label="Assertions" className="flex flex-col gap-2">
      {sortVerdicts(results).map((r) => {
        const { label, tone, Icon } = VERDICT[r.verdict]
        return (
          <li key={r.index} className="flex flex-col gap-1 rounded-md border border-border px-3 py-2">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={tone}>
                <Icon className="size-3" aria-hidden />
                {label}
              </Badge>
              <span className="text-sm font-medium">{r.description}</span>
            </div>
            <p className="text-sm text-muted">{r.reason}</p>
          </li>
        )
      })}
    </ul>
  )
}
