/**
 * The call_api tool: a real HTTP request to a configured API, with the API's
 * credentials added here (never seen by the model). Network rule: unless
 * allowOutbound is set, only literal loopback hosts are called; anything else
 * is neither resolved nor connected to, except the guide's example CX host,
 * which the mock's own CX platform answers in-process. When the mock CX
 * platform answered (either way), the result says what it received.
 */
import { parseHeaders } from '../../../src/contract/api'
import { jsonTextDepth, MAX_JSON_DEPTH } from '../http/json-depth'
import type { Store } from '../store/store'
import { BUILT_IN_CX_HOSTS, CX_PLATFORM_HEADER, queryOf, receiveCx, receivedFrom, type CxReceived } from './cx-platform'
import type { CallApiPlan } from './routing'
import { maskJson, secretValues } from './secrets'

export interface CallApiOutcome {
  ok: boolean
  skipped: boolean
  status: number | null
  /** Safe to show: secrets are masked. */
  result: Record<string, unknown>
}

const TIMEOUT_MS = 10_000
const MAX_BODY = 4_000

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

function joinUrl(base: string, path: string): URL {
  return new URL(base.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`))
}

async function readAnswer(response: Response): Promise<unknown> {
  const text = (await response.text()).slice(0, MAX_BODY)
  // The answer is stored in the thread's trace: nested past what a request may send, it stays text.
  if (jsonTextDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return text
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

const hasBody = (plan: CallApiPlan) => plan.payload !== undefined && !['GET', 'HEAD'].includes(plan.method)

/** What the mock CX platform received, as the tool result shows it (`received_by_cx_platform`). */
function receivedBy(url: URL, via: 'in-process' | 'http', received: CxReceived) {
  return { via, url: url.toString(), ...received }
}

/** The guide's example host, answered by the mock's CX platform without any network call. */
function serveBuiltIn(store: Store, now: () => number, url: URL, plan: CallApiPlan, headers: Record<string, string>) {
  const { answer } = receiveCx(store, now, {
    method: plan.method,
    path: url.pathname,
    query: queryOf(url.searchParams),
    headers: Object.entries(headers),
    bodyText: hasBody(plan) ? JSON.stringify(plan.payload) : '',
  })
  return {
    status: 200,
    ok: true,
    body: answer,
    received_by_cx_platform: receivedBy(url, 'in-process', answer.received),
  }
}

export async function callApi(
  store: Store,
  plan: CallApiPlan,
  allowOutbound: boolean,
  signal: AbortSignal,
  now: () => number = Date.now,
): Promise<CallApiOutcome> {
  const api = store.apiByCode(plan.api_code)
  if (!api)
    return { ok: false, skipped: false, status: null, result: { error: `API "${plan.api_code}" is not configured.` } }
  const configured = parseHeaders(api.headers) ?? {}
  const headers: Record<string, string> = { ...configured, ...(plan.headers ?? {}) }
  const secrets = secretValues(headers)
  let url: URL
  try {
    url = joinUrl(api.url, plan.path)
  } catch {
    return {
      ok: false,
      skipped: false,
      status: null,
      result: { error: `Cannot build a URL from the API's url and path "${plan.path}".` },
    }
  }
  if (hasBody(plan) && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
    headers['Content-Type'] = 'application/json'
  if (!allowOutbound && BUILT_IN_CX_HOSTS.has(url.hostname.toLowerCase())) {
    return {
      ok: true,
      skipped: false,
      status: 200,
      result: maskJson(serveBuiltIn(store, now, url, plan, headers), secrets),
    }
  }
  if (!allowOutbound && !isLoopbackHost(url.hostname)) {
    const reason = `outbound calls to ${url.hostname} are disabled in the mock (loopback only; set MOCK_ALLOW_OUTBOUND=1)`
    return { ok: false, skipped: true, status: null, result: { skipped: true, reason } }
  }
  try {
    const response = await fetch(url, {
      method: plan.method,
      headers,
      body: hasBody(plan) ? JSON.stringify(plan.payload) : undefined,
      // A loopback server must not be able to bounce us to another host.
      redirect: 'manual',
      signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
    })
    const body = await readAnswer(response)
    // Our own CX platform over HTTP (the seeded demo API): show what it received beside its answer.
    const received = response.headers.has(CX_PLATFORM_HEADER) ? receivedFrom(body) : null
    const result = {
      status: response.status,
      ok: response.ok,
      body,
      ...(received ? { received_by_cx_platform: receivedBy(url, 'http', received) } : {}),
    }
    return { ok: response.ok, skipped: false, status: response.status, result: maskJson(result, secrets) }
  } catch (error) {
    if (signal.aborted) throw error
    const message = error instanceof Error ? error.message : String(error)
    return {
      ok: false,
      skipped: false,
      status: null,
      result: maskJson({ error: `Request failed: ${message}` }, secrets),
    }
  }
}
