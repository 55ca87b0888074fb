/** Frame of the Flowise assistant pages: breadcrumb back to the list, the icon beside the title, content. */
import type { ReactNode } from 'react'
import { Breadcrumb } from '@/components/ui/breadcrumb'
import { Page } from '@/components/ui/page'

export function FlowiseAssistantPageFrame({
  crumb,
  title,
  icon,
  description,
  children,
}: {
  crumb: string
  title: ReactNode
  icon?: ReactNode
  description?: ReactNode
  children: ReactNode
}) {
  return (
    <Page
      breadcrumb={<Breadcrumb to="/flowise/assistants" label="Assistants" current={crumb} mono={false} />}
      title={
        <span className="flex min-w-0 items-center gap-3">
          {icon}
          <span className="truncate">{title}</span>
        </span>
      }
      description={description}
    >
      {children}
    </Page>
  )
}
