/**
 * Big lists: 10,000 generated assistants in the mock. Cold time to first rows
 * (see cold-load.ts) and keystroke → filtered list painted in the search box.
 *
 * Keystroke probe (in the page): a capturing keydown listener on the search box
 * stamps the key; the first DOM mutation after it inside <main> but outside the
 * box itself (the list's rows, its row count or the empty state) is followed to the end of the
 * next paint (requestAnimationFrame, then a MessageChannel task). The query
 * sequence is chosen so every key changes the visible rows.
 */
import type { Browser, Page } from '@playwright/test'
import { percentile, summarize, type Summary } from './stats'

const SEARCH = 'Search assistants by code or name'

const KEY_PROBE = `(() => {
  const B = (window.__benchKeys = { pending: null, samples: [] });
  const isSearch = (el) => el && el.getAttribute && el.getAttribute('aria-label') === ${JSON.stringify(SEARCH)};
  document.addEventListener('keydown', (e) => {
    if (isSearch(e.target)) B.pending = { key: e.key, keyAt: performance.now(), mutAt: null };
  }, true);
  const observer = new MutationObserver((records) => {
    const k = B.pending;
    if (!k || k.mutAt !== null) return;
    // Only the page's content (main): not the search box itself, not the nav or the URL-driven chrome.
    const main = document.querySelector('main') || document.body;
    if (!records.some((r) => !isSearch(r.target) && main.contains(r.target))) return;
    k.mutAt = performance.now();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        B.samples.push({ key: k.key, keyAt: k.keyAt, mutAt: k.mutAt, paintAt: performance.now() });
        if (B.pending === k) B.pending = null;
      };
      ch.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})();`

/** Typed then erased one key at a time: each prefix narrows the codes (bench-assistant-00123) differently. */
const QUERIES = ['123', '456', '789', '321', '654', '987', '147', '258']

export interface KeystrokeRun {
  keys: number
  /** Keys after which the DOM did not change within the wait (excluded from the figures). */
  noChange: number
  latencies: number[]
  p50Ms: number
  p95Ms: number
}

async function typeAndMeasure(page: Page, key: string, index: number, timeoutMs: number): Promise<boolean> {
  await page.keyboard.press(key)
  try {
    await page.waitForFunction(`window.__benchKeys.samples.length > ${index}`, null, {
      timeout: timeoutMs,
      polling: 'raf',
    })
    return true
  } catch {
    await page.evaluate('window.__benchKeys.pending = null')
    return false
  }
}

export async function keystrokeRun(browser: Browser, baseUrl: string): Promise<KeystrokeRun> {
  // The console's CSP forbids eval; waitForFunction with a string needs it (measurement only).
  const context = await browser.newContext({ bypassCSP: true })
  try {
    await context.addInitScript({ content: KEY_PROBE })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/assistants`)
    await page.locator('tbody a[href^="/assistants/"]').first().waitFor({ timeout: 60_000 })
    const box = page.getByRole('searchbox', { name: SEARCH })
    await box.click()
    let measured = 0
    let noChange = 0
    for (const q of QUERIES) {
      const keys = [...q.split(''), ...q.split('').map(() => 'Backspace')]
      for (const key of keys) {
        if (await typeAndMeasure(page, key, measured, 2000)) measured += 1
        else noChange += 1
      }
    }
    const samples = (await page.evaluate('window.__benchKeys.samples')) as { keyAt: number; paintAt: number }[]
    const latencies = samples.map((s) => s.paintAt - s.keyAt)
    return {
      keys: samples.length + noChange,
      noChange,
      latencies,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
    }
  } finally {
    await context.close()
  }
}

export interface KeystrokeSeries {
  runs: KeystrokeRun[]
  /** Over every keystroke of every run. */
  pooled: { n: number; p50Ms: number; p95Ms: number; maxMs: number }
  /** Per-run p95: median/min/max across runs. */
  p95: Summary
  p50: Summary
}

export async function keystrokeSeries(browser: Browser, baseUrl: string, runs: number): Promise<KeystrokeSeries> {
  const results: KeystrokeRun[] = []
  for (let i = 0; i < runs; i += 1) results.push(await keystrokeRun(browser, baseUrl))
  const all = results.flatMap((r) => r.latencies)
  return {
    runs: results.map((r) => ({ ...r, latencies: r.latencies.map((v) => Math.round(v * 10) / 10) })),
    pooled: {
      n: all.length,
      p50Ms: percentile(all, 50),
      p95Ms: percentile(all, 95),
      maxMs: all.length ? Math.max(...all) : Number.NaN,
    },
    p95: summarize(results.map((r) => r.p95Ms)),
    p50: summarize(results.map((r) => r.p50Ms)),
  }
}
