import { describe, expect, it } from 'vitest'
import { parseStreamEvent, type StreamEvent } from '@/contract/evaluate'
import { actionFromEvent, createRun, markInterrupted, runReducer, type RunAction, type RunRecord } from './run-model'

const fresh = () =>
  createRun({
    id: 'r1',
    connectionKey: 'k',
    createdAt: 0,
    request: { assistant: 'a', conversationId: null, input: {}, transcript: null },
  })
const reduce = (actions: RunAction[], run: RunRecord = fresh()) => actions.reduce(runReducer, run)

describe('runReducer', () => {
  it('goes queued → running → succeeded with output, timeline and metrics', () => {
    const run = reduce([
      { type: 'response', mode: 'stream', at: 5 },
      {
        type: 'start',
        at: 6,
        serverRunId: 'run_1',
        conversationId: null,
        prompt: [{ name: 'instructions', content: 'x' }],
      },
      { type: 'delta', at: 20, text: 'Hel', count: 1 },
      { type: 'delta', at: 40, text: 'lo', count: 2 },
      { type: 'done', at: 50, output: 'Hello' },
    ])
    expect(fresh().status).toBe('queued')
    expect(run.status).toBe('succeeded')
    expect(run.output).toBe('Hello')
    expect(run.serverRunId).toBe('run_1')
    expect(run.prompt).toHaveLength(1)
    expect(run.metrics).toEqual({ ttftMs: 20, totalMs: 50, chars: 5, chunks: 3 })
    expect(run.timeline.map((e) => e.kind)).toEqual(['response', 'start', 'first_token', 'done'])
  })

  it('records tool calls and results in order', () => {
    const run = reduce([
      { type: 'response', mode: 'stream', at: 1 },
      { type: 'tool_call', at: 2, id: 'c1', name: 'call_api', arguments: { path: '/x' } },
      { type: 'tool_result', at: 9, id: 'c1', name: 'call_api', ok: true, result: { status: 200 }, durationMs: 7 },
    ])
    expect(run.timeline.slice(1)).toEqual([
      { kind: 'tool_call', at: 2, id: 'c1', name: 'call_api', arguments: { path: '/x' } },
      { kind: 'tool_result', at: 9, id: 'c1', name: 'call_api', ok: true, result: { status: 200 }, durationMs: 7 },
    ])
  })

  it('keeps partial output on failure and on cancel, and ignores anything after the end', () => {
    const failed = reduce([
      { type: 'response', mode: 'stream', at: 1 },
      { type: 'delta', at: 2, text: 'part', count: 1 },
      { type: 'fail', at: 3, message: 'boom', code: 'x' },
      { type: 'delta', at: 4, text: 'late', count: 1 },
    ])
    expect(failed).toMatchObject({ status: 'failed', output: 'part', error: { message: 'boom', code: 'x' } })
    const cancelled = reduce([
      { type: 'response', mode: 'stream', at: 1 },
      { type: 'delta', at: 2, text: 'part', count: 1 },
      { type: 'cancel', at: 3 },
      { type: 'done', at: 4, output: 'whole' },
    ])
    expect(cancelled).toMatchObject({ status: 'cancelled', output: 'part' })
    expect(cancelled.timeline.at(-1)).toEqual({ kind: 'cancelled', at: 3 })
  })

  it('handles a JSON answer like a one-shot stream', () => {
    const run = reduce([
      { type: 'response', mode: 'json', at: 3 },
      { type: 'json', at: 30, output: 'Hi' },
    ])
    expect(run).toMatchObject({
      status: 'succeeded',
      mode: 'json',
      output: 'Hi',
      metrics: { ttftMs: 30, totalMs: 30, chars: 2, chunks: 0 },
    })
  })

  it('marks runs interrupted by a reload as failed', () => {
    expect(markInterrupted(fresh())).toMatchObject({ status: 'failed', error: { code: 'interrupted' } })
    const done = reduce([{ type: 'json', at: 1, output: 'x' }])
    expect(markInterrupted(done)).toBe(done)
  })
})

function event(name: string, data: unknown): StreamEvent {
  const parsed = parseStreamEvent(name, JSON.stringify(data))
  if (!parsed) throw new Error(`unknown event ${name}`)
  return parsed
}

describe('actionFromEvent', () => {
  it('maps validated SSE events and masks header values', () => {
    const action = actionFromEvent(
      event('tool_call', { id: 'c', name: 'call_api', arguments: { headers: { 'X-Api-Key': 'e2e-secret' } } }),
      12,
    )
    expect(JSON.stringify(action)).not.toContain('e2e-secret')
    expect(actionFromEvent(event('error', { message: 'm' }), 1)).toEqual({
      type: 'fail',
      at: 1,
      message: 'm',
      code: null,
    })
    expect(actionFromEvent(event('delta', { text: 't' }), 1)).toEqual({ type: 'delta', at: 1, text: 't', count: 1 })
  })
})
