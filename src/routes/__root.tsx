import { createRootRouteWithContext, Outlet } from '@tanstack/react-router'
import { Toaster } from 'sonner'
import { AppShell } from '@/components/layout/app-shell'
import { EmptyState } from '@/components/ui/states'
import { useTheme } from '@/lib/theme'
import type { RouterContext } from '@/router-context'

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: () => <EmptyState title="Page not found" description="The address does not match any page of the console." />,
})

function RootLayout() {
  const { dark } = useTheme()
  return (
    <AppShell>
      <Outlet />
      <Toaster theme={dark ? 'dark' : 'light'} position="bottom-right" richColors closeButton />
    </AppShell>
  )
}
