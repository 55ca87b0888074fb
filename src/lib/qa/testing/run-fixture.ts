/**
 * Builds RunRecords for unit tests through the real reducer, so a fixture is
 * always a run the playground could have produced.
 */
import type { JsonObject } from '@/contract/common'
import { createRun, runReducer, type RunAction, type RunRecord } from '@/lib/run/run-model'

export interface FakeToolCall {
  id?: string
  name: string
  arguments?: JsonObject
  /** Omit for a call that never got its result. */
  result?: { ok: boolean; result?: unknown }
}

export interface FakeRunSpec {
  assistant?: string
  output?: string
  mode?: 'stream' | 'json'
  end?: 'done' | 'fail' | 'cancel' | 'none'
  error?: string
  tools?: FakeToolCall[]
  ttftMs?: number
  totalMs?: number
  id?: string
}

export function fakeRun(spec: FakeRunSpec = {}): RunRecord {
  const mode = spec.mode ?? 'stream'
  const output = spec.output ?? ''
  const ttft = spec.ttftMs ?? 100
  const total = spec.totalMs ?? 500
  let run = createRun({
    id: spec.id ?? 'run-1',
    connectionKey: 'test',
    createdAt: 0,
    request: { assistant: spec.assistant ?? 'demo', conversationId: null, input: {}, transcript: null },
  })
  const actions: RunAction[] = [{ type: 'response', mode, at: 1 }]
  if (mode === 'json') {
    if ((spec.end ?? 'done') === 'done') actions.push({ type: 'json', at: total, output })
  } else {
    actions.push({ type: 'start', at: 2, serverRunId: 'srv-1', conversationId: null, prompt: null })
    ;(spec.tools ?? []).forEach((t, i) => {
      const id = t.id ?? `call-${i + 1}`
      actions.push({ type: 'tool_call', at: 3, id, name: t.name, arguments: t.arguments ?? {} })
      if (t.result)
        actions.push({
          type: 'tool_result',
          at: 4,
          id,
          name: t.name,
          ok: t.result.ok,
          result: t.result.result ?? null,
          durationMs: 1,
        })
    })
    if (output !== '') actions.push({ type: 'delta', at: ttft, text: output, count: 1 })
    const end = spec.end ?? 'done'
    if (end === 'done') actions.push({ type: 'done', at: total, output })
    if (end === 'fail') actions.push({ type: 'fail', at: total, message: spec.error ?? 'boom', code: null })
    if (end === 'cancel') actions.push({ type: 'cancel', at: total })
  }
  if (mode === 'json' && spec.end === 'fail')
    actions.push({ type: 'fail', at: total, message: spec.error ?? 'boom', code: null })
  for (const a of actions) run = runReducer(run, a)
  return run
}
