/**
 * Draft vs live from the edit page: an unsaved edit that breaks a suite case
 * shows the case passing live and failing in the draft; the temporary copy is
 * gone afterwards (checked through the Admin API); the review-before-save
 * dialog repeats the verdict. A leftover copy is offered for deletion on the
 * assistants list.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support/test'
import { typeInstructions } from './support/assistant-form'
import { uniqueCode, type TestApi } from './support/api'

// Leftover copies are counted across the account: this file's tests do not run beside each other.
test.describe.configure({ mode: 'serial' })

/** Puts a suite in the console's IndexedDB (as the suites page would) before the app reads it. */
async function storeSuite(page: Page, suite: Record<string, unknown>): Promise<void> {
  await page.goto('/settings')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.evaluate(
    (entry) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('assistants-console-suites')
        open.onupgradeneeded = () => open.result.createObjectStore('suites')
        open.onerror = () => reject(new Error('IndexedDB did not open'))
        open.onsuccess = () => {
          const tx = open.result.transaction('suites', 'readwrite')
          tx.objectStore('suites').put(entry, (entry.suite as { id: string }).id)
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(new Error('write failed'))
        }
      }),
    { suite, createdAt: Date.now(), updatedAt: Date.now() },
  )
}

async function assistantCodes(api: TestApi): Promise<string[]> {
  const res = await api.call<{ code: string }[]>('GET', '/apis/admin/assistants/')
  return res.body.map((a) => a.code)
}

test('a draft that breaks a case: live passes, the draft fails, the copy is gone, the review shows it', async ({
  page,
  api,
}) => {
  // Monaco, two evaluate streams and two dialogs: about 25 s on a loaded 2-core machine.
  test.setTimeout(60_000)
  const a = await api.createAssistant({ instructions: 'Classify the sentiment and intent of the message.' })
  const suiteId = `e2e-draft-${a.code}`
  await storeSuite(page, {
    format: 'assistants-console/suite',
    version: 1,
    id: suiteId,
    name: `Draft check ${a.code}`,
    cases: [
      {
        id: 'sentiment',
        name: 'Reports the sentiment',
        assistant: a.code,
        input: { text: 'I am very happy with the service, thank you' },
        assertions: [{ type: 'contains', value: 'Sentiment:' }],
      },
    ],
  })

  await page.goto(`/assistants/${a.code}`)
  const testDraft = page.getByRole('button', { name: 'Test this draft' })
  await expect(testDraft).toBeDisabled()
  await typeInstructions(page, 'Greet the customer warmly.', { replace: true })
  await expect(testDraft).toBeEnabled()
  await testDraft.click()

  const dialog = page.getByRole('dialog', { name: `Test this draft of ${a.code}` })
  await expect(dialog.getByRole('radio', { name: new RegExp(`Draft check ${a.code}`) })).toBeChecked()
  const created = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().endsWith('/apis/admin/assistants/') && r.status() === 201,
  )
  const deleted = page.waitForResponse(
    (r) => r.request().method() === 'DELETE' && r.url().includes(`/${a.code}--draft-test-`),
  )
  await dialog.getByRole('button', { name: 'Run live and draft' }).click()

  const copy = (await (await created).json()) as { code: string; name: string }
  expect(copy.code).toMatch(new RegExp(`^${a.code}--draft-test-[a-z0-9]{6}$`))
  expect(copy.name).toBe(`[Draft test] ${a.name}`)
  expect((await deleted).status()).toBe(204)

  const result = dialog.getByRole('region', { name: 'Draft test result' })
  await expect(result.getByRole('status')).toHaveText('1 case that passed now fails')
  const row = result.getByRole('row', { name: /Reports the sentiment/ })
  await expect(row.getByRole('cell').nth(0)).toHaveText('Passed')
  await expect(row.getByRole('cell').nth(1)).toHaveText('Failed')
  await expect(dialog.getByText('Finished. The temporary copy was deleted.')).toBeVisible()

  // Open the case: both outputs and why the draft failed.
  await row.getByRole('button', { name: /Reports the sentiment/ }).click()
  await expect(result.getByRole('group', { name: 'Live output' })).toContainText('Sentiment:')
  const draftOutput = result.getByRole('group', { name: 'Draft output' })
  await expect(draftOutput).toContainText('Thanks for reaching out')
  await expect(draftOutput).toContainText('Failed: output contains "Sentiment:"')

  // The copy is gone from the account.
  expect((await assistantCodes(api)).filter((c) => c.startsWith(`${a.code}--draft-test-`))).toEqual([])

  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(testDraft).toBeFocused()

  // Saving: the review shows the draft test's verdict beside the diff.
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const review = page.getByRole('dialog', { name: `Review changes to ${a.code}` })
  const verdict = review.getByRole('region', { name: 'Draft test', exact: true })
  await expect(verdict).toContainText(`Tested with Draft check ${a.code}`)
  await expect(verdict.getByRole('status')).toHaveText('1 case that passed now fails')
  await review.getByRole('button', { name: 'Cancel' }).click()
  // The dialog gives focus back in the frame after it goes; typing before that would land elsewhere.
  await expect(review).toHaveCount(0)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))

  // Another edit: the result no longer describes the draft, so the review leaves it out.
  await typeInstructions(page, ' Be brief.')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(review.getByRole('region', { name: 'Instructions diff' })).toBeVisible()
  await expect(review.getByRole('region', { name: 'Draft test', exact: true })).toHaveCount(0)
  await review.getByRole('button', { name: 'Cancel' }).click()
})

