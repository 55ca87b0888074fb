/** Transcripts as turns, and the `Customer: ...` line form the evaluate body may carry instead. */
import type { Speaker, TranscriptTurn } from '../../../src/contract/evaluate'

const SPEAKER_ALIASES: Record<string, Speaker> = {
  customer: 'customer',
  visitor: 'customer',
  user: 'customer',
  client: 'customer',
  agent: 'agent',
  assistant: 'agent',
  bot: 'agent',
  system: 'system',
}

/** Lines without a known `Speaker:` prefix continue the previous turn. */
export function parseTranscript(text: string): TranscriptTurn[] {
  const turns: TranscriptTurn[] = []
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z]+)\s*:\s?(.*)$/.exec(line)
    const speaker = match ? SPEAKER_ALIASES[(match[1] ?? '').toLowerCase()] : undefined
    if (match && speaker) {
      turns.push({ speaker, text: (match[2] ?? '').trim() })
    } else if (line.trim() !== '') {
      const last = turns[turns.length - 1]
      if (last) last.text = `${last.text}\n${line.trim()}`.trim()
      else turns.push({ speaker: 'customer', text: line.trim() })
    }
  }
  return turns
}

const LABELS: Record<Speaker, string> = { customer: 'Customer', agent: 'Agent', system: 'System' }

export function formatTranscript(turns: readonly TranscriptTurn[]): string {
  return turns.map((t) => `${LABELS[t.speaker]}: ${t.text}`).join('\n')
}

export function customerText(turns: readonly TranscriptTurn[]): string {
  return turns
    .filter((t) => t.speaker === 'customer')
    .map((t) => t.text)
    .join('\n')
}

export function lastCustomerMessage(turns: readonly TranscriptTurn[]): string | null {
  for (let i = turns.length - 1; i >= 0; i -= 1) {
    const turn = turns[i]
    if (turn?.speaker === 'customer') return turn.text
  }
  return null
}
