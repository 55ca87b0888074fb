/**
 * Runs the suite twice, once per assistant: each case's assistant is replaced
 * by A in one run and by B in the other (the runner's assistant overrides),
 * then the two runs open side by side.
 */
import { useId, useState, type FormEvent } from 'react'
import { useQuery } from '@tanstack/react-query'
import { GitCompare } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { assistantQueries } from '@/api/resources/assistants'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import type { Suite } from '@/lib/qa/suite-format'

const selectClass =
  'h-9 w-full rounded-md border border-border bg-surface px-2 text-sm shadow-sm focus-visible:outline-2 focus-visible:outline-accent aria-[invalid=true]:border-danger'

export interface AssistantPair {
  /** The suite's assistant to replace (every case of it). */
  replace: string
  a: string
  b: string
}

export function overridesFor(suite: Suite, replace: string, code: string): Record<string, string> {
  const codes = new Set(suite.cases.map((c) => c.assistant))
  return codes.has(replace) ? { [replace]: code } : {}
}

export function CompareAssistantsForm({
  suite,
  disabledReason,
  onCompare,
}: {
  suite: Suite
  disabledReason: string | null
  onCompare: (pair: AssistantPair) => void
}) {
  const client = useApiClient()
  const assistants = useQuery(assistantQueries.list(client))
  const inSuite = [...new Set(suite.cases.map((c) => c.assistant))]
  const [replace, setReplace] = useState(inSuite[0] ?? '')
  const [a, setA] = useState(inSuite[0] ?? '')
  const [b, setB] = useState('')
  const [attempted, setAttempted] = useState(false)
  const reasonId = useId()
  const codes = assistants.data?.map((x) => x.code) ?? []
  const options = [...new Set([...inSuite, ...codes])].sort()
  const same = a !== '' && a === b
  const error = !a || !b ? 'Choose two assistants.' : same ? 'Choose two different assistants.' : undefined

  const submit = (e: FormEvent) => {
    e.preventDefault()
    setAttempted(true)
    if (error || disabledReason || !replace) return
    onCompare({ replace, a, b })
  }

  return (
    <form onSubmit={submit} aria-label="Compare two assistants" className="flex flex-wrap items-end gap-4">
      {inSuite.length > 1 ? (
        <Field label="Replace the cases of" className="w-56">
          <select className={selectClass} value={replace} onChange={(e) => setReplace(e.target.value)}>
            {inSuite.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field label="Assistant A" className="w-56">
        <select className={selectClass} value={a} onChange={(e) => setA(e.target.value)}>
          <option value="">Choose…</option>
          {options.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Assistant B" className="w-56" error={attempted ? error : undefined}>
        <select className={selectClass} value={b} onChange={(e) => setB(e.target.value)}>
          <option value="">Choose…</option>
          {options.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </Field>
      <Button
        type="submit"
        aria-disabled={disabledReason ? true : undefined}
        aria-describedby={disabledReason ? reasonId : undefined}
      >
        <GitCompare className="size-4" aria-hidden />
        Run both and compare
      </Button>
      {disabledReason ? (
        <p id={reasonId} className="basis-full text-xs text-muted">
          {disabledReason}
        </p>
      ) : assistants.isError ? (
        <p className="basis-full text-xs text-muted">
          The assistants list could not be loaded; the suite’s own assistants are offered.
        </p>
      ) : null}
    </form>
  )
}
