/** One API on the edit kit: PATCH of the changed fields, a guarded rename, who uses it, delete. */
import { useState } from 'react'
import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate } from '@tanstack/react-router'
import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { toast } from '@/lib/notify'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { useApiClient, useConnection, useWriteAccess } from '@/api/connection-context'
import { apiQueries, apisApi } from '@/api/resources/apis'
import { assistantKeys, assistantQueries, assistantsApi } from '@/api/resources/assistants'
import type { Api } from '@/contract/api'
import { Panel } from '@/components/ui/page'
import { DeleteDialog } from '@/components/edit/delete-dialog'
import { DeleteButton } from '@/components/edit/delete-button'
import { EditForm } from '@/components/edit/edit-form'
import {
  API_FIELD_LABELS,
  API_FORM_FIELDS,
  apiFormSchema,
  equalApiField,
  formatApiField,
  toApiFormValues,
  toApiPatch,
  type ApiFormValues,
} from '../api-form-schema'
import { assistantsMentioning } from '../api-mentions'
import { renameCode } from '@/lib/code-mentions'
import { useApiGone, useDeleteApi, usePatchApi } from '../api/api-mutations'
import { ApiFormFields } from './api-form-fields'
import { ApiPageFrame } from './api-page-frame'
import { ApiUsagePanel } from './api-usage-panel'
import { RenameApiDialog } from './rename-api-dialog'

export function ApiDetailPage({ code }: { code: string }) {
  const client = useApiClient()
  const { data } = useSuspenseQuery(apiQueries.detail(client, code))
  return <ApiDetail key={client.key} api={data} />
}

function ApiDetail({ api }: { api: Api }) {
  const { code } = api
  const client = useApiClient()
  const qc = useQueryClient()
  const navigate = useNavigate()
  const { environment } = useConnection()
  const { canWrite, reason } = useWriteAccess()
  const assistants = useQuery(assistantQueries.list(client))
  const mentions = assistants.data ? assistantsMentioning(assistants.data, code) : []
  const patch = usePatchApi(code)
  const remove = useDeleteApi(code)
  const gone = useApiGone()
  const [deleting, setDeleting] = useState(false)
  const [updateMentions, setUpdateMentions] = useState(true)

  const renameMentions = async (from: string, to: string) => {
    const results = await Promise.allSettled(
      mentions.map((a) => assistantsApi.patch(client, a.code, { instructions: renameCode(a.instructions, from, to) })),
    )
    await qc.invalidateQueries({ queryKey: assistantKeys.all(client) })
    const failed = mentions.filter((_, i) => results[i]?.status === 'rejected').map((a) => a.code)
    if (failed.length === 0) toast.success(`Updated the instructions of ${mentions.length} assistant(s)`)
    else toast.error(`Could not update the instructions of ${failed.join(', ')}: update them by hand.`)
  }

  const kit = useEditKit<ApiFormValues, Api>({
    resolver: zodResolver(apiFormSchema),
    fields: API_FORM_FIELDS,
    record: api,
    toValues: toApiFormValues,
    equal: equalApiField,
    fetchLatest: (signal) => apisApi.get(client, code, signal),
    save: (values, { changes }) => patch.mutateAsync(toApiPatch(changes, values)),
    // A rename that breaks assistants is confirmed first (with the offer to fix them).
    review: (changes) => changes.some((c) => c.field === 'code') && mentions.length > 0,
    onSaved: async (saved) => {
      toast.success(`API ${saved.code} saved`)
      if (saved.code === code) return
      if (updateMentions && mentions.length > 0) await renameMentions(code, saved.code)
      await navigate({ to: '/apis/$code', params: { code: saved.code }, replace: true, ignoreBlocker: true })
    },
    readOnly: !canWrite,
    what: `save ${code}`,
  })

  return (
    <ApiPageFrame
      crumb={code}
      title={<span className="font-mono">{code}</span>}
      description={<span className="font-mono break-all">{api.url}</span>}
    >
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Panel className="p-5">
          <h2 className="mb-4 text-sm font-semibold">Configuration</h2>
          <EditForm
            kit={kit}
            label="Edit API"
            labels={API_FIELD_LABELS}
            format={formatApiField}
            readOnlyReason={canWrite ? null : reason}
            saveLabel="Save changes"
            bar="inline"
            leaveMessage="You have unsaved changes to this API. Leaving discards them (header values are never kept as a draft)."
            actionsStart={
              <DeleteButton
                onClick={() => setDeleting(true)}
                disabledReason={canWrite ? null : (reason ?? 'Read-only connection.')}
              />
            }
          >
            <ApiFormFields form={kit.form} readOnly={!canWrite} saved={toApiFormValues(kit.base ?? api)} />
          </EditForm>
        </Panel>
        <ApiUsagePanel code={code} />
      </div>
      <RenameApiDialog
        open={kit.review !== null}
        from={code}
        to={kit.form.getValues('code')}
        mentions={mentions}
        updateMentions={updateMentions}
        onUpdateMentionsChange={setUpdateMentions}
        busy={kit.status === 'saving'}
        onConfirm={kit.confirmReview}
        onCancel={kit.cancelReview}
      />
      <DeleteDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete API ${code}?`}
        description={`Assistants whose instructions call “${code}” will get an error from call_api. This cannot be undone.`}
        confirmLabel={`Delete ${code}`}
        confirmText={environment.kind === 'production' ? code : null}
        remove={() => remove.mutateAsync()}
        onGone={async (how) => {
          if (how === 'deleted') toast.success(`API ${code} deleted`)
          else toast.info(`API ${code} was already deleted elsewhere`)
          await gone.dropFromLists(code)
          await navigate({ to: '/apis', ignoreBlocker: true })
          gone.forgetDetail(code)
        }}
      />
    </ApiPageFrame>
  )
}
