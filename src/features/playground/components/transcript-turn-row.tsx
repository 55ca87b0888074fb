/** One editable transcript turn: speaker, text, move up/down (buttons or Alt+↑/↓ in the text), delete. */
import type { KeyboardEvent } from 'react'
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react'
import { SPEAKERS, type Speaker } from '@/contract/evaluate'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/cn'
import { speakerLabel, type EditableTurn } from '@/lib/run/transcript'

const speakerTone: Record<Speaker, string> = {
  customer: 'border-l-accent',
  agent: 'border-l-success',
  system: 'border-l-warning',
}

export const turnTextId = (id: string) => `transcript-turn-${id}`

interface TurnRowProps {
  turn: EditableTurn
  index: number
  count: number
  onChange: (turn: EditableTurn) => void
  /** `from` says where focus should land after the move (the same control, moved with its turn). */
  onMove: (delta: number, from: 'text' | 'up' | 'down') => void
  onDelete: () => void
}

export function TurnRow({ turn, index, count, onChange, onMove, onDelete }: TurnRowProps) {
  const n = index + 1
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return
    e.preventDefault()
    onMove(e.key === 'ArrowUp' ? -1 : 1, 'text')
  }
  return (
    <li
      className={cn(
        'group flex gap-2 rounded-md border border-border border-l-[3px] bg-surface p-2',
        speakerTone[turn.speaker],
      )}
    >
      <div className="flex min-w-0 flex-1 flex-col gap-1.5">
        <select
          aria-label={`Speaker of turn ${n}`}
          value={turn.speaker}
          onChange={(e) => onChange({ ...turn, speaker: e.target.value as Speaker })}
          className="h-7 w-fit rounded border border-border bg-surface-2 px-1.5 text-xs font-medium text-fg"
        >
          {SPEAKERS.map((s) => (
            <option key={s} value={s}>
              {speakerLabel(s)}
            </option>
          ))}
        </select>
        <textarea
          id={turnTextId(turn.id)}
          aria-label={`Text of turn ${n}`}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          value={turn.text}
          rows={1}
          onChange={(e) => onChange({ ...turn, text: e.target.value })}
          onKeyDown={onKeyDown}
          placeholder={
            turn.speaker === 'customer'
              ? 'What the customer wrote…'
              : turn.speaker === 'agent'
                ? 'What the agent answered…'
                : 'A system note…'
          }
          className="max-h-40 min-h-8 w-full resize-y rounded [field-sizing:content] border border-transparent bg-transparent px-1.5 py-1 text-sm text-fg placeholder:text-muted hover:border-border focus-visible:border-border"
        />
      </div>
      <div className="flex flex-col gap-0.5 opacity-70 group-focus-within:opacity-100 group-hover:opacity-100">
        <Button
          variant="ghost"
          size="icon"
          className="size-7"
          id={`${turnTextId(turn.id)}-up`}
          aria-label={`Move turn ${n} up`}
          disabled={index === 0}
          onClick={() => onMove(-1, 'up')}
        >
          <ArrowUp className="size-3.5" aria-hidden />
        </Button>
        <Button
          variant="ghost"
          size="icon"
          className="size-7"
          id={`${turnTextId(turn.id)}-down`}
          aria-label={`Move turn ${n} down`}
          disabled={index === count - 1}
          onClick={() => onMove(1, 'down')}
        >
          <ArrowDown className="size-3.5" aria-hidden />
        </Button>
        <Button
          variant="ghost"
          size="icon"
          className="size-7 hover:text-danger"
          aria-label={`Delete turn ${n}`}
          onClick={onDelete}
        >
          <Trash2 className="size-3.5" aria-hidden />
        </Button>
      </div>
    </li>
  )
}
