/**
 * Griptape Cloud assistant runs through the same Evaluator seam as Deepdesk's
 * evaluate: a case's assistant is the Griptape assistant id, its input is sent
 * as the run's input text, and the run is followed (by polling, which every
 * Griptape server supports) until a final status. The answer maps onto the
 * shared RunRecord, so the runner, assertions, grid and CLI need nothing new.
 *
 * Limits, said plainly: tool calls are not read from Griptape's events, so the
 * run is recorded as a non-streamed answer and tool assertions are "not
 * checkable here" rather than passed; time to first token is the total time.
 */
import { errorMessage } from '@/api/api-error'
import type { ApiClient } from '@/api/http-client'
import { griptapeRunsApi } from '@/api/resources/griptape/runs'
import { isFinalStatus, type AssistantRun } from '@/contract/griptape/assistant-run'
import { describeFailure, timedOut } from '@/lib/run/run-failure'
import { createRun, runReducer, type RunAction, type RunRecord, type RunRequest } from '@/lib/run/run-model'
import { formatTranscript } from '@/lib/run/transcript'
import type { Evaluator } from './evaluator'

export interface GriptapeEvaluatorOptions {
  pollMs?: number
  /** Gives up on a run still not final after this long. */
  timeoutMs?: number
  now?: () => number
  wallClock?: () => number
  newId?: () => string
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/** The run's input text: `input.input` (or `message`) when it is text, else the transcript, else the input as JSON. */
export function griptapeInput(req: RunRequest): string {
  for (const key of ['input', 'message']) {
    const v = req.input[key]
    if (typeof v === 'string') return v
  }
  if (req.transcript && req.transcript.length > 0) return formatTranscript(req.transcript)
  return Object.keys(req.input).length > 0 ? JSON.stringify(req.input) : ''
}

/** `args`: a list of strings in `input.args`, when there is one. */
function griptapeArgs(req: RunRequest): string[] | undefined {
  const args = req.input.args
  return Array.isArray(args) && args.every((a) => typeof a === 'string') ? args : undefined
}

/** The output artifact's text (`{type, value}`), or the output itself when it is text. */
export function griptapeOutput(run: AssistantRun): string {
  const out = run.output
  if (typeof out === 'string') return out
  if (isRecord(out) && typeof out.value === 'string') return out.value
  return out === undefined || out === null ? '' : JSON.stringify(out)
}

function statusDetail(run: AssistantRun): string {
  const d = run.status_detail
  if (isRecord(d)) {
    if (typeof d.error === 'string') return d.error
    if (typeof d.reason === 'string') return d.reason
  }
  const out = run.output
  if (isRecord(out) && out.type === 'ErrorArtifact' && typeof out.value === 'string') return out.value
  return `the Griptape run ended ${run.status}`
}

const realSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
  })

export function griptapeEvaluator(client: ApiClient, opts: GriptapeEvaluatorOptions = {}): Evaluator {
  const now = opts.now ?? (() => performance.now())
  const pollMs = opts.pollMs ?? 500
  const timeoutMs = opts.timeoutMs ?? 120_000
  const sleep = opts.sleep ?? realSleep
  return {
    async run(request, signal) {
      let run: RunRecord = createRun({
        id: (opts.newId ?? (() => crypto.randomUUID()))(),
        connectionKey: client.key,
        createdAt: (opts.wallClock ?? Date.now)(),
        request,
      })
      const started = now()
      const at = () => now() - started
      const dispatch = (action: RunAction) => {
        run = runReducer(run, action)
      }
      if (signal.aborted) {
        dispatch({ type: 'cancel', at: 0 })
        return run
      }
      let serverId: string | null = null
      try {
        const args = griptapeArgs(request)
        const created = await griptapeRunsApi.create(client, request.assistant, {
          input: griptapeInput(request),
          ...(args ? { args } : {}),
        })
        serverId = created.assistant_run_id
        dispatch({ type: 'response', mode: 'json', at: at() })
        let current = created
        while (!isFinalStatus(current.status)) {
          if (at() > timeoutMs) {
            dispatch({ type: 'fail', at: at(), ...timedOut(timeoutMs, { responded: true, chunks: 0, online: true }) })
            return run
          }
          await sleep(pollMs, signal)
          if (signal.aborted) break
          current = await griptapeRunsApi.get(client, serverId, signal)
        }
        if (signal.aborted) throw new DOMException('aborted', 'AbortError')
        if (current.status === 'SUCCEEDED') dispatch({ type: 'json', at: at(), output: griptapeOutput(current) })
        else if (current.status === 'CANCELLED') dispatch({ type: 'cancel', at: at() })
        else dispatch({ type: 'fail', at: at(), message: statusDetail(current), code: current.status.toLowerCase() })
      } catch (e) {
        if (signal.aborted) {
          // Stop the run on the server too; its answer does not matter any more.
          if (serverId) griptapeRunsApi.cancel(client, serverId).catch(() => undefined)
          dispatch({ type: 'cancel', at: at() })
        } else {
          const failure = describeFailure(e, { responded: serverId !== null, chunks: 0, online: true })
          dispatch({ type: 'fail', at: at(), message: failure.message || errorMessage(e), code: failure.code })
        }
      }
      return run
    },
  }
}
