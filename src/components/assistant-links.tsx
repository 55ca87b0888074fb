/** A compact list of assistants (name and code), each linking to its page: "used by" panels. */
import { Link } from '@tanstack/react-router'
import { Bot } from 'lucide-react'
import type { Assistant } from '@/contract/assistant'
import { cn } from '@/lib/cn'

export function AssistantLinks({
  assistants,
  label,
  className,
}: {
  assistants: Assistant[]
  label: string
  className?: string
}) {
  return (
    <ul aria-label={label} className={cn('flex flex-col py-1', className)}>
      {assistants.map((a) => (
        <li key={a.code}>
          <Link
            to="/assistants/$code"
            params={{ code: a.code }}
            className="flex items-center gap-2.5 px-4 py-2 text-sm hover:bg-surface-2"
          >
            <Bot className="size-4 shrink-0 text-muted" aria-hidden />
            <span className="min-w-0">
              <span className="block truncate font-medium">{a.name}</span>
              <span className="block truncate font-mono text-xs text-muted">{a.code}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
