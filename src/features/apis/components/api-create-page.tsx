/** Creating an API on the edit kit. Header values are never kept as a draft. */
import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate } from '@tanstack/react-router'
import { toast } from '@/lib/notify'
import { isApiError } from '@/api/api-error'
import { useApiClient, useConnectionIdentity, useWriteAccess } from '@/api/connection-context'
import { apisApi } from '@/api/resources/apis'
import type { Api } from '@/contract/api'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { Button } from '@/components/ui/button'
import { Panel } from '@/components/ui/page'
import { EditForm } from '@/components/edit/edit-form'
import {
  API_FIELD_LABELS,
  API_FORM_FIELDS,
  EMPTY_API_FORM,
  apiFormSchema,
  equalApiField,
  toApiFormValues,
  toApiWrite,
  type ApiFormValues,
} from '../api-form-schema'
import { useCreateApi } from '../api/api-mutations'
import { ApiFormFields } from './api-form-fields'
import { ApiPageFrame } from './api-page-frame'

export function ApiCreatePage() {
  const client = useApiClient()
  return (
    <ApiPageFrame crumb="New" title="New API" description="An external API the call_api tool may call.">
      <Panel className="max-w-3xl p-5">
        <CreateApiForm key={client.key} />
      </Panel>
    </ApiPageFrame>
  )
}

function CreateApiForm() {
  const client = useApiClient()
  const navigate = useNavigate()
  const identity = useConnectionIdentity()
  const { canWrite, reason } = useWriteAccess()
  const create = useCreateApi()
  const kit = useEditKit<ApiFormValues, Api>({
    resolver: zodResolver(apiFormSchema),
    fields: API_FORM_FIELDS,
    record: null,
    empty: EMPTY_API_FORM,
    toValues: toApiFormValues,
    equal: equalApiField,
    save: (values) => create.mutateAsync(toApiWrite(values)),
    findCreated: async (values, signal) => {
      try {
        return await apisApi.get(client, values.code, signal)
      } catch (e) {
        if (isApiError(e) && e.isNotFound) return null
        throw e
      }
    },
    onSaved: async (api) => {
      toast.success(`API ${api.code} created`)
      await navigate({ to: '/apis/$code', params: { code: api.code }, ignoreBlocker: true })
    },
    draft: { connection: identity, scope: ['api', 'new'], strip: ({ code, url }) => ({ code, url }) },
    readOnly: !canWrite,
    what: 'create the API',
  })
  return (
    <EditForm
      kit={kit}
      label="New API"
      labels={API_FIELD_LABELS}
      readOnlyReason={canWrite ? null : reason}
      saveLabel="Create API"
      bar="inline"
      actionsEnd={<Button onClick={() => void navigate({ to: '/apis' })}>Cancel</Button>}
    >
      <ApiFormFields form={kit.form} readOnly={!canWrite} />
    </EditForm>
  )
}
