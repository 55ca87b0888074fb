import { describe, expect, it } from 'vitest'
import { forceChunks, splitChunks } from './model/chunk'
import { buildPrompt } from './model/prompt'
import { parseRoutingInstructions, pickCategory, substitute } from './model/routing'
import { runScriptedModel, type ModelContext } from './model/scripted-model'
import { parseTranscript } from './model/transcript'
import { buildFixed, buildSeed } from './seed/build-seed'
import { ROUTING_INSTRUCTIONS, SEED_ASSISTANTS } from './seed/assistants'
import { SEED_CONVERSATIONS } from './seed/conversations'
import { Store } from './store/store'

function context(code: string, conversationId: string | null, input: Record<string, unknown> = {}): ModelContext {
  const store = new Store(buildSeed('http://127.0.0.1:1', 0), buildFixed())
  const assistant = SEED_ASSISTANTS.find((a) => a.code === code)
  if (!assistant) throw new Error(code)
  const conversation = SEED_CONVERSATIONS.find((c) => c.id === conversationId) ?? null
  return {
    store,
    runId: 'run_test',
    assistant: { ...assistant, tools: [] },
    conversationId,
    conversation,
    input,
    transcript: conversation?.transcript ?? [],
    allowOutbound: false,
  }
}
const hooks = { onToolCall: () => undefined, onToolResult: () => undefined, now: () => 0 }
const run = (ctx: ModelContext) => runScriptedModel(ctx, hooks, new AbortController().signal)

describe('transcript parsing', () => {
  it('reads Speaker: lines, aliases and continuation lines', () => {
    expect(parseTranscript('Customer: Hi\nthere\nAgent: Hello\nVisitor: Bye\n\n')).toEqual([
      { speaker: 'customer', text: 'Hi\nthere' },
      { speaker: 'agent', text: 'Hello' },
      { speaker: 'customer', text: 'Bye' },
    ])
  })
})

describe('prompt blocks', () => {
  it('come in Deepdesk order and only when enabled', () => {
    const conversation = SEED_CONVERSATIONS[0] ?? null
    const routing = SEED_ASSISTANTS[0]
    if (!routing || !conversation) throw new Error('seed')
    const blocks = buildPrompt({
      assistant: routing,
      conversation,
      conversationId: conversation.id,
      input: { a: 1 },
      transcript: conversation.transcript,
    })
    expect(blocks.map((b) => b.name)).toEqual(['instructions', 'metadata', 'parameters', 'transcript'])
    expect(blocks[1]?.content).toContain(' - Queue: technical-support')
    const plain = buildPrompt({
      assistant: { ...routing, include_conversation_metadata: false },
      conversation: null,
      conversationId: null,
      input: {},
      transcript: null,
    })
    expect(plain.map((b) => b.name)).toEqual(['instructions', 'parameters'])
  })
})

describe('routing', () => {
  const parsed = parseRoutingInstructions(ROUTING_INSTRUCTIONS)
  it('parses categories, default and call_api parameters', () => {
    expect(parsed.categories).toHaveLength(5)
    expect(parsed.categories[0]).toEqual({ name: 'Change subscription', id: '65fdaa3d6ff9c000071fa8ac' })
    expect(parsed.defaultId).toBe('65fdaa3d6ff9c000071fa8ab')
    expect(parsed.call).toMatchObject({ api_code: 'demo-cx-platform', method: 'PUT' })
    expect(substitute('/x?ids[]={new_category_id}', { new_category_id: '42' })).toBe('/x?ids[]=42')
  })

  it.each([
    ['669fbd2936688700080849f5', 'Change subscription'],
    ['66a0c1e2f4b5a60007d3e911', 'Billing and invoices'],
    ['66a1d4b7c2e8f90007a1b234', 'Delivery status'],
    ['667d72034007c600072f766a', 'Technical issue'],
    ['66a2e8f1d3c4b50007f5c678', 'Cancel contract'],
  ])('conversation %s → %s', (id, name) => {
    const conversation = SEED_CONVERSATIONS.find((c) => c.id === id)
    expect(pickCategory(parsed, conversation?.transcript ?? [], '').name).toBe(name)
  })

  it('falls back to the default category', () => {
    expect(pickCategory(parsed, [{ speaker: 'customer', text: 'What are your opening hours?' }], '').id).toBe(
      '65fdaa3d6ff9c000071fa8ab',
    )
  })

  it('without the call_api tool, answers the category only', async () => {
    expect(await run(context('demo-routing-assistant', '669fbd2936688700080849f5'))).toBe(
      'The conversation has been categorized under "Change subscription" (category_id 65fdaa3d6ff9c000071fa8ac).',
    )
  })
})

