/**
 * What differs between two runs: their requests field by field (assistant,
 * conversation, transcript, input) and their outputs, JSON pretty-printed so
 * a diff shows changed values instead of one changed line.
 */
import { formatTranscript } from '@/lib/run/transcript'
import type { RunRecord, RunRequest } from '@/lib/run/run-model'

export type RequestField = 'assistant' | 'conversation' | 'transcript' | 'input'

export interface FieldComparison {
  field: RequestField
  label: string
  before: string
  after: string
  same: boolean
}

export interface OutputComparison {
  before: string
  after: string
  language: 'json' | 'plaintext'
  /** The texts are equal. */
  identical: boolean
  /** Both are JSON with the same value, only formatted differently. */
  sameJson: boolean
}

export interface RunComparison {
  request: FieldComparison[]
  requestIdentical: boolean
  /** The whole request as one text per run, for a side-by-side diff. */
  requestText: { before: string; after: string }
  output: OutputComparison
}

const NONE = '(none)'

/** The value as the user reads it, per field. */
function fieldText(req: RunRequest, field: RequestField): string {
  switch (field) {
    case 'assistant':
      return req.assistant
    case 'conversation':
      return req.conversationId ?? NONE
    case 'transcript':
      return req.transcript && req.transcript.length > 0 ? formatTranscript(req.transcript) : NONE
    case 'input':
      return JSON.stringify(req.input, null, 2)
  }
}

const LABELS: Record<RequestField, string> = {
  assistant: 'Assistant',
  conversation: 'Conversation',
  transcript: 'Transcript',
  input: 'Input',
}
const FIELDS: RequestField[] = ['assistant', 'conversation', 'transcript', 'input']

export function requestText(req: RunRequest): string {
  return [
    `assistant: ${fieldText(req, 'assistant')}`,
    `conversation_id: ${fieldText(req, 'conversation')}`,
    'transcript:',
    fieldText(req, 'transcript'),
    'input:',
    fieldText(req, 'input'),
  ].join('\n')
}

/** Parses text that is a JSON object or array (a bare number or string stays text). */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  const trimmed = text.trim()
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return { ok: false }
  try {
    return { ok: true, value: JSON.parse(trimmed) as unknown }
  } catch {
    return { ok: false }
  }
}

export function compareOutputs(before: string, after: string): OutputComparison {
  const a = parseJson(before)
  const b = parseJson(after)
  if (a.ok && b.ok) {
    const prettyA = JSON.stringify(a.value, null, 2)
    const prettyB = JSON.stringify(b.value, null, 2)
    return {
      before: prettyA,
      after: prettyB,
      language: 'json',
      identical: before === after,
      sameJson: prettyA === prettyB,
    }
  }
  return { before, after, language: 'plaintext', identical: before === after, sameJson: false }
}

export function compareRuns(a: RunRecord, b: RunRecord): RunComparison {
  const request = FIELDS.map((field) => {
    const before = fieldText(a.request, field)
    const after = fieldText(b.request, field)
    return { field, label: LABELS[field], before, after, same: before === after }
  })
  return {
    request,
    requestIdentical: request.every((f) => f.same),
    requestText: { before: requestText(a.request), after: requestText(b.request) },
    output: compareOutputs(a.output, b.output),
  }
}

/** "input and transcript" style list of what changed. */
export function changedFields(comparison: RunComparison): string {
  const names = comparison.request.filter((f) => !f.same).map((f) => f.label.toLowerCase())
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
}
