/**
 * The seam between the suite runner and a platform: an Evaluator turns a
 * RunRequest into a finished RunRecord and never throws (a failure is a failed
 * run that says what happened). deepdeskEvaluator streams the Admin API's
 * evaluate endpoint through the same reader, reducer and failure wording as
 * the playground; another platform (Griptape runs) plugs in here.
 */
import type { ApiClient } from '@/api/http-client'
import { evaluate } from '@/lib/run/evaluate-stream'
import { watchInactivity, type Timers } from '@/lib/inactivity-watchdog'
import { describeFailure, endedEarly, timedOut, type RunFailure, type RunProgress } from '@/lib/run/run-failure'
import {
  actionFromEvent,
  createRun,
  isTerminal,
  runReducer,
  type RunAction,
  type RunRecord,
  type RunRequest,
} from '@/lib/run/run-model'
import { formatTranscript } from '@/lib/run/transcript'
import type { Judge } from './assertions'

export interface Evaluator {
  /** Resolves with a terminal run: succeeded, failed (with the reason) or cancelled (the signal aborted). */
  run(request: RunRequest, signal: AbortSignal): Promise<RunRecord>
}

export interface DeepdeskEvaluatorOptions {
  /** Silence after which a run is given up as timed out; default 30 s, as the playground. */
  inactivityTimeoutMs?: number
  /** Clock for timings (ms, monotonic). */
  now?: () => number
  /** Wall clock for `createdAt`. */
  wallClock?: () => number
  newId?: () => string
  isOnline?: () => boolean
  timers?: Timers
}

export const DEFAULT_EVALUATOR_TIMEOUT_MS = 30_000

const browserOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false

export function deepdeskEvaluator(client: ApiClient, opts: DeepdeskEvaluatorOptions = {}): Evaluator {
  const now = opts.now ?? (() => performance.now())
  const wallClock = opts.wallClock ?? (() => Date.now())
  const newId = opts.newId ?? (() => crypto.randomUUID())
  const isOnline = opts.isOnline ?? browserOnline
  const timeoutMs = opts.inactivityTimeoutMs ?? DEFAULT_EVALUATOR_TIMEOUT_MS
  return {
    async run(request, signal) {
      let run = createRun({ id: newId(), connectionKey: client.key, createdAt: wallClock(), request })
      const started = now()
      const at = () => now() - started
      const dispatch = (action: RunAction) => {
        run = runReducer(run, action)
      }
      const progress = (): RunProgress => ({
        responded: run.mode !== null,
        chunks: run.metrics.chunks,
        online: isOnline(),
      })
      const fail = (why: (p: RunProgress) => RunFailure) => dispatch({ type: 'fail', at: at(), ...why(progress()) })
      const controller = new AbortController()
      const cancel = () => {
        dispatch({ type: 'cancel', at: at() })
        controller.abort()
      }
      if (signal.aborted) {
        cancel()
        return run
      }
      signal.addEventListener('abort', cancel, { once: true })
      const watchdog = watchInactivity(
        timeoutMs,
        () => {
          fail((p) => timedOut(timeoutMs, p))
          controller.abort()
        },
        opts.timers,
      )
      try {
        await evaluate(client, request, controller.signal, {
          onActivity: watchdog.touch,
          onResponse: (mode) => dispatch({ type: 'response', mode, at: at() }),
          onEvent: (event) => dispatch(actionFromEvent(event, at())),
          onJson: (output) => dispatch({ type: 'json', output, at: at() }),
        })
        if (!isTerminal(run.status)) fail(endedEarly)
      } catch (e) {
        // Aborted: cancelled or timed out, and each already said so (the reducer ignores a second end).
        if (!controller.signal.aborted) fail((p) => describeFailure(e, p))
        else if (!isTerminal(run.status)) cancel()
      } finally {
        watchdog.stop()
        signal.removeEventListener('abort', cancel)
      }
      return run
    },
  }
}

type JudgeVerdict = { pass: boolean; reason: string }

/** The judge's answer as `{pass, reason}`: plain JSON, or JSON in a fenced block, or the first {...} in the text. */
export function parseJudgeAnswer(output: string): JudgeVerdict | null {
  const candidates = [output.trim()]
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(output)
  if (fenced?.[1]) candidates.push(fenced[1].trim())
  const braces = /\{[\s\S]*\}/.exec(output)
  if (braces) candidates.push(braces[0])
  for (const text of candidates) {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      continue
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue
    const { pass, reason } = value as Record<string, unknown>
    if (typeof pass === 'boolean') return { pass, reason: typeof reason === 'string' ? reason : '' }
  }
  return null
}

const cut = (s: string, n = 120) => {
  const flat = s.replace(/\s+/g, ' ').trim()
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat
}

/**
 * A Judge that evaluates the judge assistant with `input: {output, rubric, transcript}` (the
 * transcript as `Speaker: text` lines, also sent as the body's transcript) and reads its verdict.
 * The judge assistant's code is used as given: draft overrides apply to the case's assistant only.
 */
export function evaluatorJudge(evaluator: Evaluator): Judge {
  return async ({ assistant, rubric, output, testCase }, signal) => {
    const transcript = testCase.transcript && testCase.transcript.length > 0 ? testCase.transcript : null
    const request: RunRequest = {
      assistant,
      conversationId: null,
      input: { output, rubric, ...(transcript ? { transcript: formatTranscript(transcript) } : {}) },
      transcript,
    }
    const run = await evaluator.run(request, signal ?? new AbortController().signal)
    if (run.status === 'cancelled') return { error: 'the judge run was cancelled' }
    if (run.status !== 'succeeded') return { error: `the judge run failed: ${run.error?.message ?? 'no reason given'}` }
    const verdict = parseJudgeAnswer(run.output)
    if (!verdict)
      return { error: `the judge answered ${JSON.stringify(cut(run.output))}, not {"pass": true|false, "reason": "…"}` }
    return verdict
  }
}
