/** One test case of a suite, edited on the edit kit and saved to this browser's suite store. */
import { useState } from 'react'
import { zodResolver } from '@hookform/resolvers/zod'
import { Link, useNavigate } from '@tanstack/react-router'
import { ExternalLink } from 'lucide-react'
import { toast } from '@/lib/notify'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { SuiteNotFoundError, suiteStore, useSuite } from '@/lib/qa/suite-store'
import type { Suite, TestCase } from '@/lib/qa/suite-format'
import { DeleteButton } from '@/components/edit/delete-button'
import { DeleteDialog } from '@/components/edit/delete-dialog'
import { EditForm } from '@/components/edit/edit-form'
import { Page } from '@/components/ui/page'
import { RouteNotFound } from '@/components/route-states'
import {
  CASE_FIELD_LABELS,
  CASE_FORM_FIELDS,
  caseFormSchema,
  equalCaseField,
  toCase,
  toCaseFormValues,
  type CaseFormValues,
} from '../case-form-schema'
import { sourceLabel } from '../case-seed'
import { SUITES_DRAFT_SCOPE } from '../drafts'
import { CaseFormFields } from './case-form-fields'

export function CaseEditorPage({ suiteId, caseId }: { suiteId: string; caseId: string }) {
  const entry = useSuite(suiteId)
  const testCase = entry?.suite.cases.find((c) => c.id === caseId)
  // Deleted from this page: it is being left, show nothing rather than "gone" for a frame.
  const [removedHere, setRemovedHere] = useState(false)
  if (!testCase && removedHere) return null
  if (!entry || !testCase)
    return (
      <RouteNotFound
        title="This case is gone"
        description="It was deleted, perhaps in another tab."
        back={{ to: entry ? `/suites/${encodeURIComponent(suiteId)}` : '/suites', label: 'Back to the suite' }}
      />
    )
  return <CaseEditor key={`${suiteId}/${caseId}`} suite={entry.suite} testCase={testCase} onRemoving={setRemovedHere} />
}

function CaseBreadcrumb({ suite, name }: { suite: Suite; name: string }) {
  return (
    <nav aria-label="Breadcrumb" className="flex items-center gap-1 text-sm text-muted">
      <Link to="/suites" className="hover:text-fg hover:underline">
        Suites
      </Link>
      <span aria-hidden>›</span>
      <Link to="/suites/$suiteId" params={{ suiteId: suite.id }} className="hover:text-fg hover:underline">
        {suite.name}
      </Link>
      <span aria-hidden>›</span>
      <span className="text-fg">{name}</span>
    </nav>
  )
}

function SourceLine({ testCase }: { testCase: TestCase }) {
  const navigate = useNavigate()
  const { source } = testCase
  if (!source) return null
  return (
    <span>
      Made from{' '}
      {source.href ? (
        <a
          href={source.href}
          // In-app navigation: a full page load would drop the connection's in-memory credentials.
          onClick={(e) => {
            if (e.ctrlKey || e.metaKey || e.shiftKey || !source.href) return
            e.preventDefault()
            void navigate({ href: source.href })
          }}
          className="inline-flex items-center gap-1 text-accent hover:underline"
        >
          {sourceLabel(source)} <ExternalLink className="size-3" aria-hidden />
        </a>
      ) : (
        sourceLabel(source)
      )}
      {source.kind === 'run' && source.ref ? <span className="font-mono text-xs"> · run {source.ref}</span> : null}
    </span>
  )
}

function CaseEditor({
  suite,
  testCase,
  onRemoving,
}: {
  suite: Suite
  testCase: TestCase
  onRemoving: (removing: boolean) => void
}) {
  const navigate = useNavigate()
  const [deleting, setDeleting] = useState(false)
  const kit = useEditKit<CaseFormValues, TestCase>({
    resolver: zodResolver(caseFormSchema),
    fields: CASE_FORM_FIELDS,
    record: testCase,
    toValues: toCaseFormValues,
    equal: equalCaseField,
    // Another tab may have changed the case: the kit merges field by field.
    fetchLatest: async () => {
      const latest = (await suiteStore.readFresh(suite.id))?.cases.find((c) => c.id === testCase.id)
      if (!latest) throw new SuiteNotFoundError('The case')
      return latest
    },
    save: (values, { base }) => suiteStore.updateCase(suite.id, toCase(values, base ?? testCase)),
    onSaved: (saved) => toast.success(`Case “${saved.name}” saved`),
    draft: { connection: SUITES_DRAFT_SCOPE, scope: ['case', suite.id, testCase.id] },
    what: 'save the case',
  })
  return (
    <Page
      title={testCase.name}
      breadcrumb={<CaseBreadcrumb suite={suite} name={testCase.name} />}
      description={<SourceLine testCase={testCase} />}
      className="max-w-[100rem]"
    >
      <EditForm
        kit={kit}
        label="Test case"
        labels={CASE_FIELD_LABELS}
        saveLabel="Save case"
        actionsStart={<DeleteButton onClick={() => setDeleting(true)} disabledReason={null} />}
      >
        <CaseFormFields form={kit.form} />
      </EditForm>
      <DeleteDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete case “${testCase.name}”?`}
        description={`It is removed from “${suite.name}” in this browser.`}
        confirmLabel="Delete case"
        remove={() => {
          onRemoving(true)
          return suiteStore.deleteCase(suite.id, testCase.id).catch((e: unknown) => {
            onRemoving(false)
            throw e
          })
        }}
        onGone={async () => {
          toast.success(`Case “${testCase.name}” deleted`)
          await navigate({ to: '/suites/$suiteId', params: { suiteId: suite.id }, ignoreBlocker: true })
        }}
      />
    </Page>
  )
}
