/** The frame around every page: navigation, header with the active connection, production warning. */
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react'
import { Link, useRouter, useRouterState } from '@tanstack/react-router'
import { focusPageHeading, restoreFocus } from '@/lib/focus'
import { onTogglePalette } from '@/lib/palette'
import { Search } from 'lucide-react'
import { useConnection } from '@/api/connection-context'
import { ConnectionStatus } from './connection-status'
import { SETTINGS_NAV, platformOfPath, usePlatform } from '@/platforms/registry'
import { PlatformMismatch } from './platform-mismatch'
import { ThemeToggle } from './theme-toggle'

// The palette's code loads the first time it opens.
const CommandPalette = lazy(() => import('./command-palette'))

export function AppShell({ children }: { children: ReactNode }) {
  const { environment } = useConnection()
  const production = environment.kind === 'production'
  const platform = usePlatform()
  const navItems = [...platform.nav, SETTINGS_NAV]
  // The path of what is on screen (resolvedLocation), not where a pending navigation goes: while the
  // next page loads, the previous page is still rendered and must not run with the new connection.
  const pathname = useRouterState({ select: (s) => (s.resolvedLocation ?? s.location).pathname })
  const pagePlatform = platformOfPath(pathname)
  const [paletteOpen, setPaletteOpenState] = useState(false)
  const [paletteUsed, setPaletteUsed] = useState(false)
  // What had focus when the palette opened: focus goes back there when it closes without navigating.
  const paletteOpener = useRef<Element | null>(null)
  const setPaletteOpen = (open: boolean) => {
    if (open) {
      paletteOpener.current = document.activeElement
      setPaletteUsed(true)
    } else {
      const opener = paletteOpener.current
      requestAnimationFrame(() => {
        if (document.activeElement === document.body || document.activeElement === null) restoreFocus(opener)
      })
    }
    setPaletteOpenState(open)
  }
  const paletteToggle = useRef(() => setPaletteOpen(!paletteOpen))
  useEffect(() => {
    paletteToggle.current = () => setPaletteOpen(!paletteOpen)
  })
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault()
        paletteToggle.current()
      }
    }
    window.addEventListener('keydown', onKey)
    const off = onTogglePalette(() => paletteToggle.current())
    return () => {
      window.removeEventListener('keydown', onKey)
      off()
    }
  }, [])
  useFocusAfterNavigation()
  return (
    <div className="flex h-full flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2"
      >
        Skip to content
      </a>
      {production ? (
        <div role="status" className="bg-danger px-4 py-1.5 text-center text-sm font-semibold text-white dark:text-bg">
          PRODUCTION: {environment.target ?? environment.label}. Changes here affect live customers.
        </div>
      ) : null}
      <div className="flex min-h-0 flex-1">
        <nav
          aria-label="Main"
          className="hidden w-56 shrink-0 flex-col gap-1 border-r border-border bg-surface px-3 py-4 sm:flex"
        >
          <Link to={platform.home} className="mb-4 flex items-center gap-2 px-2 text-sm font-semibold">
            <img src="/favicon.svg" alt="" className="size-6" />
            Assistants Console
          </Link>
          {navItems.map(({ to, label, icon: Icon }) => (
            <Link
              key={to}
              to={to}
              className="flex items-center gap-2.5 rounded-md px-2.5 py-2 text-sm text-muted hover:bg-surface-2 hover:text-fg"
              activeProps={{ className: 'bg-surface-2 !text-fg font-medium', 'aria-current': 'page' }}
            >
              <Icon className="size-4" aria-hidden />
              {label}
            </Link>
          ))}
        </nav>
        <div className="flex min-w-0 flex-1 flex-col">
          <header
            className={`flex h-14 shrink-0 items-center justify-between gap-3 border-b px-4 ${production ? 'border-danger/50 bg-danger/5' : 'border-border bg-surface'}`}
          >
            <nav aria-label="Main (compact)" className="flex gap-1 sm:hidden">
              {navItems.map(({ to, label, icon: Icon }) => (
                <Link key={to} to={to} aria-label={label} className="rounded-md p-2 text-muted hover:bg-surface-2">
                  <Icon className="size-4" aria-hidden />
                </Link>
              ))}
            </nav>
            <ConnectionStatus />
            <div className="flex items-center gap-1">
              <button
                type="button"
                onClick={() => setPaletteOpen(true)}
                className="hidden items-center gap-2 rounded-md border border-border px-2.5 py-1.5 text-sm text-muted hover:bg-surface-2 md:flex"
              >
                <Search className="size-4" aria-hidden /> Go to…
                <kbd className="rounded border border-border px-1 text-xs">Ctrl K</kbd>
              </button>
              <ThemeToggle />
            </div>
          </header>
          <main id="main" className="min-h-0 flex-1 overflow-auto">
            {/* A page of another platform than the connection's would call the wrong API: say so instead. */}
            {pagePlatform && pagePlatform !== platform.id ? <PlatformMismatch page={pagePlatform} /> : children}
          </main>
          {paletteUsed ? (
            <Suspense fallback={null}>
              <CommandPalette open={paletteOpen} onOpenChange={setPaletteOpen} />
            </Suspense>
          ) : null}
        </div>
      </div>
    </div>
  )
}

/**
 * After a navigation that removed the focused element (a redirect after create
 * or delete, a palette jump), focus lands on the new page's heading instead of
 * the document body. Clicking a link keeps focus on the link: nothing to do then.
 */
function useFocusAfterNavigation() {
  const router = useRouter()
  useEffect(
    () =>
      router.subscribe('onResolved', (event) => {
        if (!event.pathChanged) return
        // The previous page may stay on screen for a few frames (its focused element about to go):
        // watch for up to two seconds; once focus falls to the body, the new page's heading takes it.
        let frames = 0
        const tryFocus = () => {
          const active = document.activeElement
          if ((active === document.body || active === null) && focusPageHeading()) return
          if (++frames < 120) requestAnimationFrame(tryFocus)
        }
        requestAnimationFrame(tryFocus)
      }),
    [router],
  )
}
