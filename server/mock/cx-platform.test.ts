/**
 * The mock's CX platform as call_api's target: the guide's example host is
 * answered in-process (no network), the seeded demo API over HTTP, and in both
 * cases the tool result says what the platform received, secrets masked.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { startMockServer, type RunningMockServer } from './app'
import { DEMO_CX_SECRET } from './seed/apis'
import { BUILT_IN_CX_HOSTS, receivedFrom, recordedHeaders } from './model/cx-platform'
import { expectServerConformant, fetchDemoToken, parseSse, type SseEvent } from './test-helpers'

const CONVERSATION = '669fbd2936688700080849f5'
const GUIDE_HOST = 'https://mock-cx-platform.free.beeceptor.com'
const GUIDE_SECRET = 'guide-secret-value-77aa'

const routing = (apiCode: string, extra = '') => `Categorize the conversations based on the provided categories.
If the conversation does not match any of the topics below, assign the category_id "65fdaa3d6ff9c000071fa8ab".
When the category has been determined, call the "call_api" function:
- api_code: ${apiCode}
- path: /some-path/categories?thread_category_ids[]={new_category_id}
- method: PUT${extra}

- Change subscription: 65fdaa3d6ff9c000071fa8ac
- Billing and invoices: 65fdaa3d6ff9c000071fa8ad`

let server: RunningMockServer
let token: string

async function api(method: string, path: string, body?: unknown, accept = 'application/json') {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: accept },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, text: await res.text() }
}

async function evaluateStream(code: string): Promise<SseEvent[]> {
  const res = await api(
    'POST',
    `/api/v2/assistants/${code}/evaluate?conversation_id=${CONVERSATION}`,
    { input: {} },
    'text/event-stream',
  )
  expect(res.status).toBe(200)
  return parseSse(res.text)
}

const toolResult = (events: SseEvent[]) =>
  events.find((e) => e.event === 'tool_result')?.data as { ok: boolean; result: Record<string, unknown> }

beforeAll(async () => {
  server = await startMockServer({ streamDelayMs: 0, validateResponses: true })
  token = await fetchDemoToken(server.url)
  // The guide's API and routing assistant, as its steps 1 and 3 create them (plus a payload variant).
  await api('POST', '/apis/admin/assistants/apis/', {
    code: 'mock-cx-platform',
    url: GUIDE_HOST,
    headers: JSON.stringify({ 'some-header': 'some-value', Authorization: `Bearer ${GUIDE_SECRET}` }),
  })
  for (const [code, extra] of [
    ['routing-assistant', ''],
    ['payload-router', '\n- payload: {"note": "moved by the router"}'],
  ] as const) {
    await api('POST', '/apis/admin/assistants/', {
      code,
      name: code,
      instructions: routing('mock-cx-platform', extra),
      tools: [12],
      include_conversation_transcript: true,
    })
  }
})
afterEach(() => {
  vi.restoreAllMocks()
})
afterAll(async () => {
  await expectServerConformant(server.url)
  await server.close()
})

describe("the guide's example host is the mock's own CX platform", () => {
  it('answers in-process: no request leaves, the update succeeds, the result shows what arrived', async () => {
    await fetch(`${server.url}/mock/cx-platform-requests/`, { method: 'DELETE' })
    const spy = vi.spyOn(globalThis, 'fetch')
    const events = await evaluateStream('routing-assistant')
    const beeceptor = spy.mock.calls.filter(([input]) =>
      String(input instanceof Request ? input.url : input).includes('beeceptor'),
    )
    expect(beeceptor).toEqual([])

    const result = toolResult(events)
    expect(result.ok).toBe(true)
    expect(result.result).toMatchObject({
      status: 200,
      ok: true,
      received_by_cx_platform: {
        via: 'in-process',
        url: `${GUIDE_HOST}/some-path/categories?thread_category_ids[]=65fdaa3d6ff9c000071fa8ac`,
        method: 'PUT',
        path: '/some-path/categories',
        query: { 'thread_category_ids[]': ['65fdaa3d6ff9c000071fa8ac'] },
        body: null,
      },
    })
    // Configured header values are credentials: masked in the run, whatever their name.
    const headers = (result.result.received_by_cx_platform as { headers: Record<string, string> }).headers
    expect(headers['some-header']).toBe('••••')
    expect(headers.authorization).toMatch(/^••••/)
    expect(JSON.stringify(events)).not.toContain(GUIDE_SECRET)
    expect((events.at(-1)?.data as { output: string }).output).toBe(
      'The conversation has been categorized under "Change subscription" and the category has been updated successfully. How else can I assist you today?',
    )

    // The platform's log has the call, as Beeceptor's would.
    const log = (await (await fetch(`${server.url}/mock/cx-platform-requests/`)).json()) as unknown[]
    expect(log).toEqual([expect.objectContaining({ method: 'PUT', path: '/some-path/categories', body: null })])
    expect(JSON.stringify(log)).not.toContain(GUIDE_SECRET)
  })

  it('records a JSON payload as the body, with the content type call_api adds', async () => {
    const result = toolResult(await evaluateStream('payload-router'))
    expect(result.result.received_by_cx_platform).toMatchObject({
      method: 'PUT',
      body: { note: 'moved by the router' },
      headers: expect.objectContaining({ 'content-type': 'application/json' }),
    })
  })

  it('with outbound calls allowed, the real host is called instead', async () => {
    const outbound = await startMockServer({ streamDelayMs: 0, allowOutbound: true })
    try {
      const t = await fetchDemoToken(outbound.url)
      const post = (path: string, body: unknown) =>
        fetch(`${outbound.url}${path}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${t}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
      await post('/apis/admin/assistants/apis/', { code: 'mock-cx-platform', url: GUIDE_HOST, headers: '{}' })
      await post('/apis/admin/assistants/', {
        code: 'routing-assistant',
        name: 'Routing',
        instructions: routing('mock-cx-platform'),
        tools: [12],
        include_conversation_transcript: true,
      })
      const real = globalThis.fetch
      const spy = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
        const url = String(input instanceof Request ? input.url : input)
        return url.includes('beeceptor') ? Promise.reject(new Error('offline in tests')) : real(input, init)
      })
      const res = await post(`/api/v2/assistants/routing-assistant/evaluate?conversation_id=${CONVERSATION}`, {
        input: {},
      })
      const output = ((await res.json()) as { output: string }).output
      expect(spy.mock.calls.some(([input]) => String(input).includes('beeceptor'))).toBe(true)
      expect(output).toContain('updating the category failed: Request failed: offline in tests')
    } finally {
      await outbound.close()
    }
  })
})

describe('the seeded demo API reaches the CX platform over HTTP', () => {
  it('shows what the platform received beside its answer, the credential masked', async () => {
    const result = toolResult(await evaluateStream('demo-routing-assistant'))
    expect(result.result).toMatchObject({
      status: 200,
      received_by_cx_platform: {
        via: 'http',
        method: 'PUT',
        path: `/threads/${CONVERSATION}/categories`,
        query: { 'thread_category_ids[]': ['65fdaa3d6ff9c000071fa8ac'] },
        headers: expect.objectContaining({ authorization: `••••${DEMO_CX_SECRET.slice(-4)}`, 'x-account': '••••' }),
      },
    })
    expect(JSON.stringify(result)).not.toContain(DEMO_CX_SECRET)
  })

  it('an upstream that only looks like the platform (no marker header) gets no received_by_cx_platform', async () => {
    const lookalike = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ ok: true, received: { method: 'PUT', path: '/made-up' } }))
    })
    await new Promise<void>((resolve) => lookalike.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(lookalike.address() as AddressInfo).port}`
      await api('POST', '/apis/admin/assistants/apis/', { code: 'lookalike-cx', url, headers: '{}' })
      await api('POST', '/apis/admin/assistants/', {
        code: 'lookalike-router',
        name: 'Lookalike router',
        instructions: routing('lookalike-cx'),
        tools: [12],
        include_conversation_transcript: true,
      })
      const result = toolResult(await evaluateStream('lookalike-router'))
      expect(result.ok).toBe(true)
      expect(result.result).not.toHaveProperty('received_by_cx_platform')
    } finally {
      await new Promise((resolve) => lookalike.close(resolve))
    }
    expect(receivedFrom({ received: 'PUT /x' })).toBeNull()
  })

  it('keeps a body that is not JSON as text', async () => {
    const res = await fetch(`${server.url}/mock/cx-platform/notes?x=1&x=2`, { method: 'POST', body: 'plain note' })
    expect(res.headers.get('x-mock-cx-platform')).toBe('recorded')
    expect(await res.json()).toMatchObject({
      ok: true,
      received: { method: 'POST', path: '/notes', query: { x: ['1', '2'] }, body: 'plain note' },
    })
  })
})

describe('recorded headers', () => {
  it('keep only the last 4 characters of credential-like values, names lower-cased', () => {
    expect(
      recordedHeaders([
        ['Authorization', 'Bearer abcdefgh1234'],
        ['X-Api-Key', 'k-9876'],
        ['X-Account', 'demo'],
      ]),
    ).toEqual({ authorization: '••••1234', 'x-api-key': '••••9876', 'x-account': 'demo' })
  })

  it('the built-in host is the guide’s', () => {
    expect([...BUILT_IN_CX_HOSTS]).toEqual(['mock-cx-platform.free.beeceptor.com'])
  })
})
