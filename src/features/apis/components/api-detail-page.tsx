/** One API: edit it (PATCH of the changed fields only), see who uses it, delete it. */
import { useState } from 'react'
import { Link, useNavigate } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import { Trash2 } from 'lucide-react'
import { toast } from '@/lib/notify'
import { useFormBaseline } from '@/lib/use-form-baseline'
import { useApiClient, useWriteAccess } from '@/api/connection-context'
import { apiQueries } from '@/api/resources/apis'
import { errorMessage, isApiError } from '@/api/api-error'
import type { Api, ApiPatch, ApiWrite } from '@/contract/api'
import { Button, buttonClasses } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { Panel } from '@/components/ui/page'
import { Skeleton } from '@/components/ui/skeleton'
import { EmptyState, ErrorState } from '@/components/ui/states'
import { useDeleteApi, usePatchApi } from '../api/api-mutations'
import { ApiForm } from './api-form'
import { changedApiFields } from './api-change-summary'
import { ApiPageFrame } from './api-page-frame'
import { ApiUsagePanel } from './api-usage-panel'

export function ApiDetailPage({ code }: { code: string }) {
  const client = useApiClient()
  const api = useQuery(apiQueries.detail(client, code))
  if (api.isPending) {
    return (
      <ApiPageFrame crumb={code} title={code}>
        <div role="status" aria-label="Loading API" className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <Skeleton className="h-80" />
          <Skeleton className="h-48" />
        </div>
      </ApiPageFrame>
    )
  }
  if (api.isError) {
    return (
      <ApiPageFrame crumb={code} title={code}>
        {isApiError(api.error) && api.error.isNotFound ? (
          <EmptyState
            title={`No API “${code}”`}
            description="It may have been deleted or renamed."
            action={
              <Link to="/apis" className={buttonClasses()}>
                Back to APIs
              </Link>
            }
          />
        ) : (
          <ErrorState title="Could not load the API" error={api.error} onRetry={() => void api.refetch()} />
        )}
      </ApiPageFrame>
    )
  }
  return <ApiDetail api={api.data} />
}

function ApiDetail({ api }: { api: Api }) {
  const navigate = useNavigate()
  const { canWrite, reason } = useWriteAccess()
  const patch = usePatchApi(api.code)
  const remove = useDeleteApi(api.code)
  const [confirmOpen, setConfirmOpen] = useState(false)
  const original: ApiWrite = { code: api.code, url: api.url, headers: api.headers }
  // After a save the form remounts with the server's answer as its baseline.
  const form = useFormBaseline<ApiWrite>(original)

  const save = async (values: ApiWrite) => {
    const fields = changedApiFields(original, values)
    if (fields.length === 0) {
      toast.info('Nothing to save: the values match the server.')
      return
    }
    const body: ApiPatch = Object.fromEntries(fields.map((f) => [f, values[f]]))
    const saved = await patch.mutateAsync(body)
    toast.success(`API ${saved.code} saved`, { description: `Updated ${fields.join(', ')}.` })
    form.saved({ code: saved.code, url: saved.url, headers: saved.headers })
    if (saved.code !== api.code)
      await navigate({ to: '/apis/$code', params: { code: saved.code }, replace: true, ignoreBlocker: true })
  }

  return (
    <ApiPageFrame
      crumb={api.code}
      title={<span className="font-mono">{api.code}</span>}
      description={<span className="font-mono break-all">{api.url}</span>}
      actions={
        <Button
          variant="secondary"
          onClick={() => setConfirmOpen(true)}
          disabled={!canWrite}
          title={reason ?? undefined}
          className="text-danger"
        >
          <Trash2 className="size-4" aria-hidden /> Delete
        </Button>
      }
    >
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Panel className="p-5">
          <h2 className="mb-4 text-sm font-semibold">Configuration</h2>
          <ApiForm
            key={form.key}
            defaultValues={form.baseline}
            original={original}
            submitLabel="Save changes"
            onSubmit={save}
          />
        </Panel>
        <ApiUsagePanel code={api.code} />
      </div>
      <ConfirmDialog
        open={confirmOpen}
        onOpenChange={setConfirmOpen}
        title={`Delete API ${api.code}?`}
        description={`Assistants whose instructions call “${api.code}” will get an error from call_api. This cannot be undone.`}
        confirmLabel={`Delete ${api.code}`}
        onConfirm={async () => {
          try {
            await remove.mutateAsync()
          } catch (e) {
            toast.error(`Could not delete ${api.code}`, { description: errorMessage(e) })
            throw e
          }
          toast.success(`API ${api.code} deleted`)
          await navigate({ to: '/apis', ignoreBlocker: true })
        }}
      />
    </ApiPageFrame>
  )
}
