/**
 * A new key's secret, shown once: the only place it ever appears. The parent
 * holds it in state only while this is open and drops it on close, so nothing
 * of it stays in the page (nor in any cache) afterwards.
 */
import { Copy, TriangleAlert } from 'lucide-react'
import type { CreatedApiKey } from '@/contract/griptape/api-key'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { copyText } from '@/lib/clipboard'

export function SecretDialog({ created, onClose }: { created: CreatedApiKey | null; onClose: () => void }) {
  return (
    <Dialog
      open={created !== null}
      onOpenChange={(open) => !open && onClose()}
      title={created ? `API key “${created.name}” created` : 'API key created'}
      footer={
        <Button variant="primary" onClick={onClose}>
          I have copied it
        </Button>
      }
    >
      {created ? (
        <div className="flex flex-col gap-3 text-sm">
          <p className="flex gap-2 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-warning">
            <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
            <span>
              Copy the secret now: <strong>you will not see it again</strong>. Griptape never shows it a second time; a
              lost key can only be replaced.
            </span>
          </p>
          <div className="flex items-center gap-2">
            <code
              aria-label="Secret of the new API key"
              className="min-w-0 flex-1 rounded-md border border-border bg-surface-2 px-2 py-1.5 font-mono text-xs break-all select-all"
            >
              {created.value}
            </code>
            <Button size="sm" onClick={() => void copyText(created.value, 'API key')}>
              <Copy className="size-3.5" aria-hidden /> Copy
            </Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  )
}
