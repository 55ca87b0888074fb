/**
 * On the assistants list, when draft tests left temporary copies behind (a
 * crash, a closed laptop, a failed delete): one line offering to delete them.
 * Loaded by the list only when some code looks like a copy, and kept free of
 * the app's shared chunks (the client comes as a prop, the deleting code loads
 * on click), so the list page stays as light as it was.
 */
import { useMemo, useState } from 'react'
import type { ApiClient } from '@/api/http-client'
import { findLeftoverCopies } from '@/lib/qa/draft-copy-code'

export default function LeftoverCopiesBanner({
  assistants,
  client,
  onDeleted,
  disabledReason,
}: {
  assistants: readonly { code: string }[]
  client: ApiClient
  /** Refreshes the list. */
  onDeleted: () => Promise<unknown>
  disabledReason: string | null
}) {
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState<string[]>([])
  const codes = useMemo(() => findLeftoverCopies(assistants).map((a) => a.code), [assistants])
  const n = codes.length
  if (n === 0) return null

  const deleteAll = async () => {
    setBusy(true)
    try {
      const { deleteDraftCopy } = await import('@/lib/qa/draft-copy')
      const results = await Promise.allSettled(codes.map((code) => deleteDraftCopy(client, code)))
      const why = (r: PromiseRejectedResult) => (r.reason instanceof Error ? r.reason.message : String(r.reason))
      setFailed(results.flatMap((r, i) => (r.status === 'rejected' ? [`${codes[i] ?? ''}: ${why(r)}`] : [])))
      await onDeleted()
    } catch (e) {
      setFailed([e instanceof Error ? e.message : String(e)])
    } finally {
      setBusy(false)
    }
  }

  return (
    <div
      role="region"
      aria-label="Leftover draft-test copies"
      className="flex flex-wrap items-center gap-3 rounded-md border border-warning/40 bg-warning/5 px-3 py-2 text-sm"
    >
      {/* A character, not lucide's icon: the icon lives in the entry chunk, whose whole tree a lazy import lists. */}
      <span aria-hidden className="text-warning">
        ⚠
      </span>
      <p className="mr-auto">
        {n === 1 ? '1 temporary draft-test copy is' : `${n} temporary draft-test copies are`} left over{' '}
        <span className="text-muted" title={codes.join('\n')}>
          (from draft tests that did not finish: {codes.slice(0, 3).join(', ')}
          {n > 3 ? `, and ${n - 3} more` : ''})
        </span>
      </p>
      {/* A plain button styled as the kit's secondary one: importing Button would pull shared chunks in. */}
      <button
        type="button"
        className="inline-flex h-8 items-center rounded-md border border-border bg-surface px-2.5 text-sm shadow-sm hover:bg-surface-2 disabled:opacity-60"
        onClick={() => void deleteAll()}
        disabled={busy || disabledReason !== null}
        title={disabledReason ?? undefined}
      >
        {busy ? 'Deleting…' : n === 1 ? 'Delete it' : 'Delete them'}
      </button>
      {failed.length > 0 ? (
        <p role="alert" className="w-full text-xs text-danger">
          Could not delete {failed.join('; ')}
        </p>
      ) : null}
    </div>
  )
}
