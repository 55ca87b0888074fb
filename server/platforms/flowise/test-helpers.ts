/** Shared by the Flowise mock's tests: an app whose every answer is checked against the contract, and a request helper. */
import type { Hono } from 'hono'
import { expect } from 'vitest'
import type { ConformanceReport } from '../../mock/conformance-middleware'
import { createFlowiseApp, DEMO_FLOWISE_KEY, type FlowiseOptions } from './app'

export interface Answer {
  status: number
  body: unknown
  text: string
  headers: Headers
}

export interface CallOptions {
  json?: unknown
  body?: string | Uint8Array<ArrayBuffer> | URLSearchParams
  headers?: Record<string, string>
  /** The key to send; `null` sends no Authorization header. Defaults to the demo key. */
  key?: string | null
}

export interface FlowiseTestApi {
  app: Hono
  report: ConformanceReport
  call: (method: string, path: string, options?: CallOptions) => Promise<Answer>
  expectConformant: () => void
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

export function makeFlowiseTestApi(options: FlowiseOptions = {}): FlowiseTestApi {
  const report: ConformanceReport = { checked: 0, violations: [] }
  const app = createFlowiseApp({ env: {}, conformanceReport: report, ...options })
  const call = async (method: string, path: string, opts: CallOptions = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) }
    const key = opts.key === undefined ? (options.apiKey ?? DEMO_FLOWISE_KEY) : opts.key
    if (key !== null) headers.Authorization = `Bearer ${key}`
    let body = opts.body
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json)
      headers['Content-Type'] ??= 'application/json'
    }
    return toAnswer(await app.request(path, { method, headers, body }))
  }
  const expectConformant = () => {
    expect(report.violations).toEqual([])
    expect(report.checked).toBeGreaterThan(0)
  }
  return { app, report, call, expectConformant }
}

/** The seed's example body, exactly as seed 003 writes it (POST and PUT). */
export const SEED_BODY = {
  id: 'd290f1ee-6c54-4b01-90e6-d701748f0851',
  details: {
    id: 'asst_zbNeYIuXIUSKVHjJkfRo6ilv',
    name: 'assistant',
    description: 'text',
    model: 'gpt-4',
    instructions: 'You are a helpful assistant, do your best to answer question and query',
    temperature: 1,
    top_p: 1,
    tools: ['function', 'code_interpreter', 'file_search'],
    tool_resources: {
      ANY_ADDITIONAL_PROPERTY: {},
    },
  },
  credential: '7db93c02-8d5a-4117-a8f1-3dfb6721b339',
  iconSrc: '/images/assistant.png',
  createdDate: '2024-08-24T14:15:22Z',
  updatedDate: '2024-08-24T14:15:22Z',
} as const

/** The seed's example text with its line breaks, sent as bytes, not re-serialised. */
export const SEED_BODY_TEXT = `{
"id": "d290f1ee-6c54-4b01-90e6-d701748f0851",
"details": {
"id": "asst_zbNeYIuXIUSKVHjJkfRo6ilv",
"name": "assistant",
"description": "text",
"model": "gpt-4",
"instructions": "You are a helpful assistant, do your best to answer question and query",
"temperature": 1,
"top_p": 1,
"tools": [
"function",
"code_interpreter",
"file_search"
],
"tool_resources": {
"ANY_ADDITIONAL_PROPERTY": {}
}
},
"credential": "7db93c02-8d5a-4117-a8f1-3dfb6721b339",
"iconSrc": "/images/assistant.png",
"createdDate": "2024-08-24T14:15:22Z",
"updatedDate": "2024-08-24T14:15:22Z"
}`
