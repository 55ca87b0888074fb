/**
 * Mock backend: requests per second of GET /apis/admin/assistants/ (autocannon,
 * loopback, fixed connections and duration) and time to the first streamed
 * event of evaluate (fetch, N runs, each run aborted once its first event came).
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from './servers'
import { summarize, type Summary } from './stats'

export async function getToken(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/oauth/token/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'demo-client',
      client_secret: 'demo-secret',
      scope: 'assistants:read assistants:write',
    }),
  })
  if (!res.ok) throw new Error(`token request failed: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { access_token: string }).access_token
}

export async function listAssistants(baseUrl: string, token: string): Promise<{ code: string; tools: unknown[] }[]> {
  const res = await fetch(`${baseUrl}/apis/admin/assistants/`, { headers: { Authorization: `Bearer ${token}` } })
  if (!res.ok) throw new Error(`list failed: ${res.status}`)
  return (await res.json()) as { code: string; tools: unknown[] }[]
}

export interface CannonRun {
  requestsPerSec: number
  latencyP50Ms: number
  latencyP99Ms: number
  requests: number
  non2xx: number
  errors: number
  bytesPerSec: number
}

interface CannonJson {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number }
  throughput: { average: number }
  non2xx: number
  errors: number
}

/** One autocannon run through its CLI (`--json`), killed if it overruns. */
function autocannon(url: string, token: string, connections: number, seconds: number): Promise<CannonRun> {
  const bin = join(ROOT, 'node_modules/autocannon/autocannon.js')
  const args = [bin, '-c', String(connections), '-d', String(seconds), '-j', '-H', `Authorization=Bearer ${token}`, url]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), (seconds + 20) * 1000)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearTimeout(timer)
      try {
        const r = JSON.parse(out) as CannonJson
        resolve({
          requestsPerSec: r.requests.average,
          latencyP50Ms: r.latency.p50,
          latencyP99Ms: r.latency.p99,
          requests: r.requests.total,
          non2xx: r.non2xx,
          errors: r.errors,
          bytesPerSec: r.throughput.average,
        })
      } catch {
        reject(new Error(`autocannon failed (${code}): ${err.slice(-2000)}`))
      }
    })
  })
}

export interface ThroughputSeries {
  url: string
  items: number
  connections: number
  seconds: number
  runs: CannonRun[]
  requestsPerSec: Summary
  latencyP99Ms: Summary
}

export async function listThroughput(
  baseUrl: string,
  token: string,
  runs: number,
  connections = 10,
  seconds = 5,
): Promise<ThroughputSeries> {
  const url = `${baseUrl}/apis/admin/assistants/`
  const items = (await listAssistants(baseUrl, token)).length
  const results: CannonRun[] = []
  for (let i = 0; i < runs; i += 1) results.push(await autocannon(url, token, connections, seconds))
  return {
    url,
    items,
    connections,
    seconds,
    runs: results,
    requestsPerSec: summarize(results.map((r) => r.requestsPerSec)),
    latencyP99Ms: summarize(results.map((r) => r.latencyP99Ms)),
  }
}

export interface FirstEventSeries {
  runs: number
  /** `_mock.delay_ms` sent, or null for the server's own per-chunk delay. */
  delayMs: number | null
  firstEventMs: Summary
  firstDeltaMs: Summary
  firstEventName: string
}

/** Time from sending evaluate (Accept: text/event-stream) to the first complete SSE event, and to the first delta. */
async function firstEvent(
  baseUrl: string,
  token: string,
  code: string,
  delayMs: number | null,
): Promise<{ event: number; delta: number; name: string }> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), 30_000)
  const input: Record<string, unknown> = { question: 'How fast is the first event?' }
  if (delayMs !== null) input._mock = { delay_ms: delayMs }
  const started = performance.now()
  try {
    const res = await fetch(`${baseUrl}/api/v2/assistants/${encodeURIComponent(code)}/evaluate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify({ input }),
      signal: controller.signal,
    })
    if (!res.ok || !res.body) throw new Error(`evaluate failed: ${res.status} ${await res.text()}`)
    const reader = res.body.getReader()
    const decoder = new TextDecoder()
    let buffer = ''
    let eventAt = Number.NaN
    let name = ''
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      buffer += decoder.decode(value, { stream: true })
      if (Number.isNaN(eventAt) && buffer.includes('\n\n')) {
        eventAt = performance.now() - started
        name = /^event: ?(\S+)/m.exec(buffer)?.[1] ?? 'message'
      }
      if (/^event: ?delta$/m.test(buffer)) return { event: eventAt, delta: performance.now() - started, name }
    }
    return { event: eventAt, delta: Number.NaN, name }
  } finally {
    clearTimeout(timer)
    controller.abort()
  }
}

export async function firstEventSeries(
  baseUrl: string,
  token: string,
  code: string,
  runs: number,
  delayMs: number | null,
): Promise<FirstEventSeries> {
  const events: number[] = []
  const deltas: number[] = []
  let name = ''
  await firstEvent(baseUrl, token, code, delayMs) // warm-up: JIT, first connection
  for (let i = 0; i < runs; i += 1) {
    const r = await firstEvent(baseUrl, token, code, delayMs)
    events.push(r.event)
    deltas.push(r.delta)
    name = r.name
  }
  return { runs, delayMs, firstEventMs: summarize(events), firstDeltaMs: summarize(deltas), firstEventName: name }
}
