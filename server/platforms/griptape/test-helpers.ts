/** Shared by the Griptape mock's tests: an app on a manual clock with response validation on, and a request helper. */
import { expect } from 'vitest'
import { createGriptapeApp, DEMO_GRIPTAPE_KEY, ManualClock, type GriptapeApp, type GriptapeOptions } from './app'
import { createSchemaChecker } from './conformance'

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
  /** The bearer key; `null` sends none. Defaults to the demo key. */
  key?: string | null
}

export interface GriptapeTest {
  app: GriptapeApp
  clock: ManualClock
  call: (method: string, path: string, options?: CallOptions) => Promise<Answer>
  request: (method: string, path: string, options?: CallOptions) => Promise<Response>
  expectConformant: () => Promise<void>
}

/** Step delay of test apps: every run step is 100 ms of manual time apart. */
export const STEP_MS = 100

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

export function makeGriptape(options: GriptapeOptions = {}): GriptapeTest {
  const clock = new ManualClock()
  const app = createGriptapeApp({ clock, delayMs: STEP_MS, keepAliveMs: 0, validateResponses: true, ...options })
  const request = (method: string, path: string, opts: CallOptions = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) }
    const key = opts.key === undefined ? DEMO_GRIPTAPE_KEY : opts.key
    if (key !== null) headers.Authorization = `Bearer ${key}`
    let body = opts.body
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json)
      headers['Content-Type'] ??= 'application/json'
    }
    return Promise.resolve(app.request(path, { method, headers, body }))
  }
  const call = async (method: string, path: string, opts: CallOptions = {}) =>
    toAnswer(await request(method, path, opts))
  const expectConformant = async () => {
    const report = (await (await app.request('/mock/conformance')).json()) as { checked: number; violations: unknown[] }
    expect(report.violations).toEqual([])
    expect(report.checked).toBeGreaterThan(0)
  }
  return { app, clock, call, request, expectConformant }
}

export interface SseMessage {
  id: string | null
  event: string | null
  data: unknown
}

/** Splits SSE text into messages (comments skipped). */
export function parseSse(text: string): SseMessage[] {
  return text
    .split('\n\n')
    .filter((block) => block.split('\n').some((l) => l.startsWith('data:')))
    .map((block) => {
      const lines = block.split('\n')
      const field = (name: string) =>
        lines
          .filter((l) => l.startsWith(`${name}:`))
          .map((l) => l.slice(name.length + 1).replace(/^ /, ''))
          .join('\n')
      return { id: field('id') || null, event: field('event') || null, data: JSON.parse(field('data')) as unknown }
    })
}

const checkSchema = createSchemaChecker()

/** Every SSE message's data must be an event of the contract (`AssistantEvent` or `StructureRunEvent`). */
export function expectEventsConform(
  messages: readonly SseMessage[],
  schema: 'AssistantEvent' | 'StructureRunEvent',
): void {
  for (const m of messages) expect(checkSchema(schema, m.data)).toEqual([])
}

export function expectSchema(schema: string, value: unknown): void {
  expect(checkSchema(schema, value)).toEqual([])
}

/** Reads an SSE body in steps: `available()` returns what has arrived so far without waiting for more. */
export class StreamReader {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>
  private readonly decoder = new TextDecoder()
  private pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null
  done = false

  constructor(res: Response) {
    this.reader = (res.body as ReadableStream<Uint8Array>).getReader()
  }

  async available(waitMs = 20): Promise<string> {
    let text = ''
    while (!this.done) {
      this.pending ??= this.reader.read()
      const next = await Promise.race([
        this.pending,
        new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs)),
      ])
      if (next === null) break
      this.pending = null
      if (next.done) this.done = true
      else text += this.decoder.decode(next.value, { stream: true })
    }
    return text
  }

  async cancel(): Promise<void> {
    await this.reader.cancel()
  }
}
