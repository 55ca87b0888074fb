/**
 * The plan as a dry run, in the order it applies (APIs before the assistants
 * that call them, routes after their assistant): what each step does, each
 * field it changes, which steps were pulled in as dependencies, and, once
 * applying, where each step stands.
 */
import { useId, useState } from 'react'
import { ChevronDown, ChevronRight } from 'lucide-react'
import type { PlanAction, PlanStep } from '@/lib/account/model'
import { Badge } from '@/components/ui/badge'
import { DiffView } from '@/components/editor/code-editor'
import { isTextDiff, secretFieldText } from '../format-value'
import { KIND_LABEL, refId } from '../selection'
import type { StepProgress } from '../promotion-session'
import { SideBySide } from './item-details'

const ACTION: Record<PlanAction, { label: string; tone: 'accent' | 'warning' | 'neutral' | 'danger' }> = {
  create: { label: 'Create', tone: 'accent' },
  update: { label: 'Update', tone: 'warning' },
  unchanged: { label: 'Unchanged', tone: 'neutral' },
  delete: { label: 'Delete', tone: 'danger' },
}

export function PlanSteps({
  steps,
  picked,
  progress,
  started,
  target,
}: {
  steps: PlanStep[]
  picked: ReadonlySet<string>
  progress: Readonly<Record<string, StepProgress>>
  /** Whether the plan has been applied at least once (progress is then shown). */
  started: boolean
  target: string
}) {
  return (
    <ol aria-label="Plan steps" className="flex flex-col divide-y divide-border rounded-md border border-border">
      {steps.map((step, i) => (
        <PlanStepRow
          key={step.id}
          step={step}
          index={i + 1}
          pulledIn={!picked.has(refId(step))}
          progress={started ? progress[step.id] : undefined}
          target={target}
        />
      ))}
    </ol>
  )
}

function PlanStepRow({
  step,
  index,
  pulledIn,
  progress,
  target,
}: {
  step: PlanStep
  index: number
  pulledIn: boolean
  progress: StepProgress | undefined
  target: string
}) {
  const action = ACTION[step.action]
  const text = step.fields.filter((f) => !f.secret && isTextDiff(f))
  const plain = step.fields.filter((f) => !f.secret && !isTextDiff(f))
  const secret = step.fields.filter((f) => f.secret)
  return (
    <li
      aria-label={`Step ${index}: ${action.label} ${KIND_LABEL[step.kind].one} ${step.title}`}
      className="px-3 py-2.5"
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="w-6 text-right text-xs text-muted tabular-nums">{index}.</span>
        <Badge tone={action.tone}>{action.label}</Badge>
        <span className="text-xs text-muted">{KIND_LABEL[step.kind].one}</span>
        <span className="font-mono text-[13px]">{step.title}</span>
        {pulledIn ? <Badge tone="neutral">Dependency</Badge> : null}
        {progress ? <ProgressBadge progress={progress} /> : null}
      </div>
      <div className="mt-1 flex flex-col gap-2 pl-8">
        {step.reason ? <p className="text-xs text-muted">Pulled in: {step.reason}</p> : null}
        {text.map((f) => (
          <TextChange key={f.field} field={f} id={step.id} target={target} />
        ))}
        {plain.length > 0 ? <SideBySide fields={plain} left={`Now on ${target}`} right="After promotion" /> : null}
        {secret.length > 0 ? (
          <div className="text-sm">
            {secret.map((f) => (
              <p key={f.field}>
                <span className="font-mono text-[13px]">{f.field}</span>: {secretFieldText(f)}
              </p>
            ))}
          </div>
        ) : null}
      </div>
    </li>
  )
}

function TextChange({
  field,
  id,
  target,
}: {
  field: { field: string; left: unknown; right: unknown }
  id: string
  target: string
}) {
  const [open, setOpen] = useState(false)
  const regionId = useId()
  return (
    <div>
      <button
        type="button"
        className="flex items-center gap-1 text-sm text-accent hover:underline"
        aria-expanded={open}
        aria-controls={open ? regionId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? <ChevronDown className="size-4" aria-hidden /> : <ChevronRight className="size-4" aria-hidden />}
        {field.field} changes
      </button>
      {open ? (
        <section id={regionId} aria-label={`${field.field} change`} className="mt-1 flex flex-col gap-1">
          <div className="grid grid-cols-2 text-xs text-muted">
            <span>Now on {target}</span>
            <span>After promotion</span>
          </div>
          <DiffView
            original={typeof field.left === 'string' ? field.left : ''}
            modified={typeof field.right === 'string' ? field.right : ''}
            language="instructions"
            height={220}
            modelName={`plan-${id}-${field.field}`}
          />
        </section>
      ) : null}
    </div>
  )
}

export function ProgressBadge({ progress }: { progress: StepProgress }) {
  switch (progress.status) {
    case 'pending':
      return <Badge tone="neutral">Waiting</Badge>
    case 'running':
      return <Badge tone="accent">Applying…</Badge>
    case 'done':
      return <Badge tone="success">Done</Badge>
    case 'failed':
      return <Badge tone="danger">Failed</Badge>
    case 'skipped':
      return <Badge tone="neutral">Skipped</Badge>
  }
}
