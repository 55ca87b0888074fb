/**
 * Running a suite in the console: progress with counts, repeat ("3/3 passed"),
 * Stop cancelling the requests in flight, a pinned baseline and the flip
 * highlighted when a case starts failing, and the failed assertion's reason
 * in the attempt's dialog. Each test stores its own suite in the browser
 * (a fresh context: gone afterwards) and its own assistant (deleted after).
 */
import type { Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/a11y'
import { expect, test } from './support/test'

const SENTIMENT = 'Classify the customer sentiment and intent.'
const SUMMARY = 'Summarize the conversation for the agent who takes over.'

interface CaseSpec {
  id: string
  name: string
  assistant: string
  input?: Record<string, unknown>
}

function suiteOf(id: string, cases: CaseSpec[]) {
  return {
    format: 'assistants-console/suite',
    version: 1,
    id,
    name: `E2E suite ${id}`,
    cases: cases.map((c) => ({
      id: c.id,
      name: c.name,
      assistant: c.assistant,
      conversation_id: null,
      transcript: [
        { speaker: 'agent', text: 'Hello, how can I help you?' },
        { speaker: 'customer', text: 'My invoice is wrong, I was charged twice this month.' },
      ],
      input: c.input ?? {},
      assertions: [{ type: 'contains', value: 'Sentiment:' }],
    })),
  }
}

/** Stores the suite where the console keeps suites (as an import would), before the app reads them. */
async function storeSuite(page: Page, suite: ReturnType<typeof suiteOf>): Promise<void> {
  await page.goto('/console-config.json')
  await page.evaluate(
    (s) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('assistants-console-suites')
        open.onupgradeneeded = () => open.result.createObjectStore('suites')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('suites', 'readwrite')
          tx.objectStore('suites').put({ suite: s, createdAt: Date.now(), updatedAt: Date.now() }, s.id)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    suite,
  )
}

function runsSection(page: Page) {
  return page.getByRole('form', { name: 'Run the suite' })
}

function runsTable(page: Page) {
  return page.getByRole('table', { name: /Runs of this suite/ })
}

/** Starts a run from the suite page and waits until it is listed as finished (newest first). */
async function runSuite(page: Page, runsBefore: number): Promise<void> {
  await page.getByRole('button', { name: 'Run suite' }).click()
  const rows = runsTable(page).getByRole('row')
  await expect(rows).toHaveCount(runsBefore + 2)
  await expect(rows.nth(1)).toContainText('Finished', { timeout: 20_000 })
}

test('a suite runs with progress and repeat, and Stop cancels the requests in flight', async ({ page, api }) => {
  test.setTimeout(60_000)
  const assistant = await api.createAssistant({ instructions: SENTIMENT })
  const id = `e2e-run-${Date.now().toString(36)}`
  // A slower stream (100 ms per word) keeps the run going long enough to watch and to stop.
  const slow = { _mock: { delay_ms: 100 } }
  await storeSuite(
    page,
    suiteOf(id, [
      { id: 'first', name: 'First case', assistant: assistant.code, input: slow },
      { id: 'second', name: 'Second case', assistant: assistant.code, input: slow },
    ]),
  )
  await page.goto(`/suites/${id}`)
  await expect(runsSection(page).getByLabel('Concurrency')).toHaveValue('2')

  await runsSection(page).getByLabel('Repeat each case').fill('3')
  await page.getByRole('button', { name: 'Run suite' }).click()
  const progress = page.getByRole('progressbar')
  await expect(progress).toHaveAttribute('aria-valuemax', '6')
  await expect(progress).toHaveAttribute('aria-valuetext', /^[1-5] of 6 attempts done: [1-2] passed/)
  await expect(progress).toBeHidden({ timeout: 20_000 })

  const runs = runsTable(page)
  await expect(runs.getByRole('row')).toHaveCount(2)
  await expectNoSeriousA11yViolations(page, 'suite runs section')
  await expect(runs.getByRole('row').nth(1)).toContainText('Finished')
  await expect(runs.getByRole('row').nth(1)).toContainText('2 passed')
  await runs.getByRole('row').nth(1).getByRole('link').click()

  const grid = page.getByRole('grid', { name: 'Results by case and attempt' })
  await expect(grid.getByRole('row', { name: /First case/ })).toContainText('3/3 passed')
  await expect(grid.getByRole('row', { name: /Second case/ })).toContainText('3/3 passed')
  await expect(grid.getByRole('button', { name: /: pass$/ })).toHaveCount(6)

  // The grid is one tab stop; arrows move between attempts, Enter opens one, Escape comes back to it.
  await grid.getByRole('button', { name: 'First case, attempt 1: pass' }).focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowDown')
  const cell = grid.getByRole('button', { name: 'Second case, attempt 2: pass' })
  await expect(cell).toBeFocused()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Second case · attempt 2' })
  await expect(dialog.getByRole('list', { name: 'Assertions' })).toContainText('Passed')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(cell).toBeFocused()

  // Stop mid-run: the requests in flight are aborted, the run ends as stopped.
  const aborted: string[] = []
  page.on('requestfailed', (r) => {
    if (r.url().includes('/evaluate')) aborted.push(r.failure()?.errorText ?? '')
  })
  await page.getByRole('link', { name: `E2E suite ${id}` }).click()
  await runsSection(page).getByLabel('Repeat each case').fill('20')
  await page.getByRole('button', { name: 'Run suite' }).click()
  await expect(progress).toHaveAttribute('aria-valuetext', /^[1-9]\d* of 40 attempts done/)
  await page.getByRole('button', { name: 'Stop' }).click()
  await expect(progress).toBeHidden()
  await expect(runs.getByRole('row').nth(1)).toContainText('Stopped')
  expect(aborted.length).toBeGreaterThan(0)
  await runs.getByRole('row').nth(1).getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Run')
  await expect(grid.getByRole('button', { name: /: stopped$/ }).first()).toBeVisible()
  await expect(page.getByText('Stopped', { exact: true }).first()).toBeVisible()
})

test('a pinned baseline shows the case that now fails, and its attempt says why', async ({ page, api }) => {
  // Two runs, two page visits and two axe scans: more than the default 30 s on a busy machine.
  test.setTimeout(60_000)
  const assistant = await api.createAssistant({ instructions: SENTIMENT })
  const id = `e2e-flip-${Date.now().toString(36)}`
  await storeSuite(page, suiteOf(id, [{ id: 'sentiment', name: 'Sentiment case', assistant: assistant.code }]))
  await page.goto(`/suites/${id}`)
  await runSuite(page, 0)

  const runs = runsTable(page)
  await runs.getByRole('button', { name: /Pin as baseline/ }).click()
  await expect(runs.getByText('Baseline', { exact: true })).toBeVisible()

  // The assistant changes: it now summarizes instead of classifying, so "Sentiment:" is gone.
  const patched = await api.call('PATCH', `/apis/admin/assistants/${assistant.code}/`, { instructions: SUMMARY })
  expect(patched.status).toBe(200)
  await runSuite(page, 1)
  await runs.getByRole('row').nth(1).getByRole('link').click()

  await expect(page.getByText('1 passed → failed')).toBeVisible()
  const grid = page.getByRole('grid', { name: 'Results by case and attempt' })
  const row = grid.getByRole('row', { name: /Sentiment case/ })
  await expect(row).toContainText('Regressed')
  await expect(row).toContainText('0/1 passed')
  await expectNoSeriousA11yViolations(page, 'run results with a flip')
  await page.getByRole('button', { name: /Flips only \(1\)/ }).click()
  await expect(page).toHaveURL(/show=flips/)

  // "Failed last time" now offers the case that failed.
  await page.getByRole('link', { name: `E2E suite ${id}` }).click()
  await expect(runsSection(page).getByRole('radio', { name: 'Failed last time (1)' })).toBeEnabled()
  await runs.getByRole('row').nth(1).getByRole('link').click()
  await page.getByRole('button', { name: /Flips only \(1\)/ }).click()

  const cell = row.getByRole('button', { name: 'Sentiment case, attempt 1: fail' })
  await cell.click()
  const dialog = page.getByRole('dialog', { name: 'Sentiment case · attempt 1' })
  const assertions = dialog.getByRole('list', { name: 'Assertions' })
  await expect(assertions.getByRole('listitem').first()).toContainText('Failed')
  await expect(assertions.getByRole('listitem').first()).toContainText('Sentiment:')
  await expect(dialog.getByRole('region', { name: 'Output' })).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'attempt dialog')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(cell).toBeFocused()
})

