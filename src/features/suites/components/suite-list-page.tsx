/**
 * The suites kept in this browser: name, cases, assistants covered, last
 * change; create, import a file, add the demo suite, delete.
 */
import { useState } from 'react'
import { Link } from '@tanstack/react-router'
import { ListChecks, Trash2 } from 'lucide-react'
import { toast } from '@/lib/notify'
import { suiteStore, useSuites, type SuiteEntry } from '@/lib/qa/suite-store'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { DeleteDialog } from '@/components/edit/delete-dialog'
import { Page, Panel } from '@/components/ui/page'
import { TableSkeleton } from '@/components/ui/skeleton'
import { EmptyState } from '@/components/ui/states'
import { AddDemoSuiteButton, hasDemoSuite } from './add-demo-suite-button'
import { CreateSuiteButton } from './create-suite-button'
import { ImportSuiteButton } from './import-suite-button'

export const formatWhen = (ms: number): string =>
  new Date(ms).toLocaleString('en-GB', {
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })

export const assistantsOf = (entry: SuiteEntry): string[] =>
  [...new Set(entry.suite.cases.map((c) => c.assistant))].sort()

export function SuiteListPage() {
  const state = useSuites()
  const [deleting, setDeleting] = useState<SuiteEntry | null>(null)
  return (
    <Page
      title="Suites"
      description="Test cases with assertions, grouped in suites, kept in this browser and exported as files for git. Run them against any connection."
      actions={
        <>
          <ImportSuiteButton />
          <CreateSuiteButton />
        </>
      }
    >
      {state.loaded && !state.persistent ? (
        <p role="status" className="rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm">
          This browser does not allow IndexedDB here: suites are kept for this page only. Export them to keep them.
        </p>
      ) : null}
      <Panel className="overflow-hidden">
        {!state.loaded ? (
          <TableSkeleton rows={3} label="Loading suites" />
        ) : state.entries.length === 0 ? (
          <EmptyState
            icon={<ListChecks className="size-6" aria-hidden />}
            title="No suites yet"
            description="Create a suite and add cases (from a playground run, a thread, a conversation or blank), import a suite file, or start from the demo suite for the seeded assistants."
            action={
              <div className="flex flex-wrap justify-center gap-2">
                {hasDemoSuite ? <AddDemoSuiteButton /> : null}
                <CreateSuiteButton variant="secondary" />
              </div>
            }
          />
        ) : (
          <SuiteTable entries={state.entries} onDelete={setDeleting} />
        )}
      </Panel>
      {state.unreadable > 0 ? (
        <p className="text-xs text-muted">
          {state.unreadable} stored suite{state.unreadable === 1 ? '' : 's'} could not be read and{' '}
          {state.unreadable === 1 ? 'is' : 'are'} not shown.
        </p>
      ) : null}
      <DeleteDialog
        open={deleting !== null}
        onOpenChange={(o) => !o && setDeleting(null)}
        title={`Delete suite “${deleting?.suite.name ?? ''}”?`}
        description={`Its ${deleting?.suite.cases.length ?? 0} case(s) are deleted with it from this browser. Export it first to keep a copy.`}
        confirmLabel="Delete suite"
        remove={() => (deleting ? suiteStore.remove(deleting.suite.id) : Promise.resolve())}
        onGone={() => {
          if (deleting) toast.success(`Suite “${deleting.suite.name}” deleted`)
          setDeleting(null)
        }}
      />
    </Page>
  )
}

function SuiteTable({ entries, onDelete }: { entries: SuiteEntry[]; onDelete: (e: SuiteEntry) => void }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] table-fixed text-sm">
        <thead className="bg-surface-2/80 text-left text-xs text-muted uppercase">
          <tr>
            <th scope="col" className="w-[38%] px-4 py-2.5 font-medium">
              Name
            </th>
            <th scope="col" className="w-[8%] px-4 py-2.5 text-right font-medium">
              Cases
            </th>
            <th scope="col" className="w-[30%] px-4 py-2.5 font-medium">
              Assistants covered
            </th>
            <th scope="col" className="w-[17%] px-4 py-2.5 font-medium">
              Last updated
            </th>
            <th scope="col" className="w-[7%] px-4 py-2.5">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const { suite } = entry
            const assistants = assistantsOf(entry)
            return (
              <tr key={suite.id} className="border-t border-border hover:bg-surface-2/60">
                <td className="truncate px-4 py-3">
                  <Link
                    to="/suites/$suiteId"
                    params={{ suiteId: suite.id }}
                    className="font-medium text-accent hover:underline"
                  >
                    {suite.name}
                  </Link>
                  {suite.description ? (
                    <p className="truncate text-xs text-muted" title={suite.description}>
                      {suite.description}
                    </p>
                  ) : null}
                </td>
                <td className="px-4 py-3 text-right tabular-nums">{suite.cases.length}</td>
                <td className="px-4 py-3">
                  {assistants.length === 0 ? (
                    <span className="text-muted">None</span>
                  ) : (
                    <div className="flex flex-wrap gap-1">
                      {assistants.map((a) => (
                        <Badge key={a} className="font-mono">
                          {a}
                        </Badge>
                      ))}
                    </div>
                  )}
                </td>
                <td className="px-4 py-3 whitespace-nowrap text-muted tabular-nums">{formatWhen(entry.updatedAt)}</td>
                <td className="px-4 py-3 text-right">
                  <Button
                    size="icon"
                    variant="ghost"
                    className="size-8 hover:text-danger"
                    aria-label={`Delete suite ${suite.name}`}
                    onClick={() => onDelete(entry)}
                  >
                    <Trash2 className="size-3.5" aria-hidden />
                  </Button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
