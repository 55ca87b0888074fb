/** "Parent / Title" heading of a page inside an assistant's tab (a route, a thread). */
import type { ReactNode } from 'react'
import { cn } from '@/lib/cn'

export function SubPageHeading({
  parent,
  title,
  titleClassName,
  extra,
}: {
  parent: ReactNode
  title: ReactNode
  titleClassName?: string
  extra?: ReactNode
}) {
  return (
    <div className="flex items-center gap-2 text-sm">
      {parent}
      <span className="text-muted" aria-hidden>
        /
      </span>
      <h2 className={cn('font-semibold', titleClassName)}>{title}</h2>
      {extra}
    </div>
  )
}
