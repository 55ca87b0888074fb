/**
 * call_api end to end over real HTTP: the routing demo updates the mock CX
 * platform, non-loopback hosts are never contacted, and configured header
 * values never appear in anything a client or a log can see.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startMockServer, type RunningMockServer } from './app'
import { DEMO_CX_SECRET } from './seed/apis'
import { ROUTING_INSTRUCTIONS } from './seed/assistants'
import { expectServerConformant, fetchDemoToken, parseSse } from './test-helpers'

const EXTRA_SECRET = 'tool-header-secret-5f6e7d8c'
const ECHO_SECRET = 'echo-secret-0a1b2c3d4e5f'
let server: RunningMockServer
let echo: Server
let echoUrl: string
let token: string
const logs: string[] = []

async function api(method: string, path: string, body?: unknown, accept = 'application/json') {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: accept },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, text: await res.text() }
}

beforeAll(async () => {
  // An upstream that echoes the request headers back, and fails on /fail.
  echo = createServer((req, res) => {
    res.writeHead(req.url?.startsWith('/fail') ? 500 : 200, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ you_sent: req.headers }))
  })
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve))
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`
  server = await startMockServer({ streamDelayMs: 0, validateResponses: true, log: (line) => logs.push(line) })
  token = await fetchDemoToken(server.url)
})
afterAll(async () => {
  await expectServerConformant(server.url)
  await server.close()
  await new Promise((resolve) => echo.close(resolve))
})

describe('routing demo over HTTP', () => {
  it('categorizes, calls the mock CX platform with the API headers, and reports success', async () => {
    await fetch(`${server.url}/mock/cx-platform-requests/`, { method: 'DELETE' })
    const res = await api(
      'POST',
      '/api/v2/assistants/demo-routing-assistant/evaluate?conversation_id=669fbd2936688700080849f5',
      { input: {} },
    )
    expect(res.status).toBe(200)
    expect(JSON.parse(res.text)).toEqual({
      output:
        'The conversation has been categorized under "Change subscription" and the category has been updated successfully. How else can I assist you today?',
    })
    const received = (await (await fetch(`${server.url}/mock/cx-platform-requests/`)).json()) as Array<
      Record<string, unknown>
    >
    expect(received).toEqual([
      expect.objectContaining({
        method: 'PUT',
        path: '/threads/669fbd2936688700080849f5/categories',
        query: { 'thread_category_ids[]': ['65fdaa3d6ff9c000071fa8ac'] },
        headers: expect.objectContaining({ authorization: `••••${DEMO_CX_SECRET.slice(-4)}`, 'x-account': 'demo' }),
      }),
    ])
  })

  it('streams tool_call (no headers) and tool_result before the text', async () => {
    const res = await api(
      'POST',
      '/api/v2/assistants/demo-routing-assistant/evaluate?conversation_id=66a1d4b7c2e8f90007a1b234',
      { input: {} },
      'text/event-stream',
    )
    const events = parseSse(res.text)
    expect(events.map((e) => e.event).slice(0, 3)).toEqual(['start', 'tool_call', 'tool_result'])
    expect(events[1]?.data).toMatchObject({
      name: 'call_api',
      arguments: { api_code: 'demo-cx-platform', method: 'PUT' },
    })
    expect(Object.keys((events[1]?.data as { arguments: object }).arguments).sort()).toEqual([
      'api_code',
      'method',
      'path',
    ])
    expect(events[2]?.data).toMatchObject({ ok: true })
    expect(events.at(-1)?.data).toMatchObject({ output: expect.stringContaining('"Delivery status"') })
  })

  it('never contacts a non-loopback host: the call is skipped, still a 200', async () => {
    const spy = vi.spyOn(globalThis, 'fetch')
    await api('POST', '/apis/admin/assistants/apis/', {
      code: 'outside-cx',
      url: 'https://cx.example.com',
      headers: '{}',
    })
    await api('POST', '/apis/admin/assistants/', {
      code: 'outside-router',
      name: 'Outside router',
      instructions: ROUTING_INSTRUCTIONS.replace('demo-cx-platform', 'outside-cx'),
      tools: [12],
      include_conversation_transcript: true,
    })
    const res = await api(
      'POST',
      '/api/v2/assistants/outside-router/evaluate?conversation_id=669fbd2936688700080849f5',
      { input: {} },
      'text/event-stream',
    )
    const events = parseSse(res.text)
    expect(events.find((e) => e.event === 'tool_result')?.data).toMatchObject({
      ok: false,
      result: {
        skipped: true,
        reason: 'outbound calls to cx.example.com are disabled in the mock (loopback only; set MOCK_ALLOW_OUTBOUND=1)',
      },
    })
    expect((events.at(-1)?.data as { output: string }).output).toMatch(
      /^The conversation has been categorized under "Change subscription" .*not sent/,
    )
    const outbound = spy.mock.calls
      .map(([input]) => String(input instanceof Request ? input.url : input))
      .filter((u) => u.includes('example.com'))
    expect(outbound).toEqual([])
    spy.mockRestore()
  })

  it('reports an upstream failure with its status', async () => {
    await api('POST', '/apis/admin/assistants/apis/', { code: 'failing-cx', url: `${echoUrl}/fail`, headers: '{}' })
    await api('POST', '/apis/admin/assistants/', {
      code: 'failing-router',
      name: 'Failing router',
      instructions: ROUTING_INSTRUCTIONS.replace('demo-cx-platform', 'failing-cx'),
      tools: [12],
      include_conversation_transcript: true,
    })
    const res = await api(
      'POST',
      '/api/v2/assistants/failing-router/evaluate?conversation_id=669fbd2936688700080849f5',
      { input: {} },
    )
    expect(JSON.parse(res.text)).toEqual({
      output:
        'The conversation has been categorized under "Change subscription", but updating the category failed: the CX platform answered HTTP 500.',
    })
  })
})

describe('secrets never leak', () => {
  it('not in output, stream, tool_call, tool_result (even when echoed), threads, cx log or server logs', async () => {
    await api('POST', '/apis/admin/assistants/apis/', {
      code: 'echo-api',
      url: echoUrl,
      headers: JSON.stringify({ Authorization: `Bearer ${ECHO_SECRET}` }),
    })
    await api('POST', '/apis/admin/assistants/', {
      code: 'echo-router',
      name: 'Echo router',
      instructions: `${ROUTING_INSTRUCTIONS.replace('demo-cx-platform', 'echo-api')}\n- headers: {"X-Extra": "${EXTRA_SECRET}"}`,
      tools: [12],
      include_conversation_transcript: true,
    })
    const visible: string[] = []
    for (const code of ['demo-routing-assistant', 'echo-router']) {
      for (const accept of ['application/json', 'text/event-stream']) {
        visible.push(
          (
            await api(
              'POST',
              `/api/v2/assistants/${code}/evaluate?conversation_id=669fbd2936688700080849f5`,
              { input: {} },
              accept,
            )
          ).text,
        )
      }
    }
    const stream = parseSse(visible[3] ?? '')
    expect(stream.find((e) => e.event === 'tool_call')?.data).toMatchObject({
      arguments: { headers: { 'X-Extra': '••••' } },
    })
    const echoed = JSON.stringify(stream.find((e) => e.event === 'tool_result')?.data)
    expect(echoed).toContain('you_sent')
    expect(echoed).toContain('"authorization":"••••"')
    for (const code of ['demo-routing-assistant', 'echo-router']) {
      const threads = JSON.parse((await api('GET', `/apis/admin/assistants/${code}/threads/`)).text) as Array<{
        id: number
      }>
      for (const th of threads)
        visible.push((await api('GET', `/apis/admin/assistants/${code}/threads/${th.id}/messages/`)).text)
    }
    visible.push(await (await fetch(`${server.url}/mock/cx-platform-requests/`)).text())
    visible.push(logs.join('\n'))
    const all = visible.join('\n')
    expect(all.length).toBeGreaterThan(1000)
    for (const secret of [DEMO_CX_SECRET, ECHO_SECRET]) expect(all).not.toContain(secret)
    // A header written in the instructions is the author's own text (the prompt shows it), but tool events mask it.
    const toolEvents = JSON.stringify(stream.filter((e) => e.event === 'tool_call' || e.event === 'tool_result'))
    expect(toolEvents).not.toContain(EXTRA_SECRET)
  })
})
