/** The two environments a comparison reads: left is the source of a promotion, right its target. */
import { ArrowLeftRight } from 'lucide-react'
import type { Environment } from '@/api/console-config'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import type { EnvironmentChoice } from '../environment-choice'

const selectClasses =
  'h-9 w-full rounded-md border border-border bg-surface px-2.5 text-sm text-fg shadow-sm focus-visible:outline-2 focus-visible:outline-accent'

export function EnvironmentPickers({
  environments,
  choice,
  onChange,
}: {
  environments: readonly Environment[]
  choice: EnvironmentChoice
  onChange: (next: EnvironmentChoice) => void
}) {
  const option = (e: Environment) => (
    <option key={e.id} value={e.id}>
      {e.label}
      {e.kind === 'production' ? ' (production)' : ''}
    </option>
  )
  return (
    <div className="grid items-end gap-3 sm:grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)]">
      <Field label="Left: source" hint="Promotion copies from here.">
        <select
          className={selectClasses}
          value={choice.left}
          onChange={(e) => onChange({ ...choice, left: e.target.value })}
        >
          {environments.map(option)}
        </select>
      </Field>
      <Button
        className="mb-5"
        onClick={() => onChange({ left: choice.right, right: choice.left })}
        aria-label="Swap source and target"
        title="Swap source and target"
      >
        <ArrowLeftRight className="size-4" aria-hidden /> Swap
      </Button>
      <Field label="Right: target" hint="Promotion writes here.">
        <select
          className={selectClasses}
          value={choice.right}
          onChange={(e) => onChange({ ...choice, right: e.target.value })}
        >
          {environments.map(option)}
        </select>
      </Field>
    </div>
  )
}
