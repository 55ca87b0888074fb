/**
 * The Configuration tab: edit an assistant. Saving first refetches the record
 * and compares it with the version the form started from; the review dialog
 * then shows either the changes or the conflict. Only changed fields are PATCHed.
 */
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { toast } from '@/lib/notify'
import { Save, Trash2, Undo2 } from 'lucide-react'
import { useApiClient, useConnection, useWriteAccess } from '@/api/connection-context'
import { assistantQueries } from '@/api/resources/assistants'
import { errorMessage } from '@/api/api-error'
import { assistantSchema, type Assistant } from '@/contract/assistant'
import { Button } from '@/components/ui/button'
import { FormErrorBanner } from '@/components/form/form-error-banner'
import { UnsavedChangesGuard } from '@/components/form/unsaved-changes-guard'
import { clearDraft, draftKey, type Draft } from '@/lib/drafts'
import { applyServerErrors } from '@/lib/server-errors'
import {
  ASSISTANT_FORM_FIELDS,
  assistantFormSchema,
  diffFormValues,
  serverChanged,
  toFormValues,
  toPatch,
  type AssistantFormValues,
} from '../assistant-form-schema'
import { useDeleteAssistant, useForgetAssistant, usePatchAssistant } from '../api/assistant-mutations'
import { useDraftChoice } from '../use-draft-choice'
import { AssistantFormFields } from './assistant-form-fields'
import { DeleteAssistantDialog } from './delete-assistant-dialog'
import { DraftAutosave, DraftBanner, useStoredDraft } from './draft-banner'
import { FormActionBar, FormSkeleton, ReadOnlyNotice, changeSummary } from './form-chrome'
import { ReviewChangesDialog } from './review-changes-dialog'

export function AssistantEditPage({ code }: { code: string }) {
  const client = useApiClient()
  const detail = useQuery(assistantQueries.detail(client, code))
  const key = draftKey(client.key, 'assistant', code)
  const stored = useStoredDraft(key)
  // The layout around this tab renders the detail's errors.
  if (detail.isError) return null
  if (detail.isPending || stored.isPending) return <FormSkeleton />
  return <EditForm key={key} code={code} initial={detail.data} draftKey={key} stored={stored.data ?? null} />
}

interface EditFormProps {
  code: string
  initial: Assistant
  draftKey: string
  stored: Draft<Partial<AssistantFormValues>> | null
}

function EditForm({ code, initial, draftKey: key, stored }: EditFormProps) {
  const client = useApiClient()
  const qc = useQueryClient()
  const navigate = useNavigate()
  const { environment } = useConnection()
  const { canWrite, reason } = useWriteAccess()
  // The server version this edit started from: the yardstick for changes and conflicts.
  const [base, setBase] = useState(initial)
  const baseValues = toFormValues(base)
  const form = useForm<AssistantFormValues>({
    resolver: zodResolver(assistantFormSchema),
    defaultValues: baseValues,
    mode: 'onChange',
  })
  const values = useWatch({ control: form.control })
  const changes = diffFormValues(baseValues, values)
  const dirty = changes.length > 0
  const draft = useDraftChoice(key, stored)
  const [banner, setBanner] = useState<string[]>([])
  const [review, setReview] = useState<{ server: Assistant | null } | null>(null)
  const [checking, setChecking] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const patch = usePatchAssistant(code)
  const remove = useDeleteAssistant(code)
  const forget = useForgetAssistant()

  const adopt = (record: Assistant) => {
    setBase(record)
    form.reset(toFormValues(record))
    void clearDraft(key)
  }

  const requestSave = form.handleSubmit(async () => {
    setBanner([])
    setChecking(true)
    try {
      const latest = await qc.fetchQuery({ ...assistantQueries.detail(client, code), staleTime: 0 })
      setReview({ server: serverChanged(base, latest) ? latest : null })
    } catch (e) {
      setBanner([`Could not check the server’s current version: ${errorMessage(e)}`])
    } finally {
      setChecking(false)
    }
  })

  const save = async () => {
    const mine = form.getValues()
    const server = review?.server ?? null
    const diff = diffFormValues(server ? toFormValues(server) : baseValues, mine)
    try {
      const saved = diff.length === 0 ? (server ?? base) : await patch.mutateAsync(toPatch(diff, mine))
      adopt(saved)
      setReview(null)
    } catch (e) {
      setReview(null)
      setBanner(applyServerErrors(e, form.setError, ASSISTANT_FORM_FIELDS))
    }
  }

  const loadServer = () => {
    if (!review?.server) return
    adopt(review.server)
    setReview(null)
    toast.info('Loaded the server’s version; your edits were discarded.')
  }

  const restoreDraft = () => {
    // Edits are measured against the version the draft started from, so a
    // server change since then still shows up as a conflict when saving.
    const draftBase = assistantSchema.safeParse(stored?.base)
    const from = draftBase.success ? draftBase.data : base
    setBase(from)
    form.reset(draft.restoreOnto({ ...toFormValues(from), code }))
    void form.trigger()
  }

  const confirmDelete = async () => {
    try {
      await remove.mutateAsync()
      void clearDraft(key)
      await navigate({ to: '/assistants', ignoreBlocker: true })
      forget(code)
    } catch {
      setDeleting(false)
    }
  }

  const reviewChanges = review?.server ? diffFormValues(toFormValues(review.server), form.getValues()) : changes

  return (
    <>
      <form
        onSubmit={(e) => void requestSave(e)}
        noValidate
        className="flex flex-col gap-4"
        aria-label={`Configuration of ${code}`}
      >
        {!canWrite && reason ? <ReadOnlyNotice reason={reason} /> : null}
        {draft.offered ? (
          <DraftBanner draft={draft.offered} onRestore={restoreDraft} onDiscard={draft.discard} />
        ) : null}
        <FormErrorBanner messages={banner} />
        <AssistantFormFields form={form} mode="edit" readOnly={!canWrite} onSave={() => void requestSave()} />
        <FormActionBar
          start={
            <Button
              variant="ghost"
              className="text-danger hover:bg-danger/10"
              onClick={() => setDeleting(true)}
              disabled={!canWrite}
              title={reason ?? undefined}
            >
              <Trash2 className="size-4" aria-hidden /> Delete
            </Button>
          }
          status={changeSummary(changes.length, 'No unsaved changes')}
        >
          <Button onClick={() => form.reset(baseValues)} disabled={!dirty}>
            <Undo2 className="size-4" aria-hidden /> Discard changes
          </Button>
          <Button
            type="submit"
            variant="primary"
            disabled={!canWrite || !dirty || checking}
            title={reason ?? undefined}
          >
            <Save className="size-4" aria-hidden /> {checking ? 'Checking…' : 'Save'}
          </Button>
        </FormActionBar>
      </form>
      {draft.decided && canWrite ? (
        <DraftAutosave draftKey={key} control={form.control} dirty={dirty} base={base} />
      ) : null}
      <UnsavedChangesGuard when={dirty} />
      <ReviewChangesDialog
        open={review !== null}
        onOpenChange={(o) => !o && setReview(null)}
        code={code}
        changes={reviewChanges}
        conflict={review?.server != null}
        busy={patch.isPending}
        onSave={() => void save()}
        onLoadServer={loadServer}
      />
      <DeleteAssistantDialog
        open={deleting}
        onOpenChange={setDeleting}
        code={code}
        requireTyping={environment.kind === 'production'}
        busy={remove.isPending}
        onConfirm={() => void confirmDelete()}
      />
    </>
  )
}
