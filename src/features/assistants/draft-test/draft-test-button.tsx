/**
 * The edit page's "Test this draft" button: enabled while the form has unsaved
 * changes; the dialog (and the runner behind it) loads on first use. Opened
 * again for the same draft it still shows the last result; for a changed draft
 * it starts afresh (keyed by the draft's fingerprint).
 */
import { lazy, Suspense, useState } from 'react'
import { FlaskConical } from 'lucide-react'
import type { Assistant } from '@/contract/assistant'
import { Button } from '@/components/ui/button'
import type { DraftTestDialogProps } from './draft-test-dialog'

const DraftTestDialog = lazy(() => import('./draft-test-dialog'))

export function DraftTestButton({
  original,
  draft,
  dirty,
  disabledReason,
}: {
  original: Assistant
  draft: DraftTestDialogProps['draft']
  dirty: boolean
  /** Why it cannot run (read-only connection, a save in progress). */
  disabledReason: string | null
}) {
  const [open, setOpen] = useState(false)
  const [drafted, setDrafted] = useState<string | null>(null)
  const title =
    disabledReason ?? (dirty ? undefined : 'Change something first: the draft is tested against the saved version.')
  return (
    <>
      <Button
        onClick={() => {
          setDrafted(draft().fingerprint)
          setOpen(true)
        }}
        disabled={!dirty || disabledReason !== null}
        title={title}
      >
        <FlaskConical className="size-4" aria-hidden /> Test this draft
      </Button>
      {drafted !== null ? (
        <Suspense fallback={null}>
          <DraftTestDialog key={drafted} open={open} onOpenChange={setOpen} original={original} draft={draft} />
        </Suspense>
      ) : null}
    </>
  )
}
