import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClientProvider } from '@tanstack/react-query'
import { createRouter, RouterProvider } from '@tanstack/react-router'
import { ConnectionProvider } from '@/api/connection-context'
import { ConnectionStore } from '@/api/connection-store'
import { loadConsoleConfig } from '@/api/console-config'
import { createQueryClient } from '@/lib/query-client'
import { RouteError, RouteNotFound, RoutePending } from '@/components/route-states'
import { routeTree } from './routeTree.gen'
import './index.css'

const queryClient = createQueryClient()

function makeRouter(connection: ConnectionStore) {
  return createRouter({
    routeTree,
    context: { queryClient, connection },
    defaultPreload: 'intent',
    // React Query owns caching; the router should always call loaders so they can warm it.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    // Loading, failure and "not found" of every route look the same and are owned here, not by pages.
    defaultPendingComponent: RoutePending,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: () => <RouteNotFound />,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof makeRouter>
  }
}

async function boot() {
  const config = await loadConsoleConfig()
  const connection = new ConnectionStore(config, window.localStorage, window.sessionStorage)
  const router = makeRouter(connection)
  const root = document.getElementById('root')
  if (!root) throw new Error('#root is missing from index.html')
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ConnectionProvider store={connection}>
          <RouterProvider router={router} />
        </ConnectionProvider>
      </QueryClientProvider>
    </StrictMode>,
  )
}

void boot()
