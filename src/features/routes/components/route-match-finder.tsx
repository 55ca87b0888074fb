/** Across this assistant's routes: which match a set of sample tags. The sample lives in the URL so it can be shared. */
import { useId, useState } from 'react'
import { Link } from '@tanstack/react-router'
import type { Route } from '@/contract/route'
import { Badge } from '@/components/ui/badge'
import { Textarea } from '@/components/ui/input'
import { Panel } from '@/components/ui/page'
import { evaluateRule, parseJsonObjectText } from '../json-logic'
import { DEFAULT_SAMPLE } from './rule-tester'

export function RouteMatchFinder({
  routes,
  sample,
  onSampleChange,
  assistant,
}: {
  routes: Route[]
  sample: string | undefined
  onSampleChange: (s: string | undefined) => void
  assistant: string
}) {
  const id = useId()
  // Local state keeps typing smooth; the URL follows so the sample can be shared.
  const [text, setText] = useState(sample ?? DEFAULT_SAMPLE)
  const parsed = parseJsonObjectText(text)
  const results = parsed.ok ? routes.map((r) => ({ route: r, result: evaluateRule(r.tags, parsed.value) })) : []
  const matching = results.filter((x) => x.result.ok && x.result.matches)
  return (
    <Panel className="flex flex-col gap-2 p-4">
      <h2 className="text-sm font-semibold">Which route matches?</h2>
      <label htmlFor={`${id}-tags`} className="text-xs text-muted">
        Sample tags (JSON)
      </label>
      <Textarea
        id={`${id}-tags`}
        rows={6}
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          onSampleChange(e.target.value === DEFAULT_SAMPLE ? undefined : e.target.value)
        }}
        aria-invalid={parsed.ok ? undefined : true}
      />
      <div aria-live="polite" className="text-sm">
        {!parsed.ok ? (
          <p className="text-danger">{parsed.error}</p>
        ) : routes.length === 0 ? (
          <p className="text-muted">No routes to test.</p>
        ) : (
          <>
            <p className="mb-2 text-muted">
              {matching.length === 0
                ? 'No route of this assistant matches.'
                : `${matching.length} of ${routes.length} route${routes.length === 1 ? '' : 's'} match.`}
            </p>
            <ul className="flex flex-col gap-1">
              {results.map(({ route, result }) => (
                <li key={route.id} className="flex items-center justify-between gap-2">
                  <Link
                    to="/assistants/$code/routes/$routeId"
                    params={{ code: assistant, routeId: route.id }}
                    className="font-mono text-xs hover:underline"
                  >
                    Route #{route.id}
                  </Link>
                  {!result.ok ? (
                    <Badge tone="danger">error</Badge>
                  ) : result.matches ? (
                    <Badge tone="success">matches</Badge>
                  ) : (
                    <Badge>no match</Badge>
                  )}
                </li>
              ))}
            </ul>
            {matching.length > 1 ? (
              <p className="mt-2 text-xs text-warning">Several routes match; which one wins is not documented.</p>
            ) : null}
          </>
        )}
      </div>
    </Panel>
  )
}
