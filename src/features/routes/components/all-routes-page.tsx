/**
 * The account's routing at once: every route of every assistant, a tag tester
 * that runs sample tags against all of them, and the overlaps between
 * assistants (which route wins is not documented, so they are conflicts).
 * Each assistant's routes load separately: one that fails says so on its own.
 */
import { useMemo, useState } from 'react'
import { Link } from '@tanstack/react-router'
import { useQueries, useQuery } from '@tanstack/react-query'
import { Route as RouteIcon } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { assistantQueries } from '@/api/resources/assistants'
import { routeQueries } from '@/api/resources/routes'
import { errorMessage } from '@/api/api-error'
import { Button } from '@/components/ui/button'
import { ListStates } from '@/components/ui/list-states'
import { Page, Panel } from '@/components/ui/page'
import { TableSkeleton } from '@/components/ui/skeleton'
import { EmptyState } from '@/components/ui/states'
import { describeRule } from '../json-logic'
import { findOverlaps, type RouteRef } from '../overlaps'
import { AllRoutesTester } from './all-routes-tester'
import { OverlapList } from './overlap-list'
import { DEFAULT_SAMPLE } from './rule-tester'

/** Routes may carry a creation time the published spec doesn't list; show it when they do. */
function createdOf(route: Record<string, unknown>): string | null {
  const raw = route.created ?? route.created_at
  if (typeof raw !== 'string') return null
  const d = new Date(raw)
  return Number.isNaN(d.getTime()) ? raw : d.toLocaleString()
}

export function AllRoutesPage({
  sample,
  onSampleChange,
}: {
  sample: string | undefined
  onSampleChange: (sample: string | undefined) => void
}) {
  const client = useApiClient()
  // The tester's text lives here so "Test these tags" can load a conflict's tags into it; the URL follows.
  const [text, setText] = useState(sample ?? DEFAULT_SAMPLE)
  const changeText = (next: string) => {
    setText(next)
    onSampleChange(next === DEFAULT_SAMPLE ? undefined : next)
  }
  const assistants = useQuery(assistantQueries.list(client))
  const codes = useMemo(() => (assistants.data ?? []).map((a) => a.code), [assistants.data])
  const perAssistant = useQueries({
    queries: codes.map((code) => routeQueries.listWithUnreadable(client, code)),
  })
  const loading = perAssistant.filter((q) => q.isPending).length
  const failed = codes.map((code, i) => ({ code, query: perAssistant[i] })).filter((x) => x.query?.isError)
  const routes: (RouteRef & { created: string | null })[] = codes.flatMap(
    (code, i) =>
      perAssistant[i]?.data?.items.map((r) => ({
        assistant: r.assistant ?? code,
        id: r.id,
        tags: r.tags,
        created: createdOf(r),
      })) ?? [],
  )
  // Overlaps only once every list is in, so a conflict never flickers in and out while loading.
  const routesKey = loading === 0 ? JSON.stringify(routes.map((r) => [r.assistant, r.id, r.tags])) : null
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the routes' content, not the array identity
  const overlaps = useMemo(() => (routesKey ? findOverlaps(routes) : null), [routesKey])

  return (
    <Page
      title="Routes"
      description="Every route of every assistant on this connection. A conversation whose tags match a route goes to that route's assistant."
    >
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-5">
          <Panel className="overflow-hidden">
            <ListStates
              query={assistants}
              what="assistants"
              loading={<TableSkeleton rows={4} label="Loading routes" />}
              empty={
                <EmptyState
                  icon={<RouteIcon className="size-6" aria-hidden />}
                  title="No assistants yet"
                  description="Routes belong to assistants; create an assistant first."
                />
              }
            >
              {() => (
                <>
                  <p role="status" className="border-b border-border px-4 py-2 text-xs text-muted">
                    {loading > 0
                      ? `Loading routes of ${codes.length - loading} of ${codes.length} assistants…`
                      : `${routes.length} route${routes.length === 1 ? '' : 's'} across ${codes.length} assistant${codes.length === 1 ? '' : 's'}.`}
                  </p>
                  {failed.length > 0 ? (
                    <ul aria-label="Assistants whose routes could not be read" className="border-b border-border">
                      {failed.map(({ code, query }) => (
                        <li
                          key={code}
                          className="flex items-center justify-between gap-3 px-4 py-2 text-sm text-danger"
                        >
                          <span>
                            Routes of <span className="font-mono">{code}</span> could not be read:{' '}
                            {errorMessage(query?.error)}
                          </span>
                          <Button size="sm" variant="secondary" onClick={() => void query?.refetch()}>
                            Retry
                          </Button>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {routes.length === 0 && loading === 0 ? (
                    <EmptyState
                      icon={<RouteIcon className="size-6" aria-hidden />}
                      title="No routes on this connection"
                      description="Add a route on an assistant's Routes tab to hand it conversations by their tags."
                    />
                  ) : (
                    <table className="w-full text-sm">
                      <caption className="sr-only">All routes</caption>
                      <thead className="bg-surface-2/60 text-left text-xs text-muted">
                        <tr>
                          <th scope="col" className="px-4 py-2 font-medium">
                            Assistant
                          </th>
                          <th scope="col" className="px-4 py-2 font-medium">
                            Route
                          </th>
                          <th scope="col" className="px-4 py-2 font-medium">
                            Rule
                          </th>
                          <th scope="col" className="px-4 py-2 font-medium">
                            Created
                          </th>
                        </tr>
                      </thead>
                      <tbody className="divide-y divide-border">
                        {routes.map((r) => (
                          <tr key={`${r.assistant}#${r.id}`}>
                            <td className="px-4 py-2 font-mono text-xs">
                              <Link
                                to="/assistants/$code/routes"
                                params={{ code: r.assistant }}
                                className="hover:underline"
                              >
                                {r.assistant}
                              </Link>
                            </td>
                            <td className="px-4 py-2 font-mono text-xs">
                              <Link
                                to="/assistants/$code/routes/$routeId"
                                params={{ code: r.assistant, routeId: r.id }}
                                className="text-accent hover:underline"
                                aria-label={`Route #${r.id} of ${r.assistant}`}
                              >
                                #{r.id}
                              </Link>
                            </td>
                            <td className="px-4 py-2 font-mono text-xs break-all">{describeRule(r.tags)}</td>
                            <td className="px-4 py-2 text-xs whitespace-nowrap text-muted">{r.created ?? '—'}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </>
              )}
            </ListStates>
          </Panel>
          {overlaps ? (
            <OverlapList overlaps={overlaps} onTest={(tags) => changeText(JSON.stringify(tags, null, 2))} />
          ) : null}
        </div>
        <AllRoutesTester routes={routes} text={text} onTextChange={changeText} />
      </div>
    </Page>
  )
}
