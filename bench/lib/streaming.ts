/**
 * Streaming: the playground (/playground?assistant=<code>) receiving N chunks
 * from the mock. The run is started like a user does (the Run button); the
 * evaluate request is rewritten on its way out to add `input._mock = {chunks,
 * delay_ms}`, so the figure does not depend on how the input editor is built.
 * The response is not intercepted: it streams from the server as usual.
 */
import type { Browser, CDPSession, Page } from '@playwright/test'
import { percentile, summarize, type Summary } from './stats'
import { STREAM_COLLECT, STREAM_PROBE, STREAM_SETTLED, type StreamProbeData } from './stream-probe'

export interface StreamRun {
  chunksReceived: number
  networkChunks: number
  durationMs: number
  longTasks: number
  longestTaskMs: number
  /** Chunk arrival → paint of a frame whose output text covers that chunk's text. */
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** Delta events never matched by text length (output formatted differently); see method. */
  unmatched: number
  method: 'text-length' | 'next-mutation'
}

export class PlaygroundNotReady extends Error {}

const EVALUATE = /\/api\/v2\/assistants\/[^/?]+\/evaluate/

async function openPlayground(
  page: Page,
  baseUrl: string,
  code: string,
  mock: { chunks: number; delay_ms: number },
): Promise<void> {
  await page.route(EVALUATE, async (route) => {
    const request = route.request()
    let body: { input?: Record<string, unknown> } = {}
    try {
      body = (request.postDataJSON() as typeof body | null) ?? {}
    } catch {
      // Not JSON: send our own body.
    }
    body.input = { ...(body.input ?? {}), _mock: mock }
    await route.continue({
      postData: JSON.stringify(body),
      headers: { ...request.headers(), 'content-type': 'application/json' },
    })
  })
  await page.goto(`${baseUrl}/playground?assistant=${encodeURIComponent(code)}`)
  try {
    await page
      .getByRole('button', { name: /^\s*run\b/i })
      .first()
      .waitFor({ timeout: 20_000 })
    await page.locator('[aria-label="Output"]').first().waitFor({ state: 'attached', timeout: 5_000 })
  } catch {
    throw new PlaygroundNotReady('the playground has no Run button and Output region yet')
  }
  // Click Run once the page has settled (the lazily loaded input editor is up, the browser idle), as a
  // user who reads the page first would: page-load work is not streaming work and is not counted here.
  await page
    .locator('.monaco-editor')
    .first()
    .waitFor({ state: 'attached', timeout: 20_000 })
    .catch(() => undefined)
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })))
}

function analyse(d: StreamProbeData): StreamRun {
  const withText = d.arrivals.filter((a) => a.deltas > 0)
  const paints = d.paints
  const byText: number[] = []
  let unmatched = 0
  let j = 0
  for (const a of withText) {
    // Paints are in time order and the output only grows during a run: a forward scan suffices.
    while (j < paints.length && ((paints[j]?.paintAt ?? 0) < a.t || (paints[j]?.len ?? 0) < a.cumChars)) j += 1
    const p = paints[j]
    // One sample per delta event: a network chunk carrying 40 deltas is 40 chunks shown late (or on time).
    for (let e = 0; e < a.deltas; e += 1) {
      if (p) byText.push(p.paintAt - a.t)
      else unmatched += 1
    }
  }
  let latencies = byText
  let method: StreamRun['method'] = 'text-length'
  // The output does not show the text verbatim (formatted, virtualised): fall back to "first paint after the next output mutation".
  if (unmatched > byText.length * 0.05) {
    method = 'next-mutation'
    latencies = []
    let k = 0
    for (const a of withText) {
      while (k < paints.length && (paints[k]?.mutAt ?? 0) < a.t) k += 1
      const p = paints[k]
      for (let e = 0; p && e < a.deltas; e += 1) latencies.push(p.paintAt - a.t)
    }
  }
  const inRun = d.longtasks.filter((t) => t.start >= d.runStart)
  return {
    chunksReceived: d.arrivals.reduce((n, a) => n + a.events, 0),
    networkChunks: d.arrivals.length,
    durationMs: (d.streamDoneAt ?? d.endAt) - d.runStart,
    longTasks: inRun.filter((t) => t.duration > 50).length,
    longestTaskMs: inRun.reduce((m, t) => Math.max(m, t.duration), 0),
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    maxMs: latencies.length ? Math.max(...latencies) : Number.NaN,
    unmatched,
    method,
  }
}

