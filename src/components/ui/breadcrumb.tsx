/** "Parent › current" above a detail page's title. */
import { Link, type LinkProps } from '@tanstack/react-router'
import { ChevronRight } from 'lucide-react'
import { cn } from '@/lib/cn'

export function Breadcrumb({
  to,
  label,
  current,
  mono = true,
}: {
  to: LinkProps['to']
  label: string
  current: string
  mono?: boolean
}) {
  return (
    <nav aria-label="Breadcrumb" className="flex items-center gap-1 text-sm text-muted">
      <Link to={to} className="hover:text-fg hover:underline">
        {label}
      </Link>
      <ChevronRight className="size-3.5" aria-hidden />
      <span className={cn('text-fg', mono && 'font-mono')}>{current}</span>
    </nav>
  )
}
