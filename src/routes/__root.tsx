import { createRootRouteWithContext, Outlet } from '@tanstack/react-router'
import { lazy, Suspense } from 'react'
import { useToasterRequested } from '@/lib/notify'
import { AppShell } from '@/components/layout/app-shell'
import { EmptyState } from '@/components/ui/states'
import { useTheme } from '@/lib/theme'
import type { RouterContext } from '@/router-context'

// Toasts only appear after an action: their library loads with the first toast.
const Toaster = lazy(() => import('@/components/layout/toaster'))

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: () => (
    <EmptyState title="Page not found" description="The address does not match any page of the console." />
  ),
})

function RootLayout() {
  const { dark } = useTheme()
  const toasts = useToasterRequested()
  return (
    <AppShell>
      <Outlet />
      <Suspense fallback={null}>{toasts ? <Toaster dark={dark} /> : null}</Suspense>
    </AppShell>
  )
}
