/**
 * The 200-case suite in Chromium, run as a user does: the suite is put in the
 * console's IndexedDB (as an import would), its page opened, concurrency set,
 * Run clicked, then its results page opened while the grid fills. Long tasks
 * (PerformanceObserver "longtask", installed before the app loads) are counted
 * from the click until the results page says Finished.
 */
import type { Browser, Page } from '@playwright/test'
import { loadavg } from 'node:os'
import type { Suite } from '@/lib/qa/suite-format'
import { js } from './lib/browser'
import type { SuiteBrowserRun } from './suite-200'

/** The results page's status badge says Finished and no progress bar is left. */
const FINISHED = `!document.querySelector('[role="progressbar"]') &&
  [...document.querySelectorAll('h1 + div span')].some((e) => e.textContent === 'Finished')`

const IDLE = 'new Promise((r) => requestIdleCallback(() => r(true), { timeout: 2000 }))'

/** Evaluates `expression` every 250 ms until true (waitForFunction would eval a string, which the console's CSP forbids). */
async function poll(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${expression}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

export class SuitePageNotReady extends Error {}

const LONGTASKS = `(() => {
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`

/** Writes the suite where the console's suite store keeps suites (idb-keyval's store in its own database). */
function putSuite(suite: Suite): string {
  return js`new Promise((resolve, reject) => {
  const open = indexedDB.open('assistants-console-suites');
  open.onupgradeneeded = () => open.result.createObjectStore('suites');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction('suites', 'readwrite');
    const now = Date.now();
    tx.objectStore('suites').put({ suite: ${suite}, createdAt: now, updatedAt: now }, ${suite.id});
    tx.oncomplete = () => { db.close(); resolve(true); };
    tx.onerror = () => reject(tx.error);
  };
})`
}

async function openSuite(page: Page, baseUrl: string, suite: Suite): Promise<void> {
  // A same-origin page without the app, so the suite is stored before the app reads its suites.
  await page.goto(`${baseUrl}/console-config.json`)
  await page.evaluate(putSuite(suite))
  await page.goto(`${baseUrl}/suites/${encodeURIComponent(suite.id)}`)
  try {
    await page.getByRole('button', { name: 'Run suite' }).waitFor({ timeout: 20_000 })
  } catch {
    throw new SuitePageNotReady('the suite page has no "Run suite" button')
  }
}

export async function browserSuiteRun(
  browser: Browser,
  baseUrl: string,
  suite: Suite,
  concurrency: number,
  timeoutMs = 240_000,
): Promise<SuiteBrowserRun> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
  try {
    const page = await context.newPage()
    await page.addInitScript(LONGTASKS)
    await openSuite(page, baseUrl, suite)
    await page.getByLabel('Concurrency').fill(String(concurrency))
    // Elements are found before the measured window, and waits inside it are cheap DOM checks: Playwright's
    // role and text queries run in the page and would show up as the page's own long tasks.
    const run = await page.getByRole('button', { name: 'Run suite' }).elementHandle()
    if (!run) throw new SuitePageNotReady('the suite page has no "Run suite" button')
    await page.evaluate(IDLE)
    const loadAverage1m = loadavg()[0] ?? 0
    const t0 = (await page.evaluate('performance.now()')) as number
    await run.click()
    const open = page.locator(`a[href^="/suites/${encodeURIComponent(suite.id)}/runs/"]`).first()
    await open.click()
    await page.waitForSelector('[role="grid"]', { timeout: 30_000 })
    await poll(page, FINISHED, timeoutMs)
    const t1 = (await page.evaluate('performance.now()')) as number
    // Let the final write and paint land inside the window too.
    await page.evaluate(IDLE)
    const tasks = ((await page.evaluate('window.__benchLongTasks')) as { start: number; duration: number }[]).filter(
      (t) => t.start >= t0,
    )
    const rowsInDom = await page.getByRole('grid').locator('tbody tr[aria-rowindex]').count()
    const summaryText = (await page.getByRole('group', { name: 'Show' }).innerText()).replace(/\s+/g, ' ').trim()
    return {
      wallMs: t1 - t0,
      longTasks: tasks.filter((t) => t.duration > 50).length,
      longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
      blockingMs: tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
      rowsInDom,
      summaryText,
      loadAverage1m,
    }
  } finally {
    await context.close()
  }
}
