/** Creating a thread by hand (e.g. to test an assistant's trace view). */
import { useNavigate } from '@tanstack/react-router'
import { toast } from '@/lib/notify'
import { Panel } from '@/components/ui/page'
import { useCreateThread } from '../api/thread-mutations'
import { ThreadForm } from './thread-form'
import { ThreadHeading } from './thread-heading'

export function ThreadCreatePage({ assistant }: { assistant: string }) {
  const navigate = useNavigate()
  const create = useCreateThread(assistant)
  return (
    <div className="flex flex-col gap-4">
      <ThreadHeading assistant={assistant} title="New thread" />
      <Panel className="max-w-2xl p-5">
        <ThreadForm
          initial={null}
          submitLabel="Create thread"
          onCancel={() => void navigate({ to: '/assistants/$code/threads', params: { code: assistant } })}
          onSubmit={async (body) => {
            const thread = await create.mutateAsync(body)
            toast.success(`Thread #${thread.id} created`)
            await navigate({
              to: '/assistants/$code/threads/$threadId',
              params: { code: assistant, threadId: thread.id },
              ignoreBlocker: true,
            })
          }}
        />
      </Panel>
    </div>
  )
}
