/** Sample tags against every route of every assistant: what matches, and whether assistants conflict. */
import { useId } from 'react'
import { Link } from '@tanstack/react-router'
import { Badge } from '@/components/ui/badge'
import { Textarea } from '@/components/ui/input'
import { Panel } from '@/components/ui/page'
import { parseJsonObjectText } from '../json-logic'
import { isConflict, matchingRoutes, type RouteRef } from '../overlaps'

export function AllRoutesTester({
  routes,
  text,
  onTextChange,
}: {
  routes: RouteRef[]
  text: string
  onTextChange: (text: string) => void
}) {
  const id = useId()
  const parsed = parseJsonObjectText(text)
  const matched = parsed.ok ? matchingRoutes(routes, parsed.value) : []
  const assistants = [...new Set(matched.map((r) => r.assistant))]
  return (
    <Panel className="flex flex-col gap-2 p-4 lg:sticky lg:top-4">
      <h2 className="text-sm font-semibold">Test tags against every route</h2>
      <label htmlFor={`${id}-tags`} className="text-xs text-muted">
        Sample tags (JSON)
      </label>
      <Textarea
        id={`${id}-tags`}
        rows={7}
        spellCheck={false}
        value={text}
        onChange={(e) => onTextChange(e.target.value)}
        aria-invalid={parsed.ok ? undefined : true}
        aria-describedby={`${id}-result`}
      />
      <div id={`${id}-result`} aria-live="polite" className="text-sm">
        {!parsed.ok ? (
          <p className="text-danger">{parsed.error}</p>
        ) : matched.length === 0 ? (
          <p className="text-muted">No route matches: a conversation with these tags reaches no assistant.</p>
        ) : (
          <>
            <p className="mb-2">
              {matched.length} route{matched.length === 1 ? '' : 's'} of {assistants.length} assistant
              {assistants.length === 1 ? '' : 's'} match.
            </p>
            {isConflict(matched) ? (
              <p role="alert" className="mb-2 rounded-md border border-warning/40 bg-warning/10 p-2 text-xs">
                <strong>Conflict:</strong> routes of {assistants.join(', ')} all match these tags. Which assistant gets
                the conversation is not documented.
              </p>
            ) : null}
            <ul aria-label="Matching routes" className="flex flex-col gap-1">
              {matched.map((r) => (
                <li key={`${r.assistant}#${r.id}`} className="flex items-center justify-between gap-2">
                  <Link
                    to="/assistants/$code/routes/$routeId"
                    params={{ code: r.assistant, routeId: r.id }}
                    className="truncate font-mono text-xs hover:underline"
                  >
                    {r.assistant} #{r.id}
                  </Link>
                  <Badge tone="success">matches</Badge>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Panel>
  )
}
