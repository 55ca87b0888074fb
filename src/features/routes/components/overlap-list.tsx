/** Overlaps between assistants' routes, each with the tags that cause it and a way to try them. */
import { Link } from '@tanstack/react-router'
import { TriangleAlert } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Panel } from '@/components/ui/page'
import type { Overlap, Tags } from '../overlaps'

export function OverlapList({ overlaps, onTest }: { overlaps: Overlap[]; onTest: (tags: Tags) => void }) {
  const direct = overlaps.filter((o) => o.kind === 'direct')
  const combined = overlaps.filter((o) => o.kind === 'combined')
  return (
    <Panel className="p-4">
      <h2 className="flex items-center gap-2 text-sm font-semibold">
        {direct.length > 0 ? <TriangleAlert className="size-4 text-warning" aria-hidden /> : null}
        {direct.length > 0
          ? `${direct.length} conflict${direct.length === 1 ? '' : 's'} between assistants`
          : 'No direct conflicts between assistants'}
      </h2>
      <p className="mt-1 text-xs text-muted">
        {direct.length > 0
          ? 'Tags that one route is written for also reach another assistant’s route. Which one wins is not documented: narrow one of the rules.'
          : 'No route’s own tags reach another assistant’s route (rules using NOT or custom operators are not analysed).'}
        {combined.length > 0
          ? ' Tags that combine two rules’ conditions can still reach both; those are listed below.'
          : ''}
      </p>
      {direct.length > 0 ? <OverlapItems label="Route conflicts" items={direct} onTest={onTest} /> : null}
      {combined.length > 0 ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm">
            {combined.length} possible overlap{combined.length === 1 ? '' : 's'} when tags combine two rules (e.g. a
            channel and a queue)
          </summary>
          <OverlapItems label="Route conflicts from combined tags" items={combined} onTest={onTest} />
        </details>
      ) : null}
    </Panel>
  )
}

function OverlapItems({ label, items, onTest }: { label: string; items: Overlap[]; onTest: (tags: Tags) => void }) {
  return (
    <ul aria-label={label} className="mt-3 flex flex-col gap-3">
      {items.map((o) => {
        const tagsText = JSON.stringify(o.tags)
        return (
          <li
            key={o.routes.map((r) => `${r.assistant}#${r.id}`).join('|')}
            className="rounded-md border border-border p-3"
          >
            <p className="text-sm">
              {o.routes.map((r, i) => (
                <span key={`${r.assistant}#${r.id}`}>
                  {i > 0 ? (i === o.routes.length - 1 ? ' and ' : ', ') : null}
                  <Link
                    to="/assistants/$code/routes/$routeId"
                    params={{ code: r.assistant, routeId: r.id }}
                    className="font-mono text-xs text-accent hover:underline"
                  >
                    {r.assistant} #{r.id}
                  </Link>
                </span>
              ))}{' '}
              all match
            </p>
            <div className="mt-2 flex items-center justify-between gap-2">
              <code className="min-w-0 truncate rounded bg-surface-2 px-1.5 py-0.5 text-xs" title={tagsText}>
                {tagsText}
              </code>
              <Button
                size="sm"
                variant="secondary"
                onClick={() => onTest(o.tags)}
                aria-label={`Test the tags ${tagsText}`}
              >
                Test these tags
              </Button>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
