/**
 * The "New …" action of a list: a link, or on a read-only connection a
 * disabled look-alike whose title says why (instead of a 403 later).
 */
import { Link, type LinkProps } from '@tanstack/react-router'
import { Plus } from 'lucide-react'
import { cn } from '@/lib/cn'
import { buttonClasses } from './button'

interface CreateLinkProps {
  label: string
  canWrite: boolean
  reason: string | null
  size?: 'sm' | 'md'
  to: LinkProps['to']
  params?: LinkProps['params']
}

export function CreateLink({ label, canWrite, reason, size = 'md', to, params }: CreateLinkProps) {
  const content = (
    <>
      <Plus className="size-4" aria-hidden /> {label}
    </>
  )
  if (canWrite)
    return (
      <Link to={to} params={params} className={buttonClasses('primary', size)}>
        {content}
      </Link>
    )
  return (
    <span
      className={cn(buttonClasses('primary', size), 'cursor-not-allowed opacity-50')}
      title={reason ?? undefined}
      aria-disabled="true"
    >
      {content}
    </span>
  )
}
