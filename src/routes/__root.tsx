import { createRootRouteWithContext, Outlet } from '@tanstack/react-router'
import { lazy, Suspense, useEffect, useState } from 'react'
import { AppShell } from '@/components/layout/app-shell'
import { EmptyState } from '@/components/ui/states'
import { useTheme } from '@/lib/theme'
import type { RouterContext } from '@/router-context'

// Toasts only appear after an action; their library loads after the first paint.
const Toaster = lazy(() => import('sonner').then((m) => ({ default: m.Toaster })))

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: () => <EmptyState title="Page not found" description="The address does not match any page of the console." />,
})

function RootLayout() {
  const { dark } = useTheme()
  const idle = useIdle()
  return (
    <AppShell>
      <Outlet />
      <Suspense fallback={null}>
        {idle ? <Toaster theme={dark ? 'dark' : 'light'} position="bottom-right" closeButton /> : null}
      </Suspense>
    </AppShell>
  )
}

/** True once the browser is idle after the first paint (deferred, non-critical UI mounts then). */
function useIdle(): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    const ric = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200))
    const id = ric(() => setIdle(true))
    return () => (window.cancelIdleCallback ?? window.clearTimeout)(id)
  }, [])
  return idle
}
