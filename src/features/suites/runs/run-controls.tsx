/** How to run the suite: concurrency, repetitions, which cases; then Run. */
import { useId, useState, type FormEvent } from 'react'
import { Play } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'

export interface RunSettings {
  concurrency: number
  repeat: number
  scope: 'all' | 'failed'
}

export const LIMITS = { concurrency: { min: 1, max: 16 }, repeat: { min: 1, max: 20 } } as const

function readCount(text: string, { min, max }: { min: number; max: number }): number | null {
  if (!/^\d+$/.test(text.trim())) return null
  const n = Number(text)
  return n >= min && n <= max ? n : null
}

export function RunControls({
  defaults,
  caseCount,
  failedCount,
  disabledReason,
  onRun,
}: {
  defaults: { concurrency: number; repeat: number }
  caseCount: number
  /** Cases that failed, were flaky or errored in the last ended run; null when there is no such run. */
  failedCount: number | null
  /** Why Run is not possible now (no cases, read-only…); null when it is. */
  disabledReason: string | null
  onRun: (settings: RunSettings) => void
}) {
  const [concurrency, setConcurrency] = useState(String(defaults.concurrency))
  const [repeat, setRepeat] = useState(String(defaults.repeat))
  const [scope, setScope] = useState<'all' | 'failed'>('all')
  const [attempted, setAttempted] = useState(false)
  const reasonId = useId()
  const c = readCount(concurrency, LIMITS.concurrency)
  const r = readCount(repeat, LIMITS.repeat)
  const noFailed = failedCount === null || failedCount === 0
  const effectiveScope = noFailed ? 'all' : scope

  const submit = (e: FormEvent) => {
    e.preventDefault()
    setAttempted(true)
    if (c === null || r === null || disabledReason) return
    onRun({ concurrency: c, repeat: r, scope: effectiveScope })
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-4" aria-label="Run the suite">
      <Field
        label="Concurrency"
        className="w-32"
        error={attempted && c === null ? `A whole number from 1 to ${LIMITS.concurrency.max}.` : undefined}
      >
        <Input inputMode="numeric" value={concurrency} onChange={(e) => setConcurrency(e.target.value)} />
      </Field>
      <Field
        label="Repeat each case"
        className="w-36"
        error={attempted && r === null ? `A whole number from 1 to ${LIMITS.repeat.max}.` : undefined}
      >
        <Input inputMode="numeric" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
      </Field>
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-1.5 text-sm font-medium">Cases</legend>
        <div className="flex h-9 items-center gap-4 text-sm">
          <label className="flex items-center gap-1.5">
            <input
              type="radio"
              name="scope"
              checked={effectiveScope === 'all'}
              onChange={() => setScope('all')}
              className="accent-[var(--accent)]"
            />
            All ({caseCount})
          </label>
          <label className="flex items-center gap-1.5">
            <input
              type="radio"
              name="scope"
              checked={effectiveScope === 'failed'}
              disabled={noFailed}
              onChange={() => setScope('failed')}
              className="accent-[var(--accent)]"
            />
            Failed last time{failedCount === null ? '' : ` (${failedCount})`}
          </label>
        </div>
      </fieldset>
      <div className="flex flex-col gap-1">
        <Button
          type="submit"
          variant="primary"
          aria-disabled={disabledReason ? true : undefined}
          aria-describedby={disabledReason ? reasonId : undefined}
        >
          <Play className="size-4" aria-hidden />
          Run suite
        </Button>
      </div>
      {disabledReason ? (
        <p id={reasonId} className="basis-full text-xs text-muted">
          {disabledReason}
        </p>
      ) : null}
    </form>
  )
}
