/** Page frame: a title row with actions, then content. Every page uses it so headings stay consistent. */
import type { ReactNode } from 'react'
import { cn } from '@/lib/cn'

interface PageProps {
  title: ReactNode
  description?: ReactNode
  actions?: ReactNode
  /** Shown above the title on detail pages (see Breadcrumb). */
  breadcrumb?: ReactNode
  children: ReactNode
  className?: string
}

export function Page({ title, description, actions, breadcrumb, children, className }: PageProps) {
  return (
    <div className={cn('mx-auto flex w-full max-w-7xl flex-col gap-5 px-6 py-6', className)}>
      <div className="flex flex-col gap-2">
        {breadcrumb}
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

export function Panel({ children, className }: { children: ReactNode; className?: string }) {
  return <section className={cn('rounded-lg border border-border bg-surface shadow-sm', className)}>{children}</section>
}
