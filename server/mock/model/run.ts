/**
 * One evaluate run as a stream of contract events: start, tool_call/tool_result
 * as they happen, delta per chunk (with the configured delay), then done or
 * error. Pull-based: nothing is generated before the consumer asks, and an
 * aborted signal stops generation at the next step.
 */
import type { StreamEvent } from '../../../src/contract/evaluate'
import { AsyncQueue } from './async-queue'
import { forceChunks, splitChunks } from './chunk'
import type { MockControls } from './controls'
import type { PromptBlock } from './prompt'
import { runScriptedModel, type ModelContext } from './scripted-model'

export type RunEvent = StreamEvent | { event: 'drop'; data: null }

export interface RunRequest extends ModelContext {
  prompt: PromptBlock[]
  controls: MockControls
  delayMs: number
  now: () => number
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
  })
}

function interruption(controls: MockControls, deltasSent: number): RunEvent | null {
  if (controls.fail_after === deltasSent) {
    return {
      event: 'error',
      data: { message: `Simulated model failure after ${deltasSent} deltas (_mock.fail_after).`, code: 'mock_failure' },
    }
  }
  if (controls.drop_after === deltasSent) return { event: 'drop', data: null }
  return null
}

export async function* runEvaluation(req: RunRequest, signal: AbortSignal): AsyncGenerator<RunEvent> {
  const started = req.now()
  yield {
    event: 'start',
    data: {
      run_id: req.runId,
      assistant: req.assistant.code,
      conversation_id: req.conversationId,
      created_at: new Date(started).toISOString(),
      prompt: req.prompt,
    },
  }
  const queue = new AsyncQueue<RunEvent>()
  let output: string | null = null
  let failure: unknown = null
  const hooks = {
    onToolCall: (call: { id: string; name: string; arguments: Record<string, unknown> }) =>
      queue.push({ event: 'tool_call', data: call }),
    onToolResult: (result: { id: string; name: string; ok: boolean; result: unknown; duration_ms: number }) =>
      queue.push({ event: 'tool_result', data: result }),
    now: req.now,
  }
  void runScriptedModel(req, hooks, signal).then(
    (text) => {
      output = text
      queue.close()
    },
    (error: unknown) => {
      failure = error
      queue.close()
    },
  )
  for await (const event of queue.drain()) yield event
  if (signal.aborted) return
  if (output === null) {
    const message = failure instanceof Error ? failure.message : 'The model failed.'
    yield { event: 'error', data: { message, code: 'model_error' } }
    return
  }
  const text: string = output
  const pieces = req.controls.chunks !== undefined ? forceChunks(text, req.controls.chunks) : splitChunks(text)
  for (let i = 0; i < pieces.length; i += 1) {
    const stop = interruption(req.controls, i)
    if (stop) {
      yield stop
      return
    }
    await sleep(req.delayMs, signal)
    if (signal.aborted) return
    yield { event: 'delta', data: { text: pieces[i] ?? '' } }
  }
  const stop = interruption(req.controls, pieces.length)
  if (stop) {
    yield stop
    return
  }
  yield { event: 'done', data: { output: pieces.join(''), duration_ms: req.now() - started } }
}
