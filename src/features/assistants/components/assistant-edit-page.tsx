/**
 * The Configuration tab: edit an assistant on the edit kit. Saving checks the
 * server's current version (merging a concurrent change field by field), shows
 * the review, then PATCHes only the changed fields.
 */
import { useState } from 'react'
import { zodResolver } from '@hookform/resolvers/zod'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { toast } from '@/lib/notify'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { useApiClient, useConnection, useConnectionIdentity, useWriteAccess } from '@/api/connection-context'
import { assistantQueries, assistantsApi } from '@/api/resources/assistants'
import type { Assistant } from '@/contract/assistant'
import { clearDraft, draftKey } from '@/lib/drafts'
import { DeleteDialog } from '@/components/edit/delete-dialog'
import { DeleteButton } from '@/components/edit/delete-button'
import { EditForm } from '@/components/edit/edit-form'
import {
  ASSISTANT_FORM_FIELDS,
  FIELD_LABELS,
  assistantFormSchema,
  formatFieldValue,
  toFormValues,
  toPatch,
  type AssistantFormValues,
} from '../assistant-form-schema'
import { useAssistantGone, useDeleteAssistant, usePatchAssistant } from '../api/assistant-mutations'
import { AssistantFormFields } from './assistant-form-fields'
import { ReviewChangesDialog } from './review-changes-dialog'
import { DraftTestButton } from '../draft-test/draft-test-button'
import { DraftTestVerdict } from '../draft-test/draft-test-verdict'
import { draftFingerprint } from '../draft-test/last-draft-test'
import { useToolCatalogue } from './tool-picker'
import { versionsFor, type AssistantVersion } from '../history/version-store'
import { useRestoreVersion } from '../history/use-restore-version'

export function AssistantEditPage({
  code,
  restore,
  onRestored,
}: {
  code: string
  /** An earlier version (History tab) to load into the form as unsaved changes. */
  restore?: AssistantVersion | null
  onRestored?: () => void
}) {
  const client = useApiClient()
  const { data } = useSuspenseQuery(assistantQueries.detail(client, code))
  // A new connection is a new edit: the form starts again from that server's record.
  return <EditAssistant key={client.key} record={data} restore={restore ?? null} onRestored={onRestored} />
}

function EditAssistant({
  record,
  restore,
  onRestored,
}: {
  record: Assistant
  restore: AssistantVersion | null
  onRestored: (() => void) | undefined
}) {
  const { code } = record
  const client = useApiClient()
  const navigate = useNavigate()
  const identity = useConnectionIdentity()
  const { environment } = useConnection()
  const { canWrite, reason } = useWriteAccess()
  const { nameOf } = useToolCatalogue()
  const patch = usePatchAssistant(code)
  const remove = useDeleteAssistant(code)
  const gone = useAssistantGone()
  const [deleting, setDeleting] = useState(false)

  const kit = useEditKit<AssistantFormValues, Assistant>({
    resolver: zodResolver(assistantFormSchema),
    fields: ASSISTANT_FORM_FIELDS,
    record,
    toValues: toFormValues,
    fetchLatest: (signal) => assistantsApi.get(client, code, signal),
    save: (values, { changes }) => patch.mutateAsync(toPatch(changes, values)),
    review: true,
    // The version this save replaced goes to the History tab.
    onSaved: (saved, { previous }) => {
      if (previous) versionsFor(identity, code).record(previous, saved)
    },
    draft: { connection: identity, scope: ['assistant', code] },
    readOnly: !canWrite,
    what: `save ${code}`,
  })
  useRestoreVersion(kit, restore, onRestored)
  const draftNow = () => {
    const values = kit.form.getValues()
    return { values, fingerprint: draftFingerprint(values, ASSISTANT_FORM_FIELDS) }
  }

  return (
    <>
      <EditForm
        kit={kit}
        label={`Configuration of ${code}`}
        labels={FIELD_LABELS}
        format={(field, value) => formatFieldValue(field, value, nameOf)}
        readOnlyReason={canWrite ? null : reason}
        actionsStart={
          <DeleteButton
            onClick={() => setDeleting(true)}
            disabledReason={canWrite ? null : (reason ?? 'Read-only connection.')}
          />
        }
        actionsEnd={
          <DraftTestButton
            original={kit.base ?? record}
            draft={draftNow}
            dirty={kit.dirty}
            disabledReason={canWrite ? (kit.busy ? 'Saving…' : null) : (reason ?? 'Read-only connection.')}
          />
        }
      >
        <AssistantFormFields form={kit.form} mode="edit" readOnly={!canWrite} />
      </EditForm>
      <ReviewChangesDialog
        open={kit.review !== null}
        onOpenChange={(o) => !o && kit.cancelReview()}
        code={code}
        changes={kit.review?.changes ?? []}
        busy={kit.status === 'saving'}
        onSave={kit.confirmReview}
        aside={
          kit.review ? (
            <DraftTestVerdict connection={identity} code={code} fingerprint={draftNow().fingerprint} />
          ) : null
        }
      />
      <DeleteDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete assistant ${code}?`}
        description={
          <>
            The assistant <code className="font-semibold text-fg">{code}</code> will be deleted for good. Routes that
            point at it stop matching and its evaluate endpoint answers 404.
          </>
        }
        confirmLabel={`Delete ${code}`}
        confirmText={environment.kind === 'production' ? code : null}
        remove={() => remove.mutateAsync()}
        onGone={async (how) => {
          if (how === 'deleted') toast.success(`Deleted ${code}`)
          else toast.info(`${code} was already deleted elsewhere`)
          void clearDraft(draftKey(identity, 'assistant', code))
          await gone.dropFromLists(code)
          await navigate({ to: '/assistants', ignoreBlocker: true })
          gone.forgetDetail(code)
        }}
      />
    </>
  )
}
