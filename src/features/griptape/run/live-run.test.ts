/** The live run reducer: status from events and from the run, output growing, events once each, final statuses kept. */
import { describe, expect, it } from 'vitest'
import type { AssistantRun } from '@/contract/griptape/assistant-run'
import type { AssistantEvent } from '@/contract/griptape/event'
import { FrameBatchedStore } from './frame-batched-store'
import { createLiveRun, liveRunReducer, type LiveRun, type LiveRunAction } from './live-run'

const RUN = 'r1'
let seq = 0
function event(type: string, payload: unknown, origin = 'ASSISTANT'): AssistantEvent {
  seq += 1
  return { event_id: `e${seq}`, assistant_run_id: RUN, type, origin, payload, timestamp: seq, created_at: 't' }
}
function run(status: AssistantRun['status'], extra: Partial<AssistantRun> = {}): AssistantRun {
  return {
    assistant_run_id: RUN,
    assistant_id: 'a',
    status,
    args: [],
    stream: true,
    created_by: 'u',
    created_at: 't',
    updated_at: 't',
    completed_at: null,
    knowledge_base_ids: [],
    retriever_ids: [],
    ruleset_ids: [],
    structure_ids: [],
    tool_ids: [],
    ...extra,
  }
}
const play = (actions: LiveRunAction[]): LiveRun => actions.reduce(liveRunReducer, createLiveRun(RUN))
const chunk = (token: string) => event('TextChunkEvent', { token, index: 0 })

describe('liveRunReducer', () => {
  it('grows the output with each chunk, then the final event gives SUCCEEDED and the whole text', () => {
    const start = event('StartStructureRunEvent', {})
    const r = play([
      { type: 'run', run: run('QUEUED'), at: 0 },
      { type: 'run', run: run('STARTING'), at: 5 },
      { type: 'event', event: start, at: 10 },
      { type: 'event', event: chunk('Hel'), at: 20 },
      { type: 'event', event: chunk('lo'), at: 30 },
    ])
    expect(r.status).toBe('RUNNING')
    expect(r.output).toBe('Hello')
    expect(r.metrics).toMatchObject({ ttftMs: 20, chunks: 2, chars: 5, totalMs: null })
    const done = liveRunReducer(r, {
      type: 'event',
      event: event('FinishStructureRunEvent', { output_task_output: { type: 'TextArtifact', value: 'Hello!' } }),
      at: 40,
    })
    expect(done).toMatchObject({ status: 'SUCCEEDED', output: 'Hello!', metrics: { totalMs: 40 } })
  })

  it('tells FAILED (error artifact), ERROR (platform) and CANCELLED apart, with their reasons', () => {
    const failed = play([
      {
        type: 'event',
        event: event('FinishStructureRunEvent', { output_task_output: { type: 'ErrorArtifact', value: 'boom' } }),
        at: 1,
      },
    ])
    expect(failed).toMatchObject({ status: 'FAILED', detail: 'boom' })
    const error = play([{ type: 'event', event: event('AssistantRunErrorEvent', { error: 'down' }, 'SYSTEM'), at: 1 }])
    expect(error).toMatchObject({ status: 'ERROR', detail: 'down' })
    const cancelled = play([
      { type: 'event', event: event('AssistantRunCancelledEvent', { cancelled_by: 'u1' }, 'SYSTEM'), at: 1 },
    ])
    expect(cancelled).toMatchObject({ status: 'CANCELLED', detail: 'cancelled by u1' })
  })

  it('keeps a final status against a late poll, and takes the final run output and detail', () => {
    const r = play([
      { type: 'run', run: run('CANCELLED', { status_detail: { cancelled_by: 'u', reason: 'Stopped' } }), at: 1 },
      { type: 'run', run: run('RUNNING'), at: 2 },
    ])
    expect(r).toMatchObject({ status: 'CANCELLED', detail: 'Stopped · cancelled by u' })
    const ok = play([{ type: 'run', run: run('SUCCEEDED', { output: { type: 'TextArtifact', value: 'All' } }), at: 3 }])
    expect(ok.output).toBe('All')
  })

  it('adds each event once (a resumed stream replays) and ignores other runs’ events', () => {
    const c = chunk('x')
    const other = { ...chunk('y'), assistant_run_id: 'other' }
    const r = play([
      { type: 'event', event: c, at: 1 },
      { type: 'event', event: c, at: 2 },
      { type: 'event', event: other, at: 3 },
    ])
    expect(r.events).toHaveLength(1)
    expect(r.output).toBe('x')
  })

  it('the store applies queued actions once per frame, in order', () => {
    const frames: (() => void)[] = []
    const store = new FrameBatchedStore(createLiveRun(RUN), liveRunReducer, {
      request: (cb) => frames.push(cb),
      cancel: () => undefined,
    })
    let renders = 0
    store.subscribe(() => (renders += 1))
    for (const t of ['a', 'b', 'c']) store.dispatch({ type: 'event', event: chunk(t), at: 1 })
    expect(frames).toHaveLength(1)
    expect(store.getSnapshot().output).toBe('')
    frames[0]?.()
    expect(store.getSnapshot().output).toBe('abc')
    expect(renders).toBe(1)
  })
})
