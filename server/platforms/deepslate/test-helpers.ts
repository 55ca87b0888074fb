/**
 * Shared by the Deepslate mock's tests: the app mounted under
 * /platforms/deepslate as the integrator mounts it, with response validation
 * on, and a request helper that sends the demo key unless told otherwise.
 */
import { Hono } from 'hono'
import { expect } from 'vitest'
import { DEEPSLATE_DEMO_ORGANIZATION_ID, DEEPSLATE_DEMO_VENDOR_ID } from '../../../src/contract/deepslate/demo'
import { createDeepslateApp, DEMO_DEEPSLATE_KEY, type DeepslateMockOptions } from './app'

export const MOUNT = '/platforms/deepslate'
export const ASSISTANTS = `/api/v1/vendors/${DEEPSLATE_DEMO_VENDOR_ID}/organizations/${DEEPSLATE_DEMO_ORGANIZATION_ID}/assistants`

export interface Answer {
  status: number
  body: unknown
  text: string
  headers: Headers
}

export interface CallOptions {
  json?: unknown
  body?: string | Uint8Array<ArrayBuffer>
  headers?: Record<string, string>
  /** The key to send; null sends no Authorization header. Defaults to the demo key. */
  key?: string | null
}

export interface DeepslateTestApi {
  app: Hono
  logs: string[]
  /** `path` is the platform's own path; the helper adds the mount prefix. */
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

export function makeDeepslate(options: DeepslateMockOptions = {}): DeepslateTestApi {
  const logs: string[] = []
  const platform = createDeepslateApp({ validateResponses: true, env: {}, log: (l) => logs.push(l), ...options })
  const app = new Hono().route(MOUNT, platform)
  const call = async (method: string, path: string, opts: CallOptions = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) }
    const key = opts.key === undefined ? DEMO_DEEPSLATE_KEY : opts.key
    if (key !== null) headers.Authorization = `Bearer ${key}`
    let body = opts.body
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json)
      headers['Content-Type'] ??= 'application/json'
    }
    return toAnswer(await app.request(`${MOUNT}${path}`, { method, headers, body }))
  }
  const expectConformant = async () => {
    const report = (await (await app.request(`${MOUNT}/mock/conformance`)).json()) as {
      checked: number
      violations: unknown[]
    }
    expect(report.violations).toEqual([])
    expect(report.checked).toBeGreaterThan(0)
  }
  return { app, logs, call, expectConformant }
}

/** The body of a successful answer. */
export function dataOf<T = Record<string, unknown>>(answer: Answer): T {
  return (answer.body as { data: T }).data
}

export function fieldErrors(answer: Answer): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const { field, message } of (answer.body as { errors?: Array<{ field: string; message: string }> }).errors ?? [])
    (out[field] ??= []).push(message)
  return out
}
