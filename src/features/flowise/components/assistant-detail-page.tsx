/**
 * One Flowise assistant on the edit kit: PUT of what changed (details whole,
 * over the stored details), a field-by-field merge with concurrent changes
 * (read with GET just before writing: Flowise has no version), and delete.
 * Custom assistants (Flowise's own chat-model assistants) are shown read-only.
 */
import { useState } from 'react'
import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate } from '@tanstack/react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import { Info, Trash2 } from 'lucide-react'
import { toast } from '@/lib/notify'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { useApiClient, useConnection, useConnectionIdentity, useWriteAccess } from '@/api/connection-context'
import { flowiseApi, flowiseQueries } from '@/api/resources/flowise/assistants'
import type { Assistant } from '@/contract/flowise/assistant-read'
import { Button } from '@/components/ui/button'
import { DeleteDialog } from '@/components/edit/delete-dialog'
import { EditForm } from '@/components/edit/edit-form'
import {
  FLOWISE_FIELD_LABELS,
  FLOWISE_FORM_FIELDS,
  equalFlowiseField,
  flowiseAssistantFormSchema,
  formatFlowiseField,
  toFlowiseFormValues,
  toUpdateBody,
  type FlowiseAssistantFormValues,
} from '../assistant-form-schema'
import {
  useDeleteFlowiseAssistant,
  useFlowiseAssistantGone,
  useUpdateFlowiseAssistant,
} from '../api/assistant-mutations'
import { AssistantIcon } from './assistant-icon'
import { FlowiseAssistantFormFields } from './assistant-form-fields'
import { FlowiseAssistantPageFrame } from './assistant-page-frame'
import { RecordFacts } from './record-facts'

const CUSTOM_REASON =
  'A custom assistant is built from Flowise’s own chat models in Flowise’s editor; this console edits OpenAI assistants only, so its fields are shown read-only here.'

export function FlowiseAssistantDetailPage({ id }: { id: string }) {
  const client = useApiClient()
  const { data } = useSuspenseQuery(flowiseQueries.detail(client, id))
  return <AssistantDetail key={client.key} assistant={data} />
}

function AssistantDetail({ assistant }: { assistant: Assistant }) {
  const { id } = assistant
  const client = useApiClient()
  const navigate = useNavigate()
  const identity = useConnectionIdentity()
  const { environment } = useConnection()
  const access = useWriteAccess()
  const custom = assistant.type === 'CUSTOM'
  // A custom assistant can still be deleted: only its fields are out of this console's reach.
  const canWrite = access.canWrite && !custom
  const update = useUpdateFlowiseAssistant(id)
  const remove = useDeleteFlowiseAssistant(id)
  const gone = useFlowiseAssistantGone()
  const [deleting, setDeleting] = useState(false)

  const kit = useEditKit<FlowiseAssistantFormValues, Assistant>({
    resolver: zodResolver(flowiseAssistantFormSchema),
    fields: FLOWISE_FORM_FIELDS,
    record: assistant,
    toValues: toFlowiseFormValues,
    equal: equalFlowiseField,
    fetchLatest: (signal) => flowiseApi.get(client, id, signal),
    save: (values, { changes, base }) => update.mutateAsync(toUpdateBody(changes, values, base ?? assistant)),
    onSaved: (saved) => toast.success(`Assistant ${saved.details.name ?? ''} saved`),
    draft: { connection: identity, scope: ['flowise-assistant', id] },
    readOnly: !canWrite,
    what: 'save the assistant',
  })

  const saved = kit.base ?? assistant
  const name = saved.details.name?.trim() || 'Unnamed assistant'
  return (
    <FlowiseAssistantPageFrame
      crumb={name}
      title={name}
      icon={<AssistantIcon iconSrc={saved.iconSrc} label={`${name} icon`} size="md" />}
      description={
        <span className="font-mono">
          {saved.details.model ?? (custom ? 'Custom assistant' : '')}
          {saved.details.id ? ` · ${saved.details.id}` : ''}
        </span>
      }
    >
      <EditForm
        kit={kit}
        label="Edit assistant"
        labels={FLOWISE_FIELD_LABELS}
        format={formatFlowiseField}
        readOnlyReason={access.canWrite ? null : access.reason}
        saveLabel="Save changes"
        leaveMessage="You have unsaved changes to this assistant. Leaving keeps them as a draft in this browser."
        actionsStart={
          <Button
            variant="ghost"
            className="text-danger hover:bg-danger/10"
            onClick={() => setDeleting(true)}
            disabled={!access.canWrite}
            title={access.reason ?? undefined}
          >
            <Trash2 className="size-4" aria-hidden /> Delete
          </Button>
        }
      >
        {custom ? (
          <p role="note" className="flex gap-2 rounded-md border border-border bg-surface-2/60 px-3 py-2 text-sm">
            <Info className="mt-0.5 size-4 shrink-0 text-muted" aria-hidden />
            {CUSTOM_REASON}
          </p>
        ) : null}
        <FlowiseAssistantFormFields form={kit.form} readOnly={!canWrite} aside={<RecordFacts assistant={saved} />} />
      </EditForm>
      <DeleteDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete assistant ${name}?`}
        description={`Flowise forgets ${name}${saved.details.id ? ` (the assistant ${saved.details.id} stays at OpenAI)` : ''}. This cannot be undone.`}
        confirmLabel="Delete assistant"
        confirmText={environment.kind === 'production' ? name : null}
        remove={() => remove.mutateAsync()}
        onGone={async (how) => {
          if (how === 'deleted') toast.success(`Assistant ${name} deleted`)
          else toast.info(`Assistant ${name} was already deleted elsewhere`)
          await gone.dropFromLists(id)
          await navigate({ to: '/flowise/assistants', ignoreBlocker: true })
          gone.forgetDetail(id)
        }}
      />
    </FlowiseAssistantPageFrame>
  )
}
