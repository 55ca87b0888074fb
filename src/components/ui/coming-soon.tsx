import { Page } from './page'
import { EmptyState } from './states'

/** Placeholder for a page whose issue has not landed yet. */
export function ComingSoon({ title }: { title: string }) {
  return (
    <Page title={title}>
      <EmptyState title={`${title} is on its way`} description="This page is being built." />
    </Page>
  )
}
