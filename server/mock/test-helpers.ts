/** Shared by the mock's tests: an app with response validation on, a token, and a small request helper. */
import type { Hono } from 'hono'
import { expect } from 'vitest'
import { createMockApp } from './app'
import type { MockOptions } from './options'

export interface Answer {
  status: number
  body: unknown
  text: string
  headers: Headers
}

export interface CallOptions {
  json?: unknown
  body?: string | FormData | URLSearchParams | Uint8Array<ArrayBuffer>
  headers?: Record<string, string>
  /** A token to send; `null` sends none. Defaults to a read+write token. */
  token?: string | null
}

export interface TestApi {
  app: Hono
  token: (scope?: string, client?: [string, string]) => Promise<string>
  call: (method: string, path: string, options?: CallOptions) => Promise<Answer>
  expectConformant: () => Promise<void>
}

export async function toAnswer(res: Response): Promise<Answer> {
  const text = await res.text()
  let body: unknown = null
  try {
    body = text === '' ? null : (JSON.parse(text) as unknown)
  } catch {
    body = text
  }
  return { status: res.status, body, text, headers: res.headers }
}

export async function makeTestApi(options: MockOptions = {}): Promise<TestApi> {
  const app = createMockApp({ streamDelayMs: 0, validateResponses: true, ...options })
  const token = async (
    scope = 'assistants:read assistants:write',
    client: [string, string] = ['demo-client', 'demo-secret'],
  ) => {
    const res = await app.request('/oauth/token/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: client[0],
        client_secret: client[1],
        scope,
      }).toString(),
    })
    const body = (await res.json()) as { access_token: string }
    return body.access_token
  }
  const defaultToken = await token()
  const call = async (method: string, path: string, opts: CallOptions = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) }
    const bearer = opts.token === undefined ? defaultToken : opts.token
    if (bearer !== null) headers.Authorization = `Bearer ${bearer}`
    let body = opts.body
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json)
      headers['Content-Type'] ??= 'application/json'
    }
    return toAnswer(await app.request(path, { method, headers, body }))
  }
  const expectConformant = async () => {
    const report = (await (await app.request('/mock/conformance')).json()) as { checked: number; violations: unknown[] }
    expect(report.violations).toEqual([])
    expect(report.checked).toBeGreaterThan(0)
  }
  return { app, token, call, expectConformant }
}

export interface SseEvent {
  event: string
  data: unknown
}

/** Parses a complete SSE body into events (tests only; the console uses eventsource-parser). */
export function parseSse(text: string): SseEvent[] {
  return text
    .split(/\n\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n')
      const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message'
      const data = lines
        .filter((l) => l.startsWith('data: '))
        .map((l) => l.slice(6))
        .join('\n')
      return { event, data: JSON.parse(data) as unknown }
    })
}

/** For tests against a real server started with validateResponses: no answer broke the contract. */
export async function expectServerConformant(url: string): Promise<void> {
  const report = (await (await fetch(`${url}/mock/conformance`)).json()) as { checked: number; violations: unknown[] }
  expect(report.violations).toEqual([])
  expect(report.checked).toBeGreaterThan(0)
}

/** A read+write token from a running mock, with the demo client's credentials. */
export async function fetchDemoToken(url: string): Promise<string> {
  const res = await fetch(`${url}/oauth/token/`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'demo-client',
      client_secret: 'demo-secret',
    }),
  })
  return ((await res.json()) as { access_token: string }).access_token
}
