/**
 * On the assistants list, when draft tests left temporary copies behind (a
 * crash, a closed laptop, a failed delete): one line offering to delete them.
 * Loaded only when there are some, so the list page stays as light as it was.
 */
import { useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { AlertTriangle } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { assistantKeys } from '@/api/resources/assistants'
import { Button } from '@/components/ui/button'
import { deleteDraftCopy } from '@/lib/qa/draft-copy'

export default function LeftoverCopiesBanner({
  codes,
  disabledReason,
}: {
  codes: string[]
  disabledReason: string | null
}) {
  const client = useApiClient()
  const queryClient = useQueryClient()
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState<string[]>([])
  const n = codes.length

  const deleteAll = async () => {
    setBusy(true)
    const results = await Promise.allSettled(codes.map((code) => deleteDraftCopy(client, code)))
    setFailed(
      results.flatMap((r, i) =>
        r.status === 'rejected'
          ? [`${codes[i] ?? ''}: ${r.reason instanceof Error ? r.reason.message : String(r.reason)}`]
          : [],
      ),
    )
    await queryClient.invalidateQueries({ queryKey: assistantKeys.list(client) })
    setBusy(false)
  }

  return (
    <div
      role="region"
      aria-label="Leftover draft-test copies"
      className="flex flex-wrap items-center gap-3 rounded-md border border-warning/40 bg-warning/5 px-3 py-2 text-sm"
    >
      <AlertTriangle className="size-4 shrink-0 text-warning" aria-hidden />
      <p className="mr-auto">
        {n === 1 ? '1 temporary draft-test copy is' : `${n} temporary draft-test copies are`} left over{' '}
        <span className="text-muted" title={codes.join('\n')}>
          (from draft tests that did not finish: {codes.slice(0, 3).join(', ')}
          {n > 3 ? `, and ${n - 3} more` : ''})
        </span>
      </p>
      <Button
        size="sm"
        onClick={() => void deleteAll()}
        disabled={busy || disabledReason !== null}
        title={disabledReason ?? undefined}
      >
        {busy ? 'Deleting…' : n === 1 ? 'Delete it' : 'Delete them'}
      </Button>
      {failed.length > 0 ? (
        <p role="alert" className="w-full text-xs text-danger">
          Could not delete {failed.join('; ')}
        </p>
      ) : null}
    </div>
  )
}
