/** "Threads / <title>" heading of a thread page. */
import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { SubPageHeading } from '@/components/ui/sub-page-heading'

export function ThreadHeading({
  assistant,
  title,
  mono,
  extra,
}: {
  assistant: string
  title: ReactNode
  mono?: boolean
  extra?: ReactNode
}) {
  return (
    <SubPageHeading
      parent={
        <Link
          to="/assistants/$code/threads"
          params={{ code: assistant }}
          className="text-muted hover:text-fg hover:underline"
        >
          Threads
        </Link>
      }
      title={title}
      titleClassName={mono ? 'font-mono' : undefined}
      extra={extra}
    />
  )
}
