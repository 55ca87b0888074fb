/** The prompt the model received, block by block (instructions, metadata, parameters, transcript), when the server says. */
import { useId, useState } from 'react'
import { ChevronRight } from 'lucide-react'
import { cn } from '@/lib/cn'
import { Panel } from '@/components/ui/page'
import type { RunRecord } from '@/lib/run/run-model'
import { useRunSelector, type RunStore } from '@/lib/run/run-store'

const selectPrompt = (r: RunRecord | null) => r?.prompt ?? null
const selectHasRun = (r: RunRecord | null) => r !== null

export function PromptPanel({ store }: { store: RunStore }) {
  const prompt = useRunSelector(store, selectPrompt)
  const hasRun = useRunSelector(store, selectHasRun)
  const [open, setOpen] = useState(false)
  const bodyId = useId()
  if (!hasRun) return null
  return (
    <Panel>
      <h2>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
          className="flex w-full items-center gap-2 rounded-lg px-4 py-2.5 text-left text-sm font-semibold hover:bg-surface-2/50"
        >
          <ChevronRight className={cn('size-4 text-muted transition-transform', open && 'rotate-90')} aria-hidden />
          Prompt
          <span className="text-xs font-normal text-muted">
            {prompt ? `${prompt.length} blocks: ${prompt.map((b) => b.name).join(', ')}` : 'not sent by this server'}
          </span>
        </button>
      </h2>
      <div id={bodyId} hidden={!open} className="flex flex-col gap-3 border-t border-border px-4 py-3">
        {prompt ? (
          prompt.map((block, i) => (
            <section key={i} aria-label={`Prompt block ${block.name}`}>
              <h3 className="mb-1 font-mono text-xs text-accent">&lt;{block.name}&gt;</h3>
              <pre className="max-h-64 overflow-auto rounded-md border border-border bg-surface-2 p-2 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap">
                {block.content}
              </pre>
            </section>
          ))
        ) : (
          <p className="text-sm text-muted">
            The server did not include the prompt in this run (only streamed runs carry it, in the <code>start</code>{' '}
            event).
          </p>
        )}
      </div>
    </Panel>
  )
}
