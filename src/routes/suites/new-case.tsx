import { createFileRoute } from '@tanstack/react-router'
import { assistantQueries } from '@/api/resources/assistants'
import { suiteStore } from '@/lib/qa/suite-store'
import { RouteNotFound } from '@/components/route-states'
import { loadCaseSource } from '@/features/suites/api/case-source'
import { newCaseSearchSchema } from '@/features/suites/new-case-search'
import { SOURCE_LABELS } from '@/features/suites/case-seed'
import { NewCasePage } from '@/features/suites/components/new-case-page'

export const Route = createFileRoute('/suites/new-case')({
  validateSearch: newCaseSearchSchema,
  loaderDeps: ({ search }) => search,
  loader: async ({ context, deps }) => {
    const connection = context.connection.getSnapshot()
    // The assistant field's suggestions: not needed to show the page.
    void context.queryClient.prefetchQuery(assistantQueries.list(connection.client))
    const [data] = await Promise.all([loadCaseSource(context.queryClient, connection, deps), suiteStore.ready()])
    return data
  },
  notFoundComponent: NoSource,
  component: NewCaseRoute,
})

function NoSource() {
  const { source, ref } = Route.useSearch()
  return (
    <RouteNotFound
      title={`${SOURCE_LABELS[source]} ${ref ?? ''} not found`}
      description={
        source === 'run'
          ? 'Playground runs are kept in this browser per connection; this one is not in the history of the active connection.'
          : 'It may have been deleted, or it belongs to another connection.'
      }
      back={{ to: '/suites', label: 'Back to suites' }}
    />
  )
}

function NewCaseRoute() {
  const search = Route.useSearch()
  const data = Route.useLoaderData()
  return <NewCasePage search={search} data={data} />
}
