/** Creating a Flowise (OpenAI) assistant on the edit kit. */
import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate } from '@tanstack/react-router'
import { toast } from '@/lib/notify'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { useApiClient, useConnectionIdentity, useWriteAccess } from '@/api/connection-context'
import { flowiseApi } from '@/api/resources/flowise/assistants'
import type { Assistant } from '@/contract/flowise/assistant-read'
import { UnreadableFlowiseItem } from '@/contract/flowise/read-list'
import { Button } from '@/components/ui/button'
import { EditForm } from '@/components/edit/edit-form'
import {
  EMPTY_FLOWISE_FORM,
  FLOWISE_FIELD_LABELS,
  FLOWISE_FORM_FIELDS,
  equalFlowiseField,
  flowiseAssistantFormSchema,
  formatFlowiseField,
  toCreateBody,
  toFlowiseFormValues,
  type FlowiseAssistantFormValues,
} from '../assistant-form-schema'
import { useCreateFlowiseAssistant } from '../api/assistant-mutations'
import { FlowiseAssistantFormFields } from './assistant-form-fields'
import { FlowiseAssistantPageFrame } from './assistant-page-frame'

/** How far back an unanswered create may have landed (Flowise has no natural key to look it up by). */
const RECENT_MS = 10 * 60_000

export function FlowiseAssistantCreatePage() {
  const client = useApiClient()
  return (
    <FlowiseAssistantPageFrame
      crumb="New"
      title="New assistant"
      description="An OpenAI assistant that Flowise keeps, created at OpenAI with the chosen credential."
    >
      <CreateForm key={client.key} />
    </FlowiseAssistantPageFrame>
  )
}

function CreateForm() {
  const client = useApiClient()
  const navigate = useNavigate()
  const identity = useConnectionIdentity()
  const { canWrite, reason } = useWriteAccess()
  const create = useCreateFlowiseAssistant()
  const kit = useEditKit<FlowiseAssistantFormValues, Assistant>({
    resolver: zodResolver(flowiseAssistantFormSchema),
    fields: FLOWISE_FORM_FIELDS,
    record: null,
    empty: EMPTY_FLOWISE_FORM,
    toValues: toFlowiseFormValues,
    equal: equalFlowiseField,
    save: (values) => create.mutateAsync(toCreateBody(values)),
    // After an unanswered attempt: the newest assistant of that name created lately (the kit checks every field).
    findCreated: async (values, signal) => {
      const list = await flowiseApi.list(client, signal)
      const since = Date.now() - RECENT_MS
      const found = list
        .filter((a): a is Assistant => !(a instanceof UnreadableFlowiseItem))
        .filter((a) => a.details.name === values.name && Date.parse(a.createdDate) >= since)
        .sort((a, b) => b.createdDate.localeCompare(a.createdDate))
      return found[0] ?? null
    },
    onSaved: async (assistant) => {
      toast.success(`Assistant ${assistant.details.name ?? ''} created`)
      await navigate({ to: '/flowise/assistants/$id', params: { id: assistant.id }, ignoreBlocker: true })
    },
    draft: { connection: identity, scope: ['flowise-assistant', 'new'] },
    readOnly: !canWrite,
    what: 'create the assistant',
  })
  return (
    <EditForm
      kit={kit}
      label="New assistant"
      labels={FLOWISE_FIELD_LABELS}
      format={formatFlowiseField}
      readOnlyReason={canWrite ? null : reason}
      saveLabel="Create assistant"
      actionsEnd={<Button onClick={() => void navigate({ to: '/flowise/assistants' })}>Cancel</Button>}
    >
      <FlowiseAssistantFormFields form={kit.form} readOnly={!canWrite} />
    </EditForm>
  )
}
