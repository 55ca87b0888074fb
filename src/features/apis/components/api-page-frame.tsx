/** Frame of the API detail and create pages: breadcrumb back to the list, title row, content. */
import type { ReactNode } from 'react'
import { Breadcrumb } from '@/components/ui/breadcrumb'
import { Page } from '@/components/ui/page'

export function ApiPageFrame({
  crumb,
  title,
  description,
  actions,
  children,
}: {
  crumb: string
  title: ReactNode
  description?: ReactNode
  actions?: ReactNode
  children: ReactNode
}) {
  return (
    <Page
      breadcrumb={<Breadcrumb to="/apis" label="APIs" current={crumb} />}
      title={title}
      description={description}
      actions={actions}
    >
      {children}
    </Page>
  )
}
