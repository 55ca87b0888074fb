import { createFileRoute } from '@tanstack/react-router'
import { SuiteListPage } from '@/features/suites/components/suite-list-page'

// Non-blocking: the page shows its own loading state while the suites are read from IndexedDB.
export const Route = createFileRoute('/suites/')({
  component: SuiteListPage,
})
