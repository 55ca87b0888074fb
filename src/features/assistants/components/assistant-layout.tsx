/** Frame of one assistant's pages: its name and code, tabs (configuration, routes, threads, history) and a playground link. */
import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import { FlaskConical } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { assistantQueries } from '@/api/resources/assistants'
import { Breadcrumb } from '@/components/ui/breadcrumb'
import { buttonClasses } from '@/components/ui/button'

const tabs = [
  { to: '/assistants/$code', label: 'Configuration', exact: true },
  { to: '/assistants/$code/routes', label: 'Routes', exact: false },
  { to: '/assistants/$code/threads', label: 'Threads', exact: false },
  { to: '/assistants/$code/history', label: 'History', exact: false },
] as const

/** Loading, not-found and errors are the route's (see routes/assistants/$code.tsx). */
export function AssistantLayout({ code, children }: { code: string; children: ReactNode }) {
  const client = useApiClient()
  const { data: assistant } = useSuspenseQuery(assistantQueries.detail(client, code))
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-4 px-6 py-6">
      <Breadcrumb to="/assistants" label="Assistants" current={code} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="truncate text-xl font-semibold tracking-tight">{assistant.name || code}</h1>
          <p className="mt-1 font-mono text-sm text-muted">{code}</p>
        </div>
        <Link to="/playground" search={{ assistant: code }} className={buttonClasses('secondary')}>
          <FlaskConical className="size-4" aria-hidden /> Open in playground
        </Link>
      </div>
      <nav aria-label="Assistant sections" className="flex gap-1 border-b border-border">
        {tabs.map((t) => (
          <Link
            key={t.to}
            to={t.to}
            params={{ code }}
            activeOptions={{ exact: t.exact }}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm text-muted hover:text-fg"
            activeProps={{ className: '!border-accent !text-fg font-medium', 'aria-current': 'page' }}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  )
}
