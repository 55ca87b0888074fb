/** What a run did, item by item: done, failed (with the server's message) or skipped (and why). */
import { forwardRef } from 'react'
import type { ApplyReport as Report } from '@/lib/account/model'
import { Badge } from '@/components/ui/badge'
import { KIND_LABEL } from '../selection'
import type { PromotionState } from '../promotion-session'
import { ProgressBadge } from './plan-steps'

export const ApplyReport = forwardRef<HTMLHeadingElement, { state: PromotionState; target: string }>(
  function ApplyReport({ state, target }, headingRef) {
    const report: Report['steps'] = state.report?.steps ?? fromProgress(state)
    const count = (status: string) => report.filter((s) => s.outcome.status === status).length
    const done = count('done')
    const failed = count('failed')
    const skipped = count('skipped')
    return (
      <section aria-labelledby="promotion-report" className="flex flex-col gap-2">
        <h3 id="promotion-report" ref={headingRef} tabIndex={-1} className="text-sm font-semibold">
          Report{state.runs > 1 ? ` (run ${state.runs})` : ''}
        </h3>
        <p className="text-sm" role="status">
          {failed === 0 && !state.error
            ? `Applied to ${target}: ${done} done, ${skipped} skipped.`
            : `${done} done, ${failed} failed, ${skipped} skipped. What is done stays done: “Re-run plan” re-reads ${target} and applies only what is left.`}
        </p>
        {state.error ? (
          <p role="alert" className="text-sm text-danger">
            The run stopped: {state.error}
          </p>
        ) : null}
        <ul aria-label="Report" className="flex flex-col gap-1 text-sm">
          {report.map((s) => {
            const step = state.plan.steps.find((p) => p.id === s.id)
            return (
              <li key={s.id} className="flex flex-wrap items-baseline gap-2">
                <ProgressBadge progress={s.outcome} />
                <span className="text-xs text-muted">{step ? KIND_LABEL[step.kind].one : ''}</span>
                <span className="font-mono text-[13px]">{s.title}</span>
                {s.outcome.status === 'failed' ? (
                  <span className="text-danger">{s.outcome.message}</span>
                ) : s.outcome.status === 'skipped' ? (
                  <span className="text-muted">{s.outcome.reason}</span>
                ) : s.outcome.note ? (
                  <span className="text-muted">{s.outcome.note}</span>
                ) : null}
                {step?.kind === 'api' && s.outcome.status === 'done' && state.withoutValues.has(step.key) ? (
                  <Badge tone="warning">Flagged: header values not set</Badge>
                ) : null}
              </li>
            )
          })}
        </ul>
      </section>
    )
  },
)

/** When the run threw before a report, what each step did is known from its progress. */
function fromProgress(state: PromotionState): Report['steps'] {
  return state.plan.steps.flatMap((s) => {
    const p = state.progress[s.id]
    return p && (p.status === 'done' || p.status === 'failed' || p.status === 'skipped')
      ? [{ id: s.id, title: s.title, action: s.action, outcome: p }]
      : []
  })
}