describe('scripted model behaviours', () => {
  it('is deterministic', async () => {
    for (const a of SEED_ASSISTANTS) {
      const first = await run(context(a.code, '66a0c1e2f4b5a60007d3e911', { tone: 'formal' }))
      expect(await run(context(a.code, '66a0c1e2f4b5a60007d3e911', { tone: 'formal' }))).toBe(first)
    }
  })

  it('summarizes: who asked what, how many turns', async () => {
    const out = await run(context('demo-conversation-summarizer', '669fbd2936688700080849f5'))
    expect(out).toContain('5 turns (3 from the customer, 2 from the agent)')
    expect(out).toContain('The customer asked: "Hello, I would like to change my subscription.')
  })

  it('classifies sentiment and intent as JSON', async () => {
    const out = JSON.parse(await run(context('demo-sentiment-classifier', '66a0c1e2f4b5a60007d3e911'))) as Record<
      string,
      unknown
    >
    expect(out).toMatchObject({ sentiment: 'negative', intent: 'billing_question' })
    const happy = JSON.parse(await run(context('demo-sentiment-classifier', '66a1d4b7c2e8f90007a1b234'))) as Record<
      string,
      unknown
    >
    expect(happy).toMatchObject({ sentiment: 'positive', intent: 'delivery_status' })
  })

  it('detects escalation', async () => {
    expect(JSON.parse(await run(context('demo-escalation-detector', '66a0c1e2f4b5a60007d3e911')))).toMatchObject({
      escalate: true,
    })
    expect(JSON.parse(await run(context('demo-escalation-detector', '66a3f2a9e1b7c60007e9d012')))).toMatchObject({
      escalate: false,
    })
  })

  it('otherwise quotes the last customer message and the parameters', async () => {
    const out = await run(context('demo-reply-suggester', '66a3f2a9e1b7c60007e9d012', { tone: 'friendly' }))
    expect(out).toContain('"Perfect, thanks, that is very helpful."')
    expect(out).toContain('tone = "friendly"')
    const fromInput = await run(context('demo-reply-suggester', null, { text: 'Hello world!' }))
    expect(fromInput).toContain('"Hello world!"')
  })

  it('depends on the transcript and the input', async () => {
    const a = await run(context('demo-reply-suggester', '66a3f2a9e1b7c60007e9d012'))
    const b = await run(context('demo-reply-suggester', '66a1d4b7c2e8f90007a1b234'))
    const c = await run(context('demo-reply-suggester', '66a1d4b7c2e8f90007a1b234', { x: 1 }))
    expect(new Set([a, b, c]).size).toBe(3)
  })
})

describe('chunks', () => {
  it('split into word-ish pieces that rebuild the text', () => {
    const text = ' Hello,  world!\nHow are you? '
    expect(splitChunks(text).join('')).toBe(text)
    expect(splitChunks(text).length).toBe(5)
  })
  it('can be forced to any count', () => {
    expect(forceChunks('one two three', 5000)).toHaveLength(5000)
    const merged = forceChunks('a b c d e f g', 3)
    expect(merged).toHaveLength(3)
    expect(merged.join('')).toBe('a b c d e f g')
  })
})
