/**
 * Transcript turns as the editor holds them (with stable ids for reordering),
 * and the parser for pasted raw transcripts: `Customer: ...`, `Agent: ...`,
 * `Visitor: ...` lines, where unprefixed lines continue the previous turn.
 */
import type { Speaker, TranscriptTurn } from '@/contract/evaluate'

export interface EditableTurn {
  id: string
  speaker: Speaker
  text: string
}

const SPEAKER_ALIASES: Record<string, Speaker> = {
  customer: 'customer',
  visitor: 'customer',
  user: 'customer',
  client: 'customer',
  klant: 'customer',
  agent: 'agent',
  assistant: 'agent',
  bot: 'agent',
  medewerker: 'agent',
  system: 'system',
}

// `Visitor: hi`, `[10:02] Agent: hello`, `- Customer - 10:02: ...` are all common exports.
const LINE = /^\s*(?:\[[^\]]*\]\s*)?[-*•]?\s*([A-Za-z]+)(?:\s*\([^)]*\))?\s*(?:-\s*[\d:]+\s*)?:\s?(.*)$/

export function parseTranscript(raw: string): TranscriptTurn[] {
  const turns: TranscriptTurn[] = []
  for (const line of raw.split(/\r?\n/)) {
    const match = LINE.exec(line)
    const speaker = match ? SPEAKER_ALIASES[(match[1] ?? '').toLowerCase()] : undefined
    if (match && speaker) {
      turns.push({ speaker, text: (match[2] ?? '').trim() })
      continue
    }
    const text = line.trim()
    if (text === '') continue
    const last = turns[turns.length - 1]
    if (last) last.text = last.text === '' ? text : `${last.text}\n${text}`
    else turns.push({ speaker: 'customer', text })
  }
  return turns
}

const LABELS: Record<Speaker, string> = { customer: 'Customer', agent: 'Agent', system: 'System' }
export const speakerLabel = (speaker: Speaker): string => LABELS[speaker]

export function formatTranscript(turns: readonly Pick<TranscriptTurn, 'speaker' | 'text'>[]): string {
  return turns.map((t) => `${LABELS[t.speaker]}: ${t.text}`).join('\n')
}

let nextId = 0
export function newTurnId(): string {
  nextId += 1
  return `turn-${nextId}`
}

export function toEditable(turns: readonly TranscriptTurn[]): EditableTurn[] {
  return turns.map((t) => ({ id: newTurnId(), speaker: t.speaker, text: t.text }))
}

export function toTurns(turns: readonly EditableTurn[]): TranscriptTurn[] {
  return turns.map(({ speaker, text }) => ({ speaker, text }))
}

/** Moves the turn at `index` by `delta` (−1 up, +1 down); out-of-range moves change nothing. */
export function moveTurn<T>(turns: readonly T[], index: number, delta: number): T[] {
  const target = index + delta
  if (index < 0 || index >= turns.length || target < 0 || target >= turns.length) return [...turns]
  const next = [...turns]
  const [moved] = next.splice(index, 1)
  if (moved !== undefined) next.splice(target, 0, moved)
  return next
}
