/**
 * Promotion, after the comparison: the plan as a dry run, header values for
 * APIs it creates, the typed confirmation on a production target, Apply, live
 * progress per step, the report and a re-run of what is left. The plan and the
 * typed values stay while this panel is open, whatever fails.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import type { Environment } from '@/api/console-config'
import { UnsavedChangesGuard } from '@/components/form/unsaved-changes-guard'
import { EnvironmentBadge } from '@/components/layout/environment-badge'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Panel } from '@/components/ui/page'
import { isWrite, type PromotionSession } from '../promotion-session'
import { ApplyReport } from './apply-report'
import { HeaderValues } from './header-values'
import { PlanSteps } from './plan-steps'

export function PromotionPanel({
  session,
  source,
  target,
  onClose,
}: {
  session: PromotionSession
  source: string
  target: Environment
  onClose: () => void
}) {
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot)
  const [typed, setTyped] = useState('')
  const headingRef = useRef<HTMLHeadingElement>(null)
  const reportRef = useRef<HTMLHeadingElement>(null)
  const { plan, phase } = state
  const busy = phase === 'applying' || phase === 'rereading'
  const production = target.kind === 'production'
  const confirmed = !production || typed.trim() === target.label
  const writes = plan.steps.filter(isWrite)
  const needValues = plan.steps.filter((s) => s.kind === 'api' && isWrite(s) && (s.needsSecrets?.length ?? 0) > 0)
  const missing = session.missingValues()
  const outcomes = Object.values(state.progress)
  const left = outcomes.filter((p) => p.status === 'failed').length + (state.error ? 1 : 0)

  // Keyboard users land on the plan when it opens, and on the report when a run ends.
  useEffect(() => headingRef.current?.focus(), [])
  useEffect(() => {
    if (phase === 'finished') reportRef.current?.focus()
  }, [phase, state.runs])

  const blocked =
    writes.length === 0
      ? `Nothing to apply: ${target.label} already has all of it.`
      : missing.length > 0
        ? `Type the header values of ${missing.map((m) => m.api).join(', ')}, or create without them.`
        : !confirmed
          ? `Type “${target.label}” to confirm.`
          : null

  const counts = ['create', 'update', 'delete', 'unchanged']
    .map((a) => [a, plan.steps.filter((s) => s.action === a).length] as const)
    .filter(([, n]) => n > 0)
    .map(([a, n]) => `${n} to ${a === 'unchanged' ? 'leave unchanged' : a}`)

  // Leaving would drop what only lives here: a run in progress, typed header values, a failed run's plan.
  const worthKeeping = () => {
    const now = session.getSnapshot()
    if (session.busy) return true
    if (now.phase === 'review')
      return Object.entries(now.filled).some(([api, headers]) => headers.some((h) => !now.preset[api]?.includes(h)))
    return now.error !== null || Object.values(now.progress).some((p) => p.status === 'failed')
  }

  return (
    <Panel className="flex flex-col gap-4 p-4">
      <UnsavedChangesGuard
        when={worthKeeping}
        message="Leaving drops this plan and the header values typed for it (they are never stored). What was already applied stays applied."
      />
      <div className="flex flex-wrap items-center gap-2">
        <h2 ref={headingRef} tabIndex={-1} className="text-base font-semibold">
          Promotion plan: {source} → {target.label}
        </h2>
        <EnvironmentBadge environment={target} />
      </div>
      <p className="text-sm text-muted">A dry run: nothing is written until you apply. {counts.join(', ')}.</p>
      <PlanSteps
        steps={plan.steps}
        picked={state.picked}
        progress={state.progress}
        started={phase !== 'review' || state.runs > 0}
        target={target.label}
      />
      <HeaderValues
        steps={needValues}
        session={session}
        withoutValues={state.withoutValues}
        preset={state.preset}
        disabled={busy}
      />
      {production ? (
        <Field
          label={`Type “${target.label}” to confirm`}
          hint={`${target.label} is a production environment: its assistants answer real customers.`}
        >
          <Input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
        </Field>
      ) : null}
      {busy ? (
        <p role="status" className="text-sm">
          {phase === 'rereading'
            ? `Re-reading ${target.label}…`
            : `Applying: ${outcomes.filter((p) => p.status === 'done').length} of ${writes.length} done…`}
        </p>
      ) : null}
      {phase === 'finished' ? <ApplyReport ref={reportRef} state={state} target={target.label} /> : null}
      <div className="flex flex-wrap items-center gap-2">
        {phase === 'finished' ? (
          <Button variant="primary" disabled={busy || left === 0 || !confirmed} onClick={() => void session.rerun()}>
            Re-run plan
          </Button>
        ) : (
          <Button
            variant={production ? 'danger' : 'primary'}
            disabled={busy || blocked !== null}
            aria-describedby={blocked ? 'promotion-blocked' : undefined}
            onClick={() => void session.run()}
          >
            {busy ? 'Applying…' : `Apply to ${target.label}`}
          </Button>
        )}
        <Button onClick={onClose} disabled={busy}>
          Back to comparison
        </Button>
        {blocked && phase === 'review' ? (
          <span id="promotion-blocked" className="text-xs text-muted">
            {blocked}
          </span>
        ) : null}
      </div>
    </Panel>
  )
}
