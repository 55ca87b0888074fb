/** New assistant: the full form, POSTed once; server field errors land at their fields and nothing typed is lost. */
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate } from '@tanstack/react-router'
import { Plus } from 'lucide-react'
import { useApiClient, useWriteAccess } from '@/api/connection-context'
import { Breadcrumb } from '@/components/ui/breadcrumb'
import { Button } from '@/components/ui/button'
import { FormErrorBanner } from '@/components/form/form-error-banner'
import { UnsavedChangesGuard } from '@/components/form/unsaved-changes-guard'
import { clearDraft, draftKey, type Draft } from '@/lib/drafts'
import { applyServerErrors } from '@/lib/server-errors'
import {
  ASSISTANT_FORM_FIELDS,
  EMPTY_ASSISTANT_FORM,
  assistantFormSchema,
  diffFormValues,
  toCreateBody,
  type AssistantFormValues,
} from '../assistant-form-schema'
import { useCreateAssistant } from '../api/assistant-mutations'
import { useDraftChoice } from '../use-draft-choice'
import { AssistantFormFields } from './assistant-form-fields'
import { DraftAutosave, DraftBanner, useStoredDraft } from './draft-banner'
import { FormActionBar, FormSkeleton, ReadOnlyNotice, changeSummary } from './form-chrome'

export function AssistantCreatePage() {
  const client = useApiClient()
  const key = draftKey(client.key, 'assistant', 'new')
  const stored = useStoredDraft(key)
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-4 px-6 pt-6">
      <Breadcrumb to="/assistants" label="Assistants" current="New" mono={false} />
      <div>
        <h1 className="text-xl font-semibold tracking-tight">New assistant</h1>
        <p className="mt-1 text-sm text-muted">
          Give it a code, instructions, and the tools it may call. You can test it in the playground once it is saved.
        </p>
      </div>
      {stored.isPending ? <FormSkeleton /> : <CreateForm key={key} draftKey={key} stored={stored.data ?? null} />}
    </div>
  )
}

function CreateForm({
  draftKey: key,
  stored,
}: {
  draftKey: string
  stored: Draft<Partial<AssistantFormValues>> | null
}) {
  const navigate = useNavigate()
  const { canWrite, reason } = useWriteAccess()
  const form = useForm<AssistantFormValues>({
    resolver: zodResolver(assistantFormSchema),
    defaultValues: EMPTY_ASSISTANT_FORM,
    mode: 'onChange',
  })
  const values = useWatch({ control: form.control })
  const changes = diffFormValues(EMPTY_ASSISTANT_FORM, values)
  const dirty = changes.length > 0
  const draft = useDraftChoice(key, stored)
  const [banner, setBanner] = useState<string[]>([])
  const create = useCreateAssistant()

  const submit = form.handleSubmit(async (v) => {
    setBanner([])
    try {
      const created = await create.mutateAsync(toCreateBody(v))
      await clearDraft(key)
      await navigate({ to: '/assistants/$code', params: { code: created.code }, ignoreBlocker: true })
    } catch (e) {
      setBanner(applyServerErrors(e, form.setError, ASSISTANT_FORM_FIELDS))
    }
  })

  return (
    <>
      <form onSubmit={(e) => void submit(e)} noValidate className="flex flex-col gap-4" aria-label="New assistant">
        {!canWrite && reason ? <ReadOnlyNotice reason={reason} /> : null}
        {draft.offered ? (
          <DraftBanner
            draft={draft.offered}
            onRestore={() => {
              form.reset(draft.restoreOnto(EMPTY_ASSISTANT_FORM))
              void form.trigger()
            }}
            onDiscard={draft.discard}
          />
        ) : null}
        <FormErrorBanner messages={banner} />
        <AssistantFormFields form={form} mode="create" readOnly={!canWrite} onSave={() => void submit()} />
        <FormActionBar status={changeSummary(changes.length, 'Nothing entered yet')}>
          <Button onClick={() => void navigate({ to: '/assistants' })}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={!canWrite || create.isPending} title={reason ?? undefined}>
            <Plus className="size-4" aria-hidden /> {create.isPending ? 'Creating…' : 'Create assistant'}
          </Button>
        </FormActionBar>
      </form>
      {draft.decided && canWrite ? (
        <DraftAutosave draftKey={key} control={form.control} dirty={dirty} base={null} />
      ) : null}
      <UnsavedChangesGuard when={dirty && !create.isSuccess} />
    </>
  )
}
