import { describe, expect, it } from 'vitest'
import { createRun } from '@/lib/run/run-model'
import {
  blankSeed,
  seedFromConversation,
  seedFromPasted,
  seedFromRun,
  seedFromThread,
  threadToTranscript,
} from './case-seed'

describe('case seeds', () => {
  it('a thread becomes turns: user → customer, assistant → agent, tool messages left out', () => {
    expect(
      threadToTranscript([
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello', created_at: '2026-01-01T00:00:00Z' },
        { role: 'tool', content: '{"ok": true}' },
        { role: 'assistant', tool_call: { name: 'call_api' } },
        { content: { structured: 1 } },
        { role: 'system', content: '  ' },
        { role: 'weird', content: 'skipped' },
      ]),
    ).toEqual([
      { speaker: 'customer', text: 'Hi' },
      { speaker: 'agent', text: 'Hello', timestamp: '2026-01-01T00:00:00Z' },
      { speaker: 'customer', text: '{"structured":1}' },
    ])
  })

  it('a thread seed links back to the thread', () => {
    const seed = seedFromThread('billing', 7, [{ role: 'user', content: 'Where is my refund?' }])
    expect(seed.source).toMatchObject({ kind: 'thread', ref: '7', href: '/assistants/billing/threads/7' })
    expect(seed.name).toBe('Thread #7: Where is my refund?')
  })

  it('a run seed carries its request and remembers the run id', () => {
    const run = createRun({
      id: 'run-1',
      connectionKey: 'k',
      createdAt: 0,
      request: {
        assistant: 'router',
        conversationId: 'c9',
        input: { a: 1 },
        transcript: [{ speaker: 'customer', text: 'Please move me to billing' }],
      },
    })
    expect(seedFromRun(run)).toMatchObject({
      assistant: 'router',
      conversation_id: 'c9',
      input: { a: 1 },
      name: 'router: Please move me to billing',
      source: { kind: 'run', ref: 'run-1' },
    })
  })

  it('conversations, pasted text and blank', () => {
    const conv = {
      id: 'c1',
      title: 'Address change',
      channel: 'chat',
      metadata: {},
      transcript: [{ speaker: 'customer' as const, text: 'x' }],
    }
    expect(seedFromConversation('a', conv)).toMatchObject({
      name: 'Address change',
      conversation_id: 'c1',
      source: { kind: 'conversation', ref: 'c1' },
    })
    expect(seedFromPasted('a', 'Customer: hi\nAgent: hello').transcript).toHaveLength(2)
    expect(seedFromPasted('a', '').transcript).toBeNull()
    expect(blankSeed('a')).toMatchObject({ name: '', assistant: 'a', source: { kind: 'blank' } })
  })
})
