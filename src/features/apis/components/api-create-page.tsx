/** Creating an API. */
import { useNavigate } from '@tanstack/react-router'
import { toast } from '@/lib/notify'
import { Panel } from '@/components/ui/page'
import { useCreateApi } from '../api/api-mutations'
import { ApiForm } from './api-form'
import { ApiPageFrame } from './api-page-frame'

export function ApiCreatePage() {
  const navigate = useNavigate()
  const create = useCreateApi()
  return (
    <ApiPageFrame crumb="New" title="New API" description="An external API the call_api tool may call.">
      <Panel className="max-w-3xl p-5">
        <ApiForm
          defaultValues={{ code: '', url: '', headers: '{}' }}
          submitLabel="Create API"
          onSubmit={async (values) => {
            const api = await create.mutateAsync(values)
            toast.success(`API ${api.code} created`)
            await navigate({ to: '/apis/$code', params: { code: api.code }, ignoreBlocker: true })
          }}
          onCancel={() => void navigate({ to: '/apis' })}
        />
      </Panel>
    </ApiPageFrame>
  )
}
