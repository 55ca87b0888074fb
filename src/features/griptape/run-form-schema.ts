/**
 * The "start a run" form: its values (text as typed), their checks, the body
 * they become (RunCreate, with `_mock` only against a mock), and where the
 * server's error paths show (`_mock.chunks` → chunks, `args.0` → args).
 */
import { z } from 'zod'
import {
  MOCK_HANG_STATUSES,
  MOCK_OUTCOMES,
  RUN_INPUT_MAX,
  type AssistantRun,
  type RunCreate,
} from '@/contract/griptape/assistant-run'
import type { FieldNameMap } from '@/api/resources/griptape/errors'

/** Args as typed: a JSON array of strings, or empty for none. */
export function parseArgs(text: string): { ok: true; args: string[] } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, args: [] }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, message: 'Must be a JSON array of strings, e.g. ["--tone", "friendly"].' }
  }
  if (!Array.isArray(json) || json.some((v) => typeof v !== 'string'))
    return { ok: false, message: 'Must be a JSON array of strings, e.g. ["--tone", "friendly"].' }
  return { ok: true, args: json as string[] }
}

const optionalInt = (min: number, max: number) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max), {
      error: `A whole number from ${min} to ${max}, or empty for the default.`,
    })

export const runFormSchema = z.object({
  input: z.string().max(RUN_INPUT_MAX, { error: `Must be at most ${RUN_INPUT_MAX} characters.` }),
  args: z.string().superRefine((text, ctx) => {
    const parsed = parseArgs(text)
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message })
  }),
  stream: z.boolean(),
  outcome: z.enum(['', ...MOCK_OUTCOMES]),
  hangStatus: z.enum(MOCK_HANG_STATUSES),
  chunks: optionalInt(1, 50),
  delayMs: optionalInt(0, 60_000),
})
export type RunFormValues = z.infer<typeof runFormSchema>

export const RUN_FORM_FIELDS = ['input', 'args', 'stream', 'outcome', 'hangStatus', 'chunks', 'delayMs'] as const
export const RUN_FIELD_LABELS: Record<(typeof RUN_FORM_FIELDS)[number], string> = {
  input: 'Input',
  args: 'Args',
  stream: 'Stream',
  outcome: 'Outcome',
  hangStatus: 'Hang in',
  chunks: 'Chunks',
  delayMs: 'Step delay (ms)',
}

export const EMPTY_RUN_FORM: RunFormValues = {
  input: '',
  args: '[]',
  stream: true,
  outcome: '',
  hangStatus: 'RUNNING',
  chunks: '',
  delayMs: '',
}

/** The request body. `_mock` goes only to a mock, and only with what was set. */
export function toRunCreate(values: RunFormValues, mock: boolean): RunCreate {
  const parsed = parseArgs(values.args)
  const body: RunCreate = { input: values.input, args: parsed.ok ? parsed.args : [], stream: values.stream }
  if (!mock) return body
  const controls: NonNullable<RunCreate['_mock']> = {}
  if (values.outcome !== '') controls.outcome = values.outcome
  if (values.outcome === 'HANG') controls.hang_status = values.hangStatus
  if (values.chunks.trim() !== '') controls.chunks = Number(values.chunks)
  if (values.delayMs.trim() !== '') controls.delay_ms = Number(values.delayMs)
  if (Object.keys(controls).length > 0) body._mock = controls
  return body
}

const MOCK_FIELDS: Record<string, (typeof RUN_FORM_FIELDS)[number]> = {
  '_mock.outcome': 'outcome',
  '_mock.hang_status': 'hangStatus',
  '_mock.chunks': 'chunks',
  '_mock.delay_ms': 'delayMs',
}

/** The server's error paths as this form's fields; anything else stays for the banner. */
export const runFieldName: FieldNameMap = (path) => {
  if (path === 'input' || path === 'stream') return path
  if (path === 'args' || path.startsWith('args.')) return 'args'
  return MOCK_FIELDS[path] ?? null
}

/** After a start the form keeps what was sent, ready to run again. */
export function runToFormValues(previous: RunFormValues | null, run: AssistantRun): RunFormValues {
  return { ...(previous ?? EMPTY_RUN_FORM), input: run.input ?? '', stream: run.stream }
}
