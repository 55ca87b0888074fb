/** Creating a Deepslate assistant on the edit kit. Typed secrets are never kept in a draft. */
import { useQueryClient } from '@tanstack/react-query'
import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate } from '@tanstack/react-router'
import type { Resolver } from 'react-hook-form'
import { toast } from '@/lib/notify'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { useApiClient, useConnectionIdentity, useWriteAccess } from '@/api/connection-context'
import {
  deepslateAssistantKeys,
  deepslateAssistantsApi,
  type DeepslateTenant,
} from '@/api/resources/deepslate/assistants'
import type { Assistant } from '@/contract/deepslate/assistant'
import { DEEPSLATE_DEMO_STRATEGY_ID } from '@/contract/deepslate/demo'
import { DEFAULT_SORT } from '@/contract/deepslate/list-query'
import { sameValue } from '@/lib/edit/merge'
import { Breadcrumb } from '@/components/ui/breadcrumb'
import { Button } from '@/components/ui/button'
import { Page, Panel } from '@/components/ui/page'
import { EditForm } from '@/components/edit/edit-form'
import {
  ASSISTANT_FIELD_LABELS,
  ASSISTANT_FORM_FIELDS,
  assistantFormSchema,
  emptyAssistantForm,
  formatAssistantField,
  redactSecrets,
  stripSecrets,
  toAssistantFormValues,
  toAssistantWrite,
  type AssistantFormValues,
} from '../assistant-form-schema'
import { useCreateDeepslateAssistant } from '../api/assistant-mutations'
import { useDeepslateTenant } from '../tenant'
import { AssistantFormFields } from './assistant-form-fields'
import { TenantNotice } from './tenant-notice'

export function DeepslateAssistantCreatePage() {
  const client = useApiClient()
  const tenant = useDeepslateTenant()
  return (
    <Page
      title="New assistant"
      description="A Deepslate voice assistant: what it says first, how it behaves, and what it may call."
      breadcrumb={<Breadcrumb to="/deepslate/assistants" label="Assistants" current="New" mono={false} />}
    >
      <Panel className="max-w-4xl p-5">
        {tenant.ok ? (
          <CreateAssistantForm
            key={`${client.key}|${tenant.tenant.vendorId}|${tenant.tenant.organizationId}`}
            tenant={tenant.tenant}
          />
        ) : (
          <TenantNotice problems={tenant.problems} />
        )}
      </Panel>
    </Page>
  )
}

function CreateAssistantForm({ tenant }: { tenant: DeepslateTenant }) {
  const client = useApiClient()
  const qc = useQueryClient()
  const navigate = useNavigate()
  const identity = useConnectionIdentity()
  const { canWrite, reason } = useWriteAccess()
  const create = useCreateDeepslateAssistant(tenant)
  const kit = useEditKit<AssistantFormValues, Assistant>({
    resolver: zodResolver(assistantFormSchema) as Resolver<AssistantFormValues>,
    fields: ASSISTANT_FORM_FIELDS,
    record: null,
    empty: emptyAssistantForm(DEEPSLATE_DEMO_STRATEGY_ID),
    toValues: toAssistantFormValues,
    save: async (values, { signal }) =>
      redactSecrets(await create.mutateAsync({ body: toAssistantWrite(values, null), signal })),
    // After an attempt whose outcome is unknown: an assistant of this name whose other fields match
    // is the one that attempt created (the API has no name search: read the pages sorted by name).
    findCreated: async (values: AssistantFormValues, signal: AbortSignal) => {
      for (let page = 0; page < 20; page++) {
        const found = await deepslateAssistantsApi.list(client, tenant, { page, size: 100, sort: DEFAULT_SORT }, signal)
        for (const hit of found.items.filter((a) => a.name === values.name)) {
          const full = await deepslateAssistantsApi.get(client, tenant, hit.id, signal)
          const candidate = redactSecrets(full)
          if (sameValue(toAssistantFormValues(candidate), values)) {
            qc.setQueryData(deepslateAssistantKeys.detail(client, tenant, full.id), full)
            return candidate
          }
        }
        if (page + 1 >= found.totalPages) break
      }
      return null
    },
    onSaved: async (saved) => {
      toast.success(`Assistant ${saved.name} created`)
      await navigate({
        to: '/deepslate/assistants/$assistantId',
        params: { assistantId: saved.id },
        ignoreBlocker: true,
      })
    },
    draft: {
      connection: identity,
      scope: ['deepslate-assistant', tenant.vendorId, tenant.organizationId, 'new'],
      strip: stripSecrets,
    },
    readOnly: !canWrite,
    what: 'create the assistant',
  })
  return (
    <EditForm
      kit={kit}
      label="New assistant"
      labels={ASSISTANT_FIELD_LABELS}
      format={formatAssistantField}
      readOnlyReason={canWrite ? null : reason}
      saveLabel="Create assistant"
      bar="inline"
      leaveMessage="You have not created this assistant yet. Leaving keeps a draft, without any secrets you typed."
      actionsEnd={<Button onClick={() => void navigate({ to: '/deepslate/assistants' })}>Cancel</Button>}
    >
      <AssistantFormFields form={kit.form} readOnly={!canWrite} secrets={null} />
    </EditForm>
  )
}
