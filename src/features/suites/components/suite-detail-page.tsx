/** One suite: its details, its cases, export, delete, and its runs (the runs section). */
import { useState } from 'react'
import { Link, useNavigate } from '@tanstack/react-router'
import { Download, ListChecks, Plus } from 'lucide-react'
import { toast } from '@/lib/notify'
import { suiteStore, useSuite } from '@/lib/qa/suite-store'
import { Breadcrumb } from '@/components/ui/breadcrumb'
import { Button, buttonClasses } from '@/components/ui/button'
import { DeleteButton } from '@/components/edit/delete-button'
import { DeleteDialog } from '@/components/edit/delete-dialog'
import { Page, Panel } from '@/components/ui/page'
import { EmptyState } from '@/components/ui/states'
import { RouteNotFound } from '@/components/route-states'
import { SuiteRunsSection } from '../runs/suite-runs-section'
import { downloadSuite, suiteFileName } from '../suite-file-io'
import { CaseTable } from './case-table'
import { SuiteDetailsForm } from './suite-details-form'

export function SuiteDetailPage({ suiteId }: { suiteId: string }) {
  const entry = useSuite(suiteId)
  const navigate = useNavigate()
  const [deleting, setDeleting] = useState(false)
  // Deleted here: the page is being left, show nothing rather than "gone" for a frame.
  const [removedHere, setRemovedHere] = useState(false)
  if (!entry && removedHere) return null
  // Deleted meanwhile (another tab): the loader found it, so this is not a bad address.
  if (!entry)
    return (
      <RouteNotFound
        title="This suite is gone"
        description="It was deleted, perhaps in another tab."
        back={{ to: '/suites', label: 'Back to suites' }}
      />
    )
  const { suite } = entry
  const addCase = (
    <Link to="/suites/new-case" search={{ source: 'blank', suite: suite.id }} className={buttonClasses('primary')}>
      <Plus className="size-4" aria-hidden /> Add case
    </Link>
  )
  return (
    <Page
      title={suite.name}
      breadcrumb={<Breadcrumb to="/suites" label="Suites" current={suite.name} mono={false} />}
      description={`${suite.cases.length} case${suite.cases.length === 1 ? '' : 's'} · id ${suite.id}`}
      actions={
        <>
          <Button
            onClick={() => downloadSuite(suite)}
            title={`Download ${suiteFileName(suite)}`}
            aria-label={`Export ${suiteFileName(suite)}`}
          >
            <Download className="size-4" aria-hidden /> Export
          </Button>
          {addCase}
        </>
      }
    >
      <div className="grid items-start gap-5 2xl:grid-cols-[minmax(0,1fr)_22rem]">
        <Panel className="overflow-hidden">
          <h2 className="border-b border-border px-4 py-2.5 text-sm font-semibold">Cases</h2>
          {suite.cases.length === 0 ? (
            <EmptyState
              icon={<ListChecks className="size-6" aria-hidden />}
              title="No cases yet"
              description="Make a case from a playground run, a thread, a seeded or pasted conversation, or start blank."
              action={addCase}
            />
          ) : (
            <CaseTable suite={suite} />
          )}
        </Panel>
        <Panel className="p-4">
          <h2 className="mb-3 text-sm font-semibold">Details</h2>
          <SuiteDetailsForm key={suite.id} suite={suite} />
          <div className="mt-4 border-t border-border pt-3">
            <DeleteButton onClick={() => setDeleting(true)} disabledReason={null} />
          </div>
        </Panel>
      </div>
      <SuiteRunsSection suite={suite} />
      <DeleteDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete suite “${suite.name}”?`}
        description={`Its ${suite.cases.length} case(s) are deleted with it from this browser. Export it first to keep a copy.`}
        confirmLabel="Delete suite"
        remove={() => {
          setRemovedHere(true)
          return suiteStore.remove(suite.id).catch((e: unknown) => {
            setRemovedHere(false)
            throw e
          })
        }}
        onGone={async () => {
          toast.success(`Suite “${suite.name}” deleted`)
          await navigate({ to: '/suites', ignoreBlocker: true })
        }}
      />
    </Page>
  )
}
