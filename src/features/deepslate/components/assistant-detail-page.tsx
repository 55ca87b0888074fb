/**
 * One Deepslate assistant on the edit kit: PUT of the whole assistant (the
 * API has no PATCH), the version check by reading the assistant again just
 * before writing (Deepslate has no version field), and delete. The kit holds
 * the assistant with its secrets redacted; the real values stay in the query
 * cache, for "Show" and for sending kept secrets back unchanged.
 */
import { useState } from 'react'
import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate } from '@tanstack/react-router'
import type { Resolver } from 'react-hook-form'
import { toast } from '@/lib/notify'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { useApiClient, useConnection, useConnectionIdentity, useWriteAccess } from '@/api/connection-context'
import {
  deepslateAssistantKeys,
  deepslateAssistantQueries,
  deepslateAssistantsApi,
  type DeepslateTenant,
} from '@/api/resources/deepslate/assistants'
import type { Assistant } from '@/contract/deepslate/assistant'
import { Breadcrumb } from '@/components/ui/breadcrumb'
import { Page, Panel } from '@/components/ui/page'
import { DeleteDialog } from '@/components/edit/delete-dialog'
import { DeleteButton } from '@/components/edit/delete-button'
import { EditForm } from '@/components/edit/edit-form'
import {
  ASSISTANT_FIELD_LABELS,
  ASSISTANT_FORM_FIELDS,
  assistantFormSchema,
  formatAssistantField,
  redactSecrets,
  secretsOf,
  stripSecrets,
  toAssistantFormValues,
  toAssistantWrite,
  type AssistantFormValues,
} from '../assistant-form-schema'
import {
  useDeepslateAssistantGone,
  useDeleteDeepslateAssistant,
  useReplaceDeepslateAssistant,
} from '../api/assistant-mutations'
import { useDeepslateTenant } from '../tenant'
import { AssistantFormFields } from './assistant-form-fields'
import { TenantNotice } from './tenant-notice'

const breadcrumb = (current: string) => (
  <Breadcrumb to="/deepslate/assistants" label="Assistants" current={current} mono={false} />
)

export function DeepslateAssistantDetailPage({ assistantId }: { assistantId: string }) {
  const tenant = useDeepslateTenant()
  if (!tenant.ok)
    return (
      <Page title="Assistant" breadcrumb={breadcrumb(assistantId)}>
        <Panel>
          <TenantNotice problems={tenant.problems} />
        </Panel>
      </Page>
    )
  return <LoadedAssistant tenant={tenant.tenant} assistantId={assistantId} />
}

function LoadedAssistant({ tenant, assistantId }: { tenant: DeepslateTenant; assistantId: string }) {
  const client = useApiClient()
  const { data } = useSuspenseQuery(deepslateAssistantQueries.detail(client, tenant, assistantId))
  return <AssistantDetail key={client.key} tenant={tenant} record={data} />
}

function AssistantDetail({ tenant, record }: { tenant: DeepslateTenant; record: Assistant }) {
  const { id } = record
  const client = useApiClient()
  const qc = useQueryClient()
  const navigate = useNavigate()
  const identity = useConnectionIdentity()
  const { environment } = useConnection()
  const { canWrite, reason } = useWriteAccess()
  const detailKey = deepslateAssistantKeys.detail(client, tenant, id)
  // The server's copy with its secrets (what "Show" reveals); kept fresh by the check before each save.
  const server = useQuery({ ...deepslateAssistantQueries.detail(client, tenant, id), enabled: false }).data ?? record
  const replace = useReplaceDeepslateAssistant(tenant, id)
  const remove = useDeleteDeepslateAssistant(tenant, id)
  const gone = useDeepslateAssistantGone(tenant)
  const [deleting, setDeleting] = useState(false)

  const kit = useEditKit<AssistantFormValues, Assistant>({
    resolver: zodResolver(assistantFormSchema) as Resolver<AssistantFormValues>,
    fields: ASSISTANT_FORM_FIELDS,
    record: redactSecrets(record),
    toValues: toAssistantFormValues,
    fetchLatest: async (signal: AbortSignal) => {
      const latest = await deepslateAssistantsApi.get(client, tenant, id, signal)
      qc.setQueryData(detailKey, latest)
      return redactSecrets(latest)
    },
    // Kept secrets are sent back as the server holds them now (read by the check just before).
    save: async (values, { signal }) => {
      const body = toAssistantWrite(values, secretsOf(qc.getQueryData<Assistant>(detailKey)))
      return redactSecrets(await replace.mutateAsync({ body, signal }))
    },
    onSaved: (saved) => toast.success(`Assistant ${saved.name} saved`),
    draft: {
      connection: identity,
      scope: ['deepslate-assistant', tenant.vendorId, tenant.organizationId, id],
      strip: stripSecrets,
    },
    readOnly: !canWrite,
    what: `save ${server.name}`,
  })

  return (
    <Page
      title={server.name}
      description={<span className="font-mono">{id}</span>}
      breadcrumb={breadcrumb(server.name)}
    >
      <Panel className="max-w-4xl p-5">
        <EditForm
          kit={kit}
          label="Edit assistant"
          labels={ASSISTANT_FIELD_LABELS}
          format={formatAssistantField}
          readOnlyReason={canWrite ? null : reason}
          saveLabel="Save changes"
          bar="sticky"
          leaveMessage="You have unsaved changes to this assistant. Leaving keeps a draft, without any secrets."
          actionsStart={
            <DeleteButton
              onClick={() => setDeleting(true)}
              disabledReason={canWrite ? null : (reason ?? 'Read-only connection.')}
            />
          }
        >
          <AssistantFormFields form={kit.form} readOnly={!canWrite} secrets={secretsOf(server)} />
        </EditForm>
      </Panel>
      <DeleteDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete assistant ${server.name}?`}
        description="Calls to its telephone number will no longer reach it. This cannot be undone."
        confirmLabel="Delete assistant"
        confirmText={environment.kind === 'production' ? server.name : null}
        remove={() => remove.mutateAsync()}
        onGone={async (how) => {
          if (how === 'deleted') toast.success(`Assistant ${server.name} deleted`)
          else toast.info(`Assistant ${server.name} was already deleted elsewhere`)
          await gone.refreshLists()
          await navigate({ to: '/deepslate/assistants', ignoreBlocker: true })
          gone.forgetDetail(id)
        }}
      />
    </Page>
  )
}
