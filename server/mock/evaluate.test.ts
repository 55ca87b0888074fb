import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { evaluateResponseSchema, parseStreamEvent } from '../../src/contract/evaluate'
import { makeTestApi, parseSse, type TestApi } from './test-helpers'

const E = (code: string, query = '') => `/api/v2/assistants/${code}/evaluate${query}`
let t: TestApi
beforeAll(async () => {
  t = await makeTestApi()
})
afterAll(async () => {
  await t.expectConformant()
})

describe('evaluate: JSON form', () => {
  it('answers {"output"} for the guide request', async () => {
    const res = await t.call('POST', E('demo-conversation-summarizer', '?conversation_id=667d72034007c600072f766a'), {
      json: { input: { media_type: 'chat' } },
    })
    expect(res.status).toBe(200)
    expect(evaluateResponseSchema.parse(res.body).output).toContain('5 turns')
  })

  it('404 for an unknown assistant or conversation', async () => {
    expect((await t.call('POST', E('nobody'), { json: { input: {} } })).body).toEqual({ detail: 'Not found.' })
    expect(
      (await t.call('POST', E('demo-reply-suggester', '?conversation_id=x1'), { json: { input: {} } })).body,
    ).toEqual({
      detail: 'Conversation "x1" not found.',
    })
  })

  it('422 with DRF-shaped errors when input is missing or not an object', async () => {
    expect(await t.call('POST', E('demo-reply-suggester'), { json: {} })).toMatchObject({
      status: 422,
      body: { input: [expect.any(String)] },
    })
    expect(await t.call('POST', E('demo-reply-suggester'), { json: { input: [1] } })).toMatchObject({
      status: 422,
      body: { input: ['Expected a JSON object.'] },
    })
    expect(await t.call('POST', E('demo-reply-suggester'), { json: 'x' })).toMatchObject({
      status: 422,
      body: { non_field_errors: [expect.any(String)] },
    })
    expect(
      await t.call('POST', E('demo-reply-suggester'), {
        json: { input: {}, transcript: [{ speaker: 'bot', text: 'x' }] },
      }),
    ).toMatchObject({ status: 422 })
    expect(
      await t.call('POST', E('demo-reply-suggester'), { json: { input: { _mock: { chunks: -1, bogus: 1 } } } }),
    ).toMatchObject({
      status: 422,
      body: { 'input._mock.chunks': [expect.any(String)], 'input._mock.bogus': ['Unknown field.'] },
    })
  })

  it('a transcript in the body wins over the conversation, in both forms', async () => {
    const turns = await t.call('POST', E('demo-conversation-summarizer', '?conversation_id=667d72034007c600072f766a'), {
      json: {
        input: {},
        transcript: [
          { speaker: 'customer', text: 'My parcel is late.' },
          { speaker: 'agent', text: 'Checking.' },
        ],
      },
    })
    expect((turns.body as { output: string }).output).toContain('2 turns')
    const text = await t.call('POST', E('demo-conversation-summarizer'), {
      json: { input: {}, transcript: 'Customer: Where is my invoice?\nAgent: Sent it.\nCustomer: Thanks' },
    })
    expect((text.body as { output: string }).output).toContain('3 turns')
  })

  it('uses the conversation transcript only when include_conversation_transcript is on', async () => {
    await t.call('PATCH', '/apis/admin/assistants/demo-reply-suggester/', {
      json: { include_conversation_transcript: false },
    })
    const res = await t.call('POST', E('demo-reply-suggester', '?conversation_id=66a3f2a9e1b7c60007e9d012'), {
      json: { input: {} },
    })
    expect((res.body as { output: string }).output).toContain('There is no customer message')
    await t.call('PATCH', '/apis/admin/assistants/demo-reply-suggester/', {
      json: { include_conversation_transcript: true },
    })
  })

  it('_mock.no_stream answers JSON even when SSE is asked', async () => {
    const res = await t.call('POST', E('demo-reply-suggester'), {
      json: { input: { _mock: { no_stream: true } } },
      headers: { Accept: 'text/event-stream' },
    })
    expect(res.headers.get('content-type')).toContain('application/json')
    expect(evaluateResponseSchema.parse(res.body).output).not.toContain('_mock')
  })

  it('_mock.fail_after in the JSON form answers 502', async () => {
    const res = await t.call('POST', E('demo-reply-suggester'), { json: { input: { _mock: { fail_after: 1 } } } })
    expect(res).toMatchObject({ status: 502, body: { code: 'mock_failure' } })
  })

  it('records runs with a conversation as a thread trace', async () => {
    await t.call('POST', E('demo-sentiment-classifier', '?conversation_id=66a0c1e2f4b5a60007d3e911'), {
      json: { input: {} },
    })
    const threads = (await t.call('GET', '/apis/admin/assistants/demo-sentiment-classifier/threads/')).body as Array<{
      id: number
      content: Record<string, unknown>
    }>
    const thread = threads.find((th) => th.content.conversation_id === '66a0c1e2f4b5a60007d3e911')
    const messages = (
      await t.call('GET', `/apis/admin/assistants/demo-sentiment-classifier/threads/${thread?.id}/messages/`)
    ).body as Array<{ role: string }>
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant'])
  })
})

describe('evaluate: streamed form', () => {
  it('streams contract events: start with prompt blocks, deltas, done', async () => {
    const res = await t.call('POST', E('demo-conversation-summarizer', '?conversation_id=669fbd2936688700080849f5'), {
      json: { input: { media_type: 'chat', _mock: { chunks: 40 } } },
      headers: { Accept: 'text/event-stream' },
    })
    expect(res.headers.get('content-type')).toContain('text/event-stream')
    const events = parseSse(res.text).map((e) => parseStreamEvent(e.event, JSON.stringify(e.data)))
    expect(events[0]?.event).toBe('start')
    const start = events[0]?.event === 'start' ? events[0].data : null
    expect(start?.prompt?.map((b) => b.name)).toEqual(['instructions', 'parameters', 'transcript'])
    expect(start?.prompt?.[1]?.content).not.toContain('_mock')
    const deltas = events.filter((e) => e?.event === 'delta')
    expect(deltas).toHaveLength(40)
    const done = events[events.length - 1]
    expect(done?.event).toBe('done')
    if (done?.event === 'done')
      expect(done.data.output).toBe(deltas.map((d) => (d?.event === 'delta' ? d.data.text : '')).join(''))
  })

  it('5,000 chunks with delay 0', async () => {
    const res = await t.call('POST', E('demo-reply-suggester'), {
      json: { input: { _mock: { chunks: 5000, delay_ms: 0 } } },
      headers: { Accept: 'text/event-stream' },
    })
    const events = parseSse(res.text)
    expect(events.filter((e) => e.event === 'delta')).toHaveLength(5000)
    expect(events[events.length - 1]?.event).toBe('done')
  })

  it('_mock.fail_after sends an error event after N deltas', async () => {
    const res = await t.call('POST', E('demo-reply-suggester'), {
      json: { input: { _mock: { fail_after: 2 } } },
      headers: { Accept: 'text/event-stream' },
    })
    expect(parseSse(res.text).map((e) => e.event)).toEqual(['start', 'delta', 'delta', 'error'])
  })
})