test('two assistants run on the same suite side by side, the differences first', async ({ page, api }) => {
  const classifier = await api.createAssistant({ instructions: SENTIMENT })
  const summarizer = await api.createAssistant({ instructions: SUMMARY })
  const id = `e2e-ab-${Date.now().toString(36)}`
  await storeSuite(page, suiteOf(id, [{ id: 'sentiment', name: 'Sentiment case', assistant: classifier.code }]))
  await page.goto(`/suites/${id}`)

  await page.getByText('Compare two assistants on this suite').click()
  const form = page.getByRole('form', { name: 'Compare two assistants' })
  await form.getByLabel('Assistant A').selectOption(classifier.code)
  await form.getByLabel('Assistant B').selectOption(summarizer.code)
  await form.getByRole('button', { name: 'Run both and compare' }).click()

  await expect(page.getByRole('heading', { name: 'Compare runs', level: 1 })).toBeVisible()
  await expect(page.getByText('1 of 1 cases differ; they are listed first.')).toBeVisible({ timeout: 20_000 })
  const table = page.getByRole('table', { name: /Outcome per case in run A and run B/ })
  const row = table.getByRole('row', { name: /Sentiment case/ })
  await expect(row).toContainText('Differs')
  await expect(row.getByRole('cell').nth(0)).toContainText('Passed')
  await expect(row.getByRole('cell').nth(1)).toContainText('Failed')
  await expect(page.getByText(`${classifier.code} → ${summarizer.code}`)).toBeVisible()
})
