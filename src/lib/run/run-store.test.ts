import { describe, expect, it } from 'vitest'
import { createRun } from '@/lib/run/run-model'
import { RunStore } from './run-store'
import { manualFrames } from './testing/manual-frames'

const run = () =>
  createRun({
    id: 'r',
    connectionKey: 'k',
    createdAt: 0,
    request: { assistant: 'a', conversationId: null, input: {}, transcript: null },
  })

describe('RunStore', () => {
  it('applies many deltas once per frame and notifies once', () => {
    const frames = manualFrames()
    const store = new RunStore(frames.scheduler)
    store.load(run())
    let notified = 0
    store.subscribe(() => (notified += 1))
    for (let i = 0; i < 1000; i += 1) store.dispatch({ type: 'delta', at: 10 + i, text: 'x', count: 1 })
    expect(frames.pending()).toBe(1)
    expect(store.getSnapshot()?.output).toBe('')
    frames.tick()
    expect(notified).toBe(1)
    expect(store.getSnapshot()?.output).toHaveLength(1000)
    expect(store.getSnapshot()?.metrics).toMatchObject({ chunks: 1000, ttftMs: 10 })
  })

  it('flushes pending text before any other event, keeping order', () => {
    const frames = manualFrames()
    const store = new RunStore(frames.scheduler)
    store.load(run())
    store.dispatch({ type: 'delta', at: 1, text: 'partial', count: 1 })
    store.dispatch({ type: 'cancel', at: 2 })
    expect(store.getSnapshot()).toMatchObject({ status: 'cancelled', output: 'partial' })
    expect(frames.pending()).toBe(0)
  })

  it('drops pending deltas of a run that is replaced', () => {
    const frames = manualFrames()
    const store = new RunStore(frames.scheduler)
    store.load(run())
    store.dispatch({ type: 'delta', at: 1, text: 'old', count: 1 })
    store.load({ ...run(), id: 'other' })
    frames.tick()
    expect(store.getSnapshot()).toMatchObject({ id: 'other', output: '' })
  })
})
