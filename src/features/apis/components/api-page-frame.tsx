/** Frame of the API detail and create pages: breadcrumb back to the list, title row, content. */
import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { ChevronRight } from 'lucide-react'

export function ApiPageFrame({ crumb, title, description, actions, children }: { crumb: string; title: ReactNode; description?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-5 px-6 py-6">
      <div className="flex flex-col gap-2">
        <nav aria-label="Breadcrumb" className="flex items-center gap-1 text-sm text-muted">
          <Link to="/apis" className="hover:text-fg hover:underline">
            APIs
          </Link>
          <ChevronRight className="size-3.5" aria-hidden />
          <span className="font-mono text-fg">{crumb}</span>
        </nav>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 className="truncate text-xl font-semibold tracking-tight">{title}</h1>
            {description ? <div className="mt-1 text-sm text-muted">{description}</div> : null}
          </div>
          {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
        </div>
      </div>
      {children}
    </div>
  )
}