test('a leftover copy is offered for deletion on the assistants list', async ({ page, api }) => {
  const base = uniqueCode('e2e-left')
  const leftover = await api.createAssistant({ code: `${base}--draft-test-abc123`, name: '[Draft test] left over' })
  await page.goto('/assistants')
  const banner = page.getByRole('region', { name: 'Leftover draft-test copies' })
  // Counted across the account (a parallel run of this file may have one too): the wording, and ours among them.
  await expect(banner).toContainText(/\d+ temporary draft-test cop(y is|ies are) left over/)
  await expect(banner.getByTitle(leftover.code)).toBeVisible()
  await banner.getByRole('button', { name: /^Delete (it|them)$/ }).click()
  await expect(banner).toHaveCount(0)
  expect(await assistantCodes(api)).not.toContain(leftover.code)
})

test('on a production connection the draft test asks first', async ({ page, api }) => {
  test.setTimeout(60_000)
  // The e2e server's "Production" environment proxies back to this same mock.
  const a = await api.createAssistant({ instructions: 'Classify the sentiment and intent of the message.' })
  await page.goto('/settings')
  await page.getByRole('radio', { name: /Production/ }).check()
  await page.getByLabel('Client ID').fill('demo-client')
  await page.getByLabel('Client secret').fill('demo-secret')
  const tokenCall = page.waitForRequest((r) => r.url().includes('/proxy/production/oauth/token/'))
  await page.getByRole('button', { name: 'Save and connect' }).click()
  await tokenCall
  await expect(page.getByRole('status').filter({ hasText: 'PRODUCTION' })).toBeVisible()

  await page.goto(`/assistants/${a.code}`)
  await typeInstructions(page, 'Greet the customer warmly.', { replace: true })
  await page.getByRole('button', { name: 'Test this draft' }).click()
  const dialog = page.getByRole('dialog', { name: `Test this draft of ${a.code}` })
  // No suite has a case for this assistant: the playground request (here a blank input) is offered.
  await expect(dialog.getByRole('radio', { name: /A blank input/ })).toBeChecked()
  const start = dialog.getByRole('button', { name: 'Test on production' })
  await expect(start).toBeDisabled()
  await dialog.getByRole('checkbox', { name: /is a production connection/ }).check()
  await expect(start).toBeEnabled()
  await start.click()
  const result = dialog.getByRole('region', { name: 'Draft test result' })
  await expect(result.getByRole('status')).toHaveText('No differences: 1 case, the same outcome')
  await expect(dialog.getByText('Finished. The temporary copy was deleted.')).toBeVisible()
  expect((await assistantCodes(api)).filter((c) => c.startsWith(`${a.code}--draft-test-`))).toEqual([])
})
