/**
 * The `transcript` of the evaluate body: turns to add, edit, reorder and
 * delete, filled by pasting a raw transcript or from a mock conversation.
 * The conversation loader hides itself on a server without `/mock/conversations/`.
 */
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { ClipboardPaste, MessageSquarePlus } from 'lucide-react'
import { toast } from '@/lib/notify'
import { useApiClient } from '@/api/connection-context'
import type { TranscriptTurn } from '@/contract/evaluate'
import { Button } from '@/components/ui/button'
import { conversationQueries } from '@/api/resources/conversations'
import { moveTurn, newTurnId, toEditable, type EditableTurn } from '@/lib/run/transcript'
import { PasteTranscriptDialog } from '@/components/run/paste-transcript-dialog'
import { TurnRow, turnTextId } from './transcript-turn-row'

/** Moving a DOM node drops its focus: put it back on the same control, or its text when that control became disabled. */
function focusTurn(id: string, control: 'text' | 'up' | 'down' = 'text') {
  requestAnimationFrame(() => {
    const button = control === 'text' ? null : document.getElementById(`${turnTextId(id)}-${control}`)
    if (button instanceof HTMLButtonElement && !button.disabled) button.focus()
    else document.getElementById(turnTextId(id))?.focus()
  })
}

export function TranscriptEditor({
  turns,
  onChange,
}: {
  turns: EditableTurn[]
  onChange: (turns: EditableTurn[]) => void
}) {
  const client = useApiClient()
  const conversations = useQuery(conversationQueries.list(client))
  const [pasting, setPasting] = useState(false)

  const addTurn = () => {
    const last = turns[turns.length - 1]
    const turn: EditableTurn = {
      id: newTurnId(),
      speaker: last?.speaker === 'customer' ? 'agent' : 'customer',
      text: '',
    }
    onChange([...turns, turn])
    focusTurn(turn.id)
  }
  const applyParsed = (parsed: TranscriptTurn[], mode: 'replace' | 'append') => {
    onChange(mode === 'replace' ? toEditable(parsed) : [...turns, ...toEditable(parsed)])
    toast.success(
      `${parsed.length} turn${parsed.length === 1 ? '' : 's'} ${mode === 'replace' ? 'loaded' : 'appended'}`,
    )
  }
  const loadConversation = (id: string) => {
    const conversation = conversations.data?.find((c) => c.id === id)
    if (!conversation) return
    onChange(toEditable(conversation.transcript))
    toast.success(`Loaded ${conversation.transcript.length} turns from “${conversation.title}”`)
  }

  return (
    <section aria-labelledby="transcript-heading" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="transcript-heading" className="flex items-baseline gap-2 text-sm font-medium">
          Transcript <code className="text-xs font-normal text-muted">transcript</code>
          <span className="text-xs font-normal text-muted">
            {turns.length > 0 ? `${turns.length} turns` : 'optional'}
          </span>
        </h2>
        <div className="flex flex-wrap items-center gap-1.5">
          {conversations.isSuccess && conversations.data.length > 0 ? (
            <select
              aria-label="Load a conversation's transcript"
              value=""
              onChange={(e) => loadConversation(e.target.value)}
              className="h-8 max-w-48 rounded-md border border-border bg-surface px-2 text-sm text-fg shadow-sm"
            >
              <option value="" disabled>
                Load conversation…
              </option>
              {conversations.data.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title} ({c.id})
                </option>
              ))}
            </select>
          ) : null}
          <Button size="sm" onClick={() => setPasting(true)}>
            <ClipboardPaste className="size-3.5" aria-hidden /> Paste
          </Button>
          <Button size="sm" onClick={addTurn}>
            <MessageSquarePlus className="size-3.5" aria-hidden /> Add turn
          </Button>
        </div>
      </div>
      {turns.length === 0 ? (
        <p className="rounded-md border border-dashed border-border px-3 py-4 text-center text-xs text-muted">
          No turns. Add or paste some, or leave it empty: with a conversation_id, an assistant that includes the
          conversation transcript receives that conversation&rsquo;s.
        </p>
      ) : (
        <ol aria-label="Transcript turns" className="flex max-h-[26rem] flex-col gap-1.5 overflow-auto">
          {turns.map((turn, index) => (
            <TurnRow
              key={turn.id}
              turn={turn}
              index={index}
              count={turns.length}
              onChange={(next) => onChange(turns.map((t) => (t.id === next.id ? next : t)))}
              onMove={(delta, from) => {
                onChange(moveTurn(turns, index, delta))
                focusTurn(turn.id, from)
              }}
              onDelete={() => onChange(turns.filter((t) => t.id !== turn.id))}
            />
          ))}
        </ol>
      )}
      <PasteTranscriptDialog
        open={pasting}
        onOpenChange={setPasting}
        onApply={applyParsed}
        hasTurns={turns.length > 0}
      />
    </section>
  )
}