async function runOnce(page: Page, timeoutMs: number): Promise<StreamRun> {
  await page.evaluate('window.__benchStream.reset()')
  const run = page.getByRole('button', { name: /^\s*run\b/i }).first()
  await run.click({ timeout: 30_000 })
  await page.waitForFunction(STREAM_SETTLED, null, { timeout: timeoutMs, polling: 100 })
  const data = (await page.evaluate(STREAM_COLLECT)) as StreamProbeData
  if (data.streams === 0) throw new Error('the playground did not request a text/event-stream response')
  if (data.streamError) throw new Error(`stream failed: ${data.streamError}`)
  return analyse(data)
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  return usedSize
}

export interface StreamScenario {
  chunks: number
  delayMs: number
  runs: StreamRun[]
  p50: Summary
  p95: Summary
  longTasks: Summary
  longestTask: Summary
  duration: Summary
}

function scenario(chunks: number, delayMs: number, runs: StreamRun[]): StreamScenario {
  return {
    chunks,
    delayMs,
    runs,
    p50: summarize(runs.map((r) => r.p50Ms)),
    p95: summarize(runs.map((r) => r.p95Ms)),
    longTasks: summarize(runs.map((r) => r.longTasks)),
    longestTask: summarize(runs.map((r) => r.longestTaskMs)),
    duration: summarize(runs.map((r) => r.durationMs)),
  }
}

/** `runs` runs, each in a fresh context (a cold page: the worst case for the first chunks). */
export async function streamScenario(
  browser: Browser,
  baseUrl: string,
  code: string,
  chunks: number,
  delayMs: number,
  runs: number,
): Promise<StreamScenario> {
  const results: StreamRun[] = []
  for (let i = 0; i < runs; i += 1) {
    // The console's CSP forbids eval; waitForFunction with a string needs it (measurement only).
    const context = await browser.newContext({ bypassCSP: true })
    try {
      await context.addInitScript({ content: STREAM_PROBE })
      const page = await context.newPage()
      await openPlayground(page, baseUrl, code, { chunks, delay_ms: delayMs })
      results.push(await runOnce(page, 120_000))
    } finally {
      await context.close()
    }
  }
  return scenario(chunks, delayMs, results)
}

export interface HeapSeries {
  runs: number
  chunks: number
  delayMs: number
  /** After the page loaded, before any run (after a forced GC, like every figure here). */
  beforeBytes: number
  afterFirstBytes: number
  afterLastBytes: number
  /** afterLast − afterFirst: what `runs − 1` more runs left behind. */
  growthBytes: number
  /** Runs 2..N of the series: the same figures as the cold-page scenarios, for a page that already ran once. */
  warm: StreamScenario
}

/** `runs` runs in a row in one page; JS heap (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage). */
export async function heapSeries(
  browser: Browser,
  baseUrl: string,
  code: string,
  chunks: number,
  delayMs: number,
  runs: number,
): Promise<HeapSeries> {
  const context = await browser.newContext({ bypassCSP: true })
  try {
    await context.addInitScript({ content: STREAM_PROBE })
    const page = await context.newPage()
    await openPlayground(page, baseUrl, code, { chunks, delay_ms: delayMs })
    const cdp = await context.newCDPSession(page)
    const beforeBytes = await heapUsed(cdp)
    let afterFirstBytes = 0
    const warm: StreamRun[] = []
    for (let i = 0; i < runs; i += 1) {
      const r = await runOnce(page, 120_000)
      if (i === 0) afterFirstBytes = await heapUsed(cdp)
      else warm.push(r)
    }
    const afterLastBytes = await heapUsed(cdp)
    return {
      runs,
      chunks,
      delayMs,
      beforeBytes,
      afterFirstBytes,
      afterLastBytes,
      growthBytes: afterLastBytes - afterFirstBytes,
      warm: scenario(chunks, delayMs, warm),
    }
  } finally {
    await context.close()
  }
}
