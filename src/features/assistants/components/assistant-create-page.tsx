/** New assistant on the edit kit: POSTed once; a retry after a lost answer finds the one it created. */
import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate } from '@tanstack/react-router'
import { isApiError } from '@/api/api-error'
import { useApiClient, useConnectionIdentity, useWriteAccess } from '@/api/connection-context'
import { assistantsApi } from '@/api/resources/assistants'
import type { Assistant } from '@/contract/assistant'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { Breadcrumb } from '@/components/ui/breadcrumb'
import { Button } from '@/components/ui/button'
import { EditForm } from '@/components/edit/edit-form'
import {
  ASSISTANT_FORM_FIELDS,
  EMPTY_ASSISTANT_FORM,
  FIELD_LABELS,
  assistantFormSchema,
  toCreateBody,
  toFormValues,
  type AssistantFormValues,
} from '../assistant-form-schema'
import { useCreateAssistant } from '../api/assistant-mutations'
import { AssistantFormFields } from './assistant-form-fields'

export function AssistantCreatePage() {
  const client = useApiClient()
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-4 px-6 pt-6">
      <Breadcrumb to="/assistants" label="Assistants" current="New" mono={false} />
      <div>
        <h1 className="text-xl font-semibold tracking-tight">New assistant</h1>
        <p className="mt-1 text-sm text-muted">
          Give it a code, instructions, and the tools it may call. You can test it in the playground once it is saved.
        </p>
      </div>
      <CreateForm key={client.key} />
    </div>
  )
}

function CreateForm() {
  const client = useApiClient()
  const navigate = useNavigate()
  const identity = useConnectionIdentity()
  const { canWrite, reason } = useWriteAccess()
  const create = useCreateAssistant()
  const kit = useEditKit<AssistantFormValues, Assistant>({
    resolver: zodResolver(assistantFormSchema),
    fields: ASSISTANT_FORM_FIELDS,
    record: null,
    empty: EMPTY_ASSISTANT_FORM,
    toValues: toFormValues,
    save: (values) => create.mutateAsync(toCreateBody(values)),
    findCreated: async (values, signal) => {
      try {
        return await assistantsApi.get(client, values.code, signal)
      } catch (e) {
        if (isApiError(e) && e.isNotFound) return null
        throw e
      }
    },
    onSaved: (created) => navigate({ to: '/assistants/$code', params: { code: created.code }, ignoreBlocker: true }),
    draft: { connection: identity, scope: ['assistant', 'new'] },
    readOnly: !canWrite,
    what: 'create the assistant',
  })
  return (
    <EditForm
      kit={kit}
      label="New assistant"
      labels={FIELD_LABELS}
      readOnlyReason={canWrite ? null : reason}
      saveLabel="Create assistant"
      actionsEnd={<Button onClick={() => void navigate({ to: '/assistants' })}>Cancel</Button>}
    >
      <AssistantFormFields form={kit.form} mode="create" readOnly={!canWrite} />
    </EditForm>
  )
}
