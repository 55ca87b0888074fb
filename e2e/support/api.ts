/**
 * Test data through the real mock's HTTP API: each test creates what it needs
 * with unique codes and removes it afterwards, so tests never depend on order.
 */
import type { APIRequestContext } from '@playwright/test'

export const DEMO = { clientId: 'demo-client', clientSecret: 'demo-secret' }
export const READONLY = { clientId: 'demo-readonly', clientSecret: 'demo-readonly-secret' }

let counter = 0
/** A code unique to this test run, valid for assistants and APIs (`^[a-z0-9-]+$`). */
export function uniqueCode(prefix: string): string {
  counter += 1
  return `${prefix}-${Date.now().toString(36)}-${process.pid.toString(36)}-${counter}`
}

export async function fetchToken(request: APIRequestContext, creds = DEMO): Promise<string> {
  const res = await request.post('/oauth/token/', {
    form: {
      grant_type: 'client_credentials',
      client_id: creds.clientId,
      client_secret: creds.clientSecret,
      scope: 'assistants:read assistants:write',
    },
  })
  if (!res.ok()) throw new Error(`token request failed: ${res.status()} ${await res.text()}`)
  return ((await res.json()) as { access_token: string }).access_token
}

export class TestApi {
  private cleanups: (() => Promise<unknown>)[] = []
  constructor(
    readonly request: APIRequestContext,
    readonly token: string,
  ) {}

  private headers() {
    return { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' }
  }

  async call<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const res = await this.request.fetch(path, {
      method,
      headers: this.headers(),
      ...(body === undefined ? {} : { data: JSON.stringify(body) }),
    })
    const text = await res.text()
    return { status: res.status(), body: (text ? JSON.parse(text) : null) as T }
  }

  /** Creates an assistant (removed after the test). */
  async createAssistant(
    overrides: Record<string, unknown> = {},
  ): Promise<{ id: number; code: string; name: string; [k: string]: unknown }> {
    const code = (overrides.code as string | undefined) ?? uniqueCode('e2e')
    const body = {
      code,
      name: `E2E ${code}`,
      instructions: 'You are a test assistant.',
      model: 'gpt-4o',
      tools: [],
      temperature: 0.2,
      top_p: 1,
      ...overrides,
    }
    const res = await this.call<{ id: number; code: string; name: string }>('POST', '/apis/admin/assistants/', body)
    if (res.status !== 201) throw new Error(`create assistant failed: ${res.status} ${JSON.stringify(res.body)}`)
    this.cleanups.push(() => this.call('DELETE', `/apis/admin/assistants/${code}/`))
    return res.body
  }

  /** Creates an API (removed after the test). */
  async createApi(
    overrides: Record<string, unknown> = {},
  ): Promise<{ id: number; code: string; url: string; headers: string }> {
    const code = (overrides.code as string | undefined) ?? uniqueCode('e2e-api')
    const body = {
      code,
      url: 'http://127.0.0.1:9/none',
      headers: '{"Authorization": "Bearer e2e-secret-value"}',
      ...overrides,
    }
    const res = await this.call<{ id: number; code: string; url: string; headers: string }>(
      'POST',
      '/apis/admin/assistants/apis/',
      body,
    )
    if (res.status !== 201) throw new Error(`create api failed: ${res.status} ${JSON.stringify(res.body)}`)
    this.cleanups.push(() => this.call('DELETE', `/apis/admin/assistants/apis/${code}/`))
    return res.body
  }

  /** Registers a cleanup for something the test created through the UI. */
  onCleanup(fn: () => Promise<unknown>): void {
    this.cleanups.push(fn)
  }

  async cleanup(): Promise<void> {
    for (const fn of this.cleanups.reverse()) await fn().catch(() => undefined)
    this.cleanups = []
  }
}
