/** How a suite run and a case outcome are named and coloured, the same on every runs page. */
import { Badge } from '@/components/ui/badge'
import type { CaseOutcome, SuiteRun } from '@/lib/qa/results'

type Tone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger'

export const RUN_STATUS: Record<SuiteRun['status'], { label: string; tone: Tone }> = {
  running: { label: 'Running', tone: 'accent' },
  finished: { label: 'Finished', tone: 'neutral' },
  stopped: { label: 'Stopped', tone: 'warning' },
}

export const OUTCOME: Record<CaseOutcome, { label: string; tone: Tone }> = {
  passed: { label: 'Passed', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  flaky: { label: 'Flaky', tone: 'warning' },
  error: { label: 'Error', tone: 'danger' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
  pending: { label: 'Pending', tone: 'neutral' },
}

export function RunStatusBadge({ status }: { status: SuiteRun['status'] }) {
  const { label, tone } = RUN_STATUS[status]
  return <Badge tone={tone}>{label}</Badge>
}

export function OutcomeBadge({ outcome }: { outcome: CaseOutcome }) {
  const { label, tone } = OUTCOME[outcome]
  return <Badge tone={tone}>{label}</Badge>
}

export function when(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' })
}

export function runName(run: Pick<SuiteRun, 'startedAt' | 'label'>): string {
  return run.label ? `${run.label} · ${when(run.startedAt)}` : when(run.startedAt)
}
