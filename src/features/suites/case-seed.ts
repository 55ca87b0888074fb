/**
 * What a new test case starts from: a playground run, a thread's messages, a
 * seeded conversation, a pasted transcript or nothing. Each seed remembers its
 * source (with a console link back where there is a page to go back to).
 */
import type { Conversation, Speaker, TranscriptTurn } from '@/contract/evaluate'
import type { Message } from '@/contract/thread'
import type { CaseSource, TestCase } from '@/lib/qa/suite-format'
import type { RunRecord } from '@/lib/run/run-model'
import { parseTranscript } from '@/lib/run/transcript'
import type { SourceKind } from './new-case-search'

export type CaseSeed = Omit<TestCase, 'id'>

export const SOURCE_LABELS: Record<SourceKind, string> = {
  run: 'Playground run',
  thread: 'Thread',
  conversation: 'Seeded conversation',
  pasted: 'Pasted conversation',
  blank: 'Blank case',
}

const when = (ms: number) =>
  new Date(ms).toLocaleString('en-GB', { day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit' })

export function seedFromRun(run: RunRecord): CaseSeed {
  const { request } = run
  const label = `Playground run ${when(run.createdAt)}`
  return {
    name: `${request.assistant}: ${firstWords(request.transcript) ?? label}`,
    assistant: request.assistant,
    conversation_id: request.conversationId,
    transcript: request.transcript,
    input: request.input,
    assertions: [],
    source: {
      kind: 'run',
      ref: run.id,
      label,
      href: `/playground?assistant=${encodeURIComponent(request.assistant)}`,
    },
  }
}

const ROLE_SPEAKERS: Record<string, Speaker> = {
  user: 'customer',
  customer: 'customer',
  assistant: 'agent',
  agent: 'agent',
  system: 'system',
}

/** A thread's messages as turns: user → customer, assistant → agent, system → system; tool messages are left out. */
export function threadToTranscript(messages: readonly Message[]): TranscriptTurn[] {
  const turns: TranscriptTurn[] = []
  for (const m of messages) {
    if (m.tool_call || m.role === 'tool') continue
    const speaker = ROLE_SPEAKERS[(m.role ?? 'user').toLowerCase()]
    if (!speaker) continue
    const text = typeof m.content === 'string' ? m.content : m.content == null ? '' : JSON.stringify(m.content)
    if (text.trim() === '') continue
    turns.push({ speaker, text, ...(m.created_at ? { timestamp: m.created_at } : {}) })
  }
  return turns
}

export function seedFromThread(assistant: string, threadId: number, messages: readonly Message[]): CaseSeed {
  const transcript = threadToTranscript(messages)
  return {
    name: `Thread #${threadId}: ${firstWords(transcript) ?? 'no messages'}`,
    assistant,
    conversation_id: null,
    transcript,
    input: {},
    assertions: [],
    source: {
      kind: 'thread',
      ref: String(threadId),
      label: `Thread #${threadId} of ${assistant}`,
      href: `/assistants/${encodeURIComponent(assistant)}/threads/${threadId}`,
    },
  }
}

export function seedFromConversation(assistant: string, conversation: Conversation): CaseSeed {
  return {
    name: conversation.title,
    assistant,
    conversation_id: conversation.id,
    transcript: conversation.transcript,
    input: {},
    assertions: [],
    source: { kind: 'conversation', ref: conversation.id, label: `Seeded conversation “${conversation.title}”` },
  }
}

export function seedFromPasted(assistant: string, text: string): CaseSeed {
  const transcript = parseTranscript(text)
  return {
    name: firstWords(transcript) ?? 'Pasted conversation',
    assistant,
    conversation_id: null,
    transcript: transcript.length > 0 ? transcript : null,
    input: {},
    assertions: [],
    source: { kind: 'pasted', label: 'Pasted conversation' },
  }
}

export function blankSeed(assistant: string): CaseSeed {
  return {
    name: '',
    assistant,
    conversation_id: null,
    transcript: null,
    input: {},
    assertions: [],
    source: { kind: 'blank' },
  }
}

/** The first customer words, for a case name a reader recognises. */
function firstWords(transcript: readonly TranscriptTurn[] | null): string | null {
  const turn = transcript?.find((t) => t.speaker === 'customer' && t.text.trim() !== '') ?? transcript?.[0]
  if (!turn) return null
  const text = turn.text.trim().replace(/\s+/g, ' ')
  return text.length > 48 ? `${text.slice(0, 47)}…` : text
}

export const sourceLabel = (source: CaseSource | undefined): string =>
  source ? (source.label ?? SOURCE_LABELS[source.kind]) : 'Unknown source'
