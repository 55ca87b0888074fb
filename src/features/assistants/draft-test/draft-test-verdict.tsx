/**
 * The last draft test, for the review-before-save dialog: shown only while the
 * draft is the one that was tested (same fingerprint), e.g. "2 cases that
 * passed now fail", with the per-case outcomes.
 */
import { compareDraft } from './draft-compare'
import { DraftTestResult } from './draft-test-result'
import { useLastDraftTest } from './last-draft-test'

export function DraftTestVerdict({
  connection,
  code,
  fingerprint,
}: {
  connection: string
  code: string
  fingerprint: string
}) {
  const result = useLastDraftTest(connection, code, fingerprint)
  if (!result) return null
  const comparison = compareDraft(result.suite, result.caseIds, result.live, result.draft)
  return (
    <section aria-label="Draft test" className="flex flex-col gap-1.5 rounded-md border border-border p-3">
      <h3 className="text-xs font-medium text-muted">
        Tested with {result.suite.name} at {new Date(result.finishedAt).toLocaleTimeString()}
        {result.stopped ? ' (stopped before the end)' : ''}: live beside this draft
      </h3>
      <DraftTestResult comparison={comparison} />
    </section>
  )
}
