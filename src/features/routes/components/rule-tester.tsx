/** "Test rule": sample tags in, match or no match out, evaluated with json-logic-js as the router would. */
import { useId, useState } from 'react'
import { CheckCircle2, CircleSlash, AlertTriangle } from 'lucide-react'
import { Textarea } from '@/components/ui/input'
import { evaluateRule, parseJsonObjectText } from '../json-logic'

export const DEFAULT_SAMPLE = '{\n  "channel": "webchat",\n  "queue": "subscriptions",\n  "language": "nl"\n}'

export function RuleTester({ rule }: { rule: Record<string, unknown> | null }) {
  const id = useId()
  const [sample, setSample] = useState(DEFAULT_SAMPLE)
  const parsed = parseJsonObjectText(sample)
  const result = rule && parsed.ok ? evaluateRule(rule, parsed.value) : null
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-2">
      <h3 id={`${id}-title`} className="text-sm font-semibold">
        Test rule
      </h3>
      <label htmlFor={`${id}-sample`} className="text-xs text-muted">
        Sample tags (JSON), as the CX platform sends them with a message
      </label>
      <Textarea
        id={`${id}-sample`}
        rows={6}
        spellCheck={false}
        value={sample}
        onChange={(e) => setSample(e.target.value)}
        aria-invalid={parsed.ok ? undefined : true}
      />
      <output htmlFor={`${id}-sample`} aria-live="polite" className="text-sm">
        {!parsed.ok ? (
          <span className="flex items-center gap-1.5 text-danger">
            <AlertTriangle className="size-4" aria-hidden /> Sample tags: {parsed.error}
          </span>
        ) : rule === null ? (
          <span className="text-muted">Fix the rule to test it.</span>
        ) : result && !result.ok ? (
          <span className="flex items-center gap-1.5 text-danger">
            <AlertTriangle className="size-4" aria-hidden /> The rule failed: {result.error}
          </span>
        ) : result?.matches ? (
          <span className="flex items-center gap-1.5 font-medium text-success">
            <CheckCircle2 className="size-4" aria-hidden /> Matches: this route would pick the assistant.
          </span>
        ) : (
          <span className="flex items-center gap-1.5 font-medium text-muted">
            <CircleSlash className="size-4" aria-hidden /> No match.
          </span>
        )}
      </output>
    </section>
  )
}
