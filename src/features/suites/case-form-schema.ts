/**
 * The case editor's form: a test case with its transcript and input as JSON
 * text and its assertions as drafts. Text that means the same JSON counts as
 * unchanged, whatever its spacing. `toCase` keeps what the form does not show
 * (id, source) from the saved case.
 */
import { z } from 'zod'
import { transcriptTurnSchema, type TranscriptTurn } from '@/contract/evaluate'
import type { JsonObject } from '@/contract/common'
import { sameValue } from '@/lib/edit/merge'
import type { TestCase } from '@/lib/qa/suite-format'
import { assertionDraftSchema, fromDraft, toDraft, type AssertionDraft } from './assertion-draft'

export interface CaseFormValues {
  name: string
  assistant: string
  conversation_id: string
  /** A JSON array of turns; empty for none (the server may use the conversation's). */
  transcript: string
  /** A JSON object. */
  input: string
  assertions: AssertionDraft[]
}

export const CASE_FORM_FIELDS = ['name', 'assistant', 'conversation_id', 'transcript', 'input', 'assertions'] as const
export const CASE_FIELD_LABELS: Record<(typeof CASE_FORM_FIELDS)[number], string> = {
  name: 'Name',
  assistant: 'Assistant',
  conversation_id: 'Conversation ID',
  transcript: 'Transcript',
  input: 'Input',
  assertions: 'Assertions',
}

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

function parse(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (e) {
    return { ok: false, error: `Not valid JSON: ${e instanceof Error ? e.message : String(e)}` }
  }
}

export function parseTranscriptText(text: string): Parsed<TranscriptTurn[] | null> {
  if (text.trim() === '' || text.trim() === 'null') return { ok: true, value: null }
  const parsed = parse(text)
  if (!parsed.ok) return parsed
  const turns = z.array(transcriptTurnSchema).safeParse(parsed.value)
  if (turns.success) return { ok: true, value: turns.data }
  const issue = turns.error.issues[0]
  const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : ''
  return {
    ok: false,
    error: `A transcript is a list of turns like {"speaker": "customer", "text": "…"}${where}: ${issue?.message ?? 'invalid'}`,
  }
}

export function parseInputText(text: string): Parsed<JsonObject> {
  const parsed = parse(text.trim() === '' ? '{}' : text)
  if (!parsed.ok) return parsed
  const v = parsed.value
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? { ok: true, value: v as JsonObject }
    : { ok: false, error: 'The input must be a JSON object, e.g. {"media_type": "chat"}.' }
}

const check =
  <T>(parser: (text: string) => Parsed<T>) =>
  (text: string, ctx: z.RefinementCtx) => {
    const r = parser(text)
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error })
  }

export const caseFormSchema = z.object({
  name: z.string().trim().min(1, 'Give the case a name.'),
  assistant: z.string().trim().min(1, 'Choose the assistant to evaluate.'),
  conversation_id: z.string(),
  transcript: z.string().superRefine(check(parseTranscriptText)),
  input: z.string().superRefine(check(parseInputText)),
  assertions: z.array(assertionDraftSchema),
}) satisfies z.ZodType<CaseFormValues>

const json = (v: unknown) => JSON.stringify(v, null, 2)

export function toCaseFormValues(c: TestCase): CaseFormValues {
  return {
    name: c.name,
    assistant: c.assistant,
    conversation_id: c.conversation_id ?? '',
    transcript: c.transcript === null ? '' : json(c.transcript),
    input: json(c.input),
    assertions: c.assertions.map(toDraft),
  }
}

/** The saved case with the form's values. The resolver has checked them; a leftover problem throws. */
export function toCase(values: CaseFormValues, base: Pick<TestCase, 'id' | 'source'>): TestCase {
  const transcript = parseTranscriptText(values.transcript)
  const input = parseInputText(values.input)
  if (!transcript.ok) throw new Error(transcript.error)
  if (!input.ok) throw new Error(input.error)
  const assertions = values.assertions.map((d, i) => {
    const a = fromDraft(d)
    if (!a) throw new Error(`Assertion ${i + 1} has problems.`)
    return a
  })
  return {
    id: base.id,
    name: values.name.trim(),
    assistant: values.assistant.trim(),
    conversation_id: values.conversation_id.trim() || null,
    transcript: transcript.value,
    input: input.value,
    assertions,
    ...(base.source ? { source: base.source } : {}),
  }
}

/** JSON text fields compare by meaning; everything else by value. */
export function equalCaseField(a: unknown, b: unknown, field?: string): boolean {
  if ((field === 'transcript' || field === 'input') && typeof a === 'string' && typeof b === 'string') {
    const pa = field === 'input' ? parseInputText(a) : parseTranscriptText(a)
    const pb = field === 'input' ? parseInputText(b) : parseTranscriptText(b)
    if (pa.ok && pb.ok) return sameValue(pa.value, pb.value)
  }
  return sameValue(a, b)
}
