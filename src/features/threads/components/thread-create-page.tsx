/** Creating a thread by hand (e.g. to test an assistant's trace view). */
import { Link, useNavigate } from '@tanstack/react-router'
import { toast } from '@/lib/notify'
import { Panel } from '@/components/ui/page'
import { useCreateThread } from '../api/thread-mutations'
import { ThreadForm } from './thread-form'

export function ThreadCreatePage({ assistant }: { assistant: string }) {
  const navigate = useNavigate()
  const create = useCreateThread(assistant)
  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center gap-2 text-sm">
        <Link to="/assistants/$code/threads" params={{ code: assistant }} className="text-muted hover:text-fg hover:underline">
          Threads
        </Link>
        <span className="text-muted" aria-hidden>
          /
        </span>
        <h2 className="font-semibold">New thread</h2>
      </div>
      <Panel className="max-w-2xl p-5">
        <ThreadForm
          initial={null}
          submitLabel="Create thread"
          onCancel={() => void navigate({ to: '/assistants/$code/threads', params: { code: assistant } })}
          onSubmit={async (body) => {
            const thread = await create.mutateAsync(body)
            toast.success(`Thread #${thread.id} created`)
            await navigate({ to: '/assistants/$code/threads/$threadId', params: { code: assistant, threadId: thread.id }, ignoreBlocker: true })
          }}
        />
      </Panel>
    </div>
  )
}
