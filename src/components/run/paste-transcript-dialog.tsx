/** Paste a raw transcript (`Customer: …` / `Agent: …` / `Visitor: …` lines) and preview the turns it becomes. */
import { useState } from 'react'
import type { TranscriptTurn } from '@/contract/evaluate'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Textarea } from '@/components/ui/input'
import { parseTranscript, speakerLabel } from '@/lib/run/transcript'

interface PasteTranscriptDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  onApply: (turns: TranscriptTurn[], mode: 'replace' | 'append') => void
  hasTurns: boolean
}

export function PasteTranscriptDialog({ open, onOpenChange, onApply, hasTurns }: PasteTranscriptDialogProps) {
  const [raw, setRaw] = useState('')
  const turns = parseTranscript(raw)
  const apply = (mode: 'replace' | 'append') => {
    onApply(turns, mode)
    setRaw('')
    onOpenChange(false)
  }
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Paste a transcript"
      description="One turn per line, starting with Customer:, Visitor:, Agent: or System:. Lines without a prefix continue the previous turn."
      className="w-[min(94vw,40rem)]"
      footer={
        <>
          {hasTurns ? (
            <Button disabled={turns.length === 0} onClick={() => apply('append')}>
              Append {turns.length || ''} turns
            </Button>
          ) : null}
          <Button variant="primary" disabled={turns.length === 0} onClick={() => apply('replace')}>
            {hasTurns ? 'Replace turns' : `Add ${turns.length || ''} turns`}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <Textarea
          aria-label="Raw transcript"
          rows={8}
          value={raw}
          onChange={(e) => setRaw(e.target.value)}
          placeholder={'Visitor: Hi, I want to change my subscription\nAgent: Sure, which plan would you like?'}
        />
        {turns.length > 0 ? (
          <div>
            <h3 className="mb-1.5 text-xs font-medium tracking-wide text-muted uppercase">
              Preview: {turns.length} turns
            </h3>
            <ol className="flex max-h-48 flex-col gap-1 overflow-auto text-sm">
              {turns.map((t, i) => (
                <li key={i} className="flex gap-2">
                  <span className="w-16 shrink-0 text-xs font-medium text-muted">{speakerLabel(t.speaker)}</span>
                  <span className="min-w-0 break-words whitespace-pre-wrap">{t.text}</span>
                </li>
              ))}
            </ol>
          </div>
        ) : null}
      </div>
    </Dialog>
  )
}
