/**
 * Cold load: a fresh browser context (empty cache, no service worker, no
 * storage) per run, loopback, no throttling. Measured in the page: from the
 * navigation start (performance.timeOrigin) to the frame painted after the
 * awaited element first appears in the DOM.
 */
import type { Browser } from '@playwright/test'
import { READY_DONE, READY_VALUE, readyProbe } from './probes'
import { summarize, type Summary } from './stats'

export interface LoadSample {
  /** Navigation start → element in the DOM. */
  domMs: number
  /** Navigation start → first frame painted with it. */
  paintMs: number
  /** Wall clock in Node from page.goto to the element seen (includes Playwright's round trips). */
  wallMs: number
}

export interface LoadTarget {
  name: string
  url: string
  selector: string
}

export async function coldLoad(browser: Browser, target: LoadTarget, timeoutMs = 30_000): Promise<LoadSample> {
  // The console's CSP forbids eval; waitForFunction with a string needs it (measurement only).
  const context = await browser.newContext({ bypassCSP: true })
  try {
    await context.addInitScript({ content: readyProbe(target.selector) })
    const page = await context.newPage()
    const started = performance.now()
    await page.goto(target.url, { waitUntil: 'commit', timeout: timeoutMs })
    await page.waitForFunction(READY_DONE, null, { timeout: timeoutMs, polling: 'raf' })
    const wallMs = performance.now() - started
    const v = (await page.evaluate(READY_VALUE)) as { domAt: number; paintAt: number }
    return { domMs: v.domAt, paintMs: v.paintAt, wallMs }
  } finally {
    await context.close()
  }
}

export interface LoadSeries {
  samples: LoadSample[]
  paint: Summary
  dom: Summary
  wall: Summary
}

export function series(samples: LoadSample[]): LoadSeries {
  return {
    samples,
    paint: summarize(samples.map((s) => s.paintMs)),
    dom: summarize(samples.map((s) => s.domMs)),
    wall: summarize(samples.map((s) => s.wallMs)),
  }
}

/**
 * Loads the targets alternately (a, b, a, b, …) so both see the same machine
 * state; one unmeasured warm-up round first (Chromium's own first-run costs).
 */
export async function alternateColdLoads(
  browser: Browser,
  targets: LoadTarget[],
  runs: number,
): Promise<Record<string, LoadSeries>> {
  for (const t of targets) await coldLoad(browser, t)
  const samples: Record<string, LoadSample[]> = Object.fromEntries(targets.map((t) => [t.name, []]))
  for (let i = 0; i < runs; i += 1) {
    for (const t of targets) samples[t.name]?.push(await coldLoad(browser, t))
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, series(v)]))
}
