/**
 * Suites and their test cases: a case from a playground run (suggested assertions kept and dropped),
 * from a thread, a blank case edited with assertions (keyboard only), import with errors and valid,
 * export. Suites live in the browser (IndexedDB), so each test's fresh context starts with none.
 */
import { readFile, writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { test, expect } from './support/test'
import { expectNoSeriousA11yViolations } from './support/a11y'

const ROUTING = 'demo-routing-assistant'
// A seeded conversation (server/mock/seed/conversations.ts) the routing assistant sorts into a category.
const SUBSCRIPTION_CONVERSATION = '669fbd2936688700080849f5'

async function createSuite(page: Page, name: string) {
  await page.goto('/suites')
  await page.getByRole('button', { name: 'New suite' }).first().click()
  await page.getByRole('dialog').getByLabel('Name').fill(name)
  await page.getByRole('button', { name: 'Create suite' }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

// Each journey loads Monaco and runs axe several times on a shared 2-core machine: more than the default 30 s.
test.describe.configure({ timeout: 90_000 })

/** axe once no toast is fading: half-transparent text would fail the contrast check, by timing. */
async function expectAccessible(page: Page, where: string) {
  const toasts = page.getByRole('region', { name: /Notifications/ }).getByRole('listitem')
  // Fading in or out: wait until every toast on screen is fully shown (or gone).
  await expect
    .poll(() => toasts.evaluateAll((els) => els.every((el) => getComputedStyle(el).opacity === '1')))
    .toBe(true)
  await expectNoSeriousA11yViolations(page, where)
}

const caseEditorReady = async (page: Page) =>
  expect(page.getByRole('textbox', { name: 'Transcript (JSON)', exact: true })).toBeAttached({ timeout: 15_000 })

test('a playground run becomes a case with its suggested assertions, kept or dropped', async ({ page }) => {
  await page.goto(`/playground?assistant=${ROUTING}`)
  await page
    .getByLabel(/^Conversation/)
    .first()
    .fill(SUBSCRIPTION_CONVERSATION)
  await page.getByRole('button', { name: /^Run/ }).click()
  await expect(page.getByRole('status', { name: 'Run status' })).toHaveText(/Succeeded/, { timeout: 15_000 })

  // One click from the finished run.
  await page.getByRole('link', { name: 'Make test case', exact: true }).click()
  await expect(page.getByRole('heading', { name: /^From: Playground run/ })).toBeVisible()

  const suggestions = page.getByRole('group', { name: 'Suggested assertions' })
  const boxes = suggestions.getByRole('checkbox')
  await expect(boxes.first()).toBeChecked()
  // The run called call_api with PUT: that is suggested, with why.
  const put = suggestions.getByRole('checkbox', { name: /call_api.*PUT/ })
  await expect(put).toBeChecked()
  const total = await boxes.count()
  expect(total).toBeGreaterThanOrEqual(2)
  // Drop every suggestion but the PUT call.
  const names = await boxes.evaluateAll((els) => els.map((el) => el.closest('label')?.textContent ?? ''))
  for (const [i, name] of names.entries()) if (!/call_api.*PUT/.test(name)) await boxes.nth(i).uncheck()
  await expect(suggestions.getByRole('checkbox', { checked: true })).toHaveCount(1)
  await expectAccessible(page, 'new case from a run')

  await page.getByLabel('Suite', { exact: true }).selectOption({ label: 'New suite…' })
  await page.getByLabel('New suite name', { exact: true }).fill('Routing regressions')
  await page.getByRole('button', { name: 'Create case' }).click()

  await expect(page).toHaveURL(/\/suites\/suite-[^/]+\/cases\/case-/)
  await caseEditorReady(page)
  await expect(page.getByText('Made from')).toContainText('Playground run')
  const assertions = page.getByRole('list').filter({ has: page.getByRole('group') })
  await expect(assertions.getByRole('group')).toHaveCount(1)
  await expect(page.getByRole('group', { name: /^1\. Tool was called/ })).toBeVisible()
  await expect(page.getByLabel('Method')).toHaveValue('PUT')
  await expect(page.getByLabel('Assistant', { exact: true })).toHaveValue(ROUTING)
  await expect(page.getByLabel('Conversation ID')).toHaveValue(SUBSCRIPTION_CONVERSATION)

  // Back on the suite: one case, its assistant covered.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Routing regressions' }).click()
  const cases = page.getByRole('table', { name: 'Cases' })
  await expect(cases.getByRole('row')).toHaveCount(2)
  await expect(cases).toContainText(ROUTING)
  await expect(cases).toContainText('Playground run')

  // Without a run chosen, the page offers this connection's runs.
  await page.goto('/suites/new-case?source=run')
  await expect(page.getByRole('heading', { name: 'Choose a playground run' })).toBeVisible()
  await expect(page.getByRole('link', { name: `Use run #1 of ${ROUTING}` })).toBeVisible()
  await expectAccessible(page, 'run picker')
})

test('a thread becomes a case with its messages as the transcript', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  const thread = await api.call<{ id: number }>('POST', `/apis/admin/assistants/${assistant.code}/threads/`, {
    user_id: 'qa',
  })
  const path = `/apis/admin/assistants/${assistant.code}/threads/${thread.body.id}/messages/`
  await api.call('POST', path, { role: 'user', content: 'My invoice is wrong' })
  await api.call('POST', path, { role: 'assistant', content: 'Let me check that for you.' })

  await page.goto(`/assistants/${assistant.code}/threads/${thread.body.id}`)
  await page.getByRole('link', { name: 'Make test case' }).click()
  await expect(
    page.getByRole('heading', { name: `From: Thread #${thread.body.id} of ${assistant.code}` }),
  ).toBeVisible()
  await expect(page.getByText('2 turns')).toBeVisible()
  await expect(page.getByLabel('Case name')).toHaveValue(`Thread #${thread.body.id}: My invoice is wrong`)
  await page.getByLabel('New suite name', { exact: true }).fill('Billing threads')
  await page.getByRole('button', { name: 'Create case' }).click()

  await caseEditorReady(page)
  const transcript = page.getByRole('textbox', { name: 'Transcript (JSON)', exact: true })
  await expect(transcript).toBeAttached()
  const turns = page.getByRole('list', { name: 'Transcript turns' })
  await expect(turns.getByRole('listitem')).toHaveText([
    /^Customer\s*My invoice is wrong$/,
    /^Agent\s*Let me check that for you\.$/,
  ])
  // The source links back to the thread.
  await page.getByRole('link', { name: new RegExp(`Thread #${thread.body.id}`) }).click()
  await expect(page).toHaveURL(new RegExp(`/assistants/${assistant.code}/threads/${thread.body.id}$`))
})

test('a blank case is edited with assertions by keyboard only, validated, saved and kept', async ({ page }) => {
  await createSuite(page, 'Blank cases')
  await expectAccessible(page, 'empty suite')
  await page.getByRole('link', { name: 'Add case' }).first().click()
  await expect(page.getByRole('heading', { name: 'New test case' })).toBeVisible()
  await expect(page.getByLabel('Suite', { exact: true })).toHaveValue(/suite-/)
  await page.getByLabel('Case name').fill('Greets politely')
  await page.getByLabel('Assistant', { exact: true }).fill('demo-reply-suggester')
  await page.getByLabel('Assistant', { exact: true }).press('Enter')
  await caseEditorReady(page)
  await expectAccessible(page, 'case editor')

  // From the name field on, by keyboard: Tab reaches the Add assertion menu; arrows and Enter pick a type.
  await page.getByLabel('Name', { exact: true }).focus()
  const addButton = page.getByRole('button', { name: 'Add assertion' })
  for (let i = 0; i < 30 && !(await addButton.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(addButton).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menuitem', { name: 'Output contains' })).toBeFocused()
  await page.keyboard.press('Enter')
  // The new assertion's first field has focus.
  await expect(page.getByLabel('Text')).toBeFocused()
  await page.keyboard.type('refund')

  await addButton.focus()
  await page.keyboard.press('Enter')
  // Arrow keys only once the menu has opened and taken focus.
  await expect(page.getByRole('menuitem', { name: 'Output contains' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Output equals' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Output matches a regex' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Pattern')).toBeFocused()
  await page.keyboard.type('(unclosed')

  await addButton.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menuitem', { name: 'Output contains' })).toBeFocused()
  await page.getByRole('menuitem', { name: 'Time to first token under' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Limit (ms)')).toBeFocused()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('0')

  // Saving refuses, and says why at each field.
  await page.keyboard.press('ControlOrMeta+s')
  await expect(page.getByText(/^Does not compile/)).toBeVisible()
  await expect(page.getByText('A number of milliseconds above 0.')).toBeVisible()
  await page.getByLabel('Pattern').fill('^Hello')
  await page.getByLabel('Limit (ms)').fill('3000')

  // Negate the first: it reads "does not".
  const first = page.getByRole('group', { name: /^1\./ })
  await first.getByRole('checkbox', { name: 'Negate' }).focus()
  await page.keyboard.press('Space')
  await expect(page.getByRole('group', { name: '1. Output does not contain' })).toBeVisible()
  await expect(first).toContainText('output does not contain "refund"')

  // Move the regex assertion up by keyboard: focus stays on its button.
  await page.getByRole('button', { name: 'Move assertion 2 up' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('group', { name: /^1\. Output matches a regex/ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Move assertion 1 down' })).toBeFocused()

  // Add one more and remove it again, by keyboard: focus goes to the assertion now in its place (here the one before).
  await addButton.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menuitem', { name: 'Output contains' })).toBeFocused()
  await page.getByRole('menuitem', { name: 'Output is JSON' }).focus()
  await page.keyboard.press('Enter')
  const isJson = page.getByRole('group', { name: '4. Output is JSON' })
  await expect(isJson.getByRole('checkbox', { name: 'Negate' })).toBeFocused()
  await page.getByRole('button', { name: 'Remove assertion 4' }).focus()
  await page.keyboard.press('Enter')
  await expect(isJson).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Remove assertion 3' })).toBeFocused()

  // A raw transcript pasted through the dialog; focus returns to its button.
  const paste = page.getByRole('button', { name: 'Paste raw transcript' })
  await paste.focus()
  await page.keyboard.press('Enter')
  await page.getByLabel('Raw transcript').fill('Customer: hi there\nAgent: Hello! How can I help?')
  await page.getByRole('button', { name: 'Add 2 turns' }).click()
  await expect(paste).toBeFocused()

  await page.keyboard.press('ControlOrMeta+s')
  await expect(page.getByText('Case “Greets politely” saved')).toBeVisible()
  await expect(page.getByText('No unsaved changes')).toBeVisible()

  await page.reload()
  await caseEditorReady(page)
  await expect(page.getByRole('group', { name: /^\d\./ })).toHaveCount(3)
  await expect(page.getByRole('group', { name: '2. Output does not contain' })).toBeVisible()
  await expect(page.getByLabel('Pattern')).toHaveValue('^Hello')
  await expect(page.getByRole('list', { name: 'Transcript turns' })).toContainText('hi there')
})

const validSuite = {
  format: 'assistants-console/suite',
  version: 1,
  id: 'imported-suite',
  name: 'Imported suite',
  cases: [
    {
      id: 'a',
      name: 'Summarises',
      assistant: 'demo-conversation-summarizer',
      input: {},
      assertions: [{ type: 'contains', value: 'internet' }],
    },
    { id: 'b', name: 'Routes', assistant: ROUTING, assertions: [{ type: 'run_succeeded' }] },
  ],
}

test('import lists errors per case and imports nothing; a valid file imports whole; export gives it back', async ({
  page,
}, testInfo) => {
  const bad = testInfo.outputPath('bad.json')
  await writeFile(
    bad,
    JSON.stringify({
      ...validSuite,
      cases: [
        validSuite.cases[0],
        { id: 'x', name: 'Broken regex case', assistant: 'a', assertions: [{ type: 'regex' }] },
        { id: 'y', name: 'Too fast', assistant: 'a', assertions: [{ type: 'ttft_under', ms: -1 }] },
      ],
    }),
  )
  const good = testInfo.outputPath('good.json')
  await writeFile(good, JSON.stringify(validSuite))

  await page.goto('/suites/no-such-suite')
  await expect(page.getByRole('heading', { name: 'No suite “no-such-suite”' })).toBeVisible()
  await page.goto('/suites')
  await expect(page.getByRole('heading', { name: 'No suites yet' })).toBeVisible()
  await expectAccessible(page, 'empty suites list')
  await page.getByLabel('Suite file to import').setInputFiles(bad)
  const errors = page.getByRole('dialog', { name: 'The suite file has errors' })
  await expect(errors).toContainText('Nothing was imported')
  await expect(errors.getByRole('listitem').filter({ hasText: 'Broken regex case' })).toBeVisible()
  await expect(errors.getByRole('listitem').filter({ hasText: 'Too fast' })).toBeVisible()
  await errors.getByRole('button', { name: 'Close' }).first().click()
  await expect(page.getByRole('heading', { name: 'No suites yet' })).toBeVisible()

  await page.getByLabel('Suite file to import').setInputFiles(good)
  await expect(page.getByRole('heading', { level: 1, name: 'Imported suite' })).toBeVisible()
  const rows = page.getByRole('table', { name: 'Cases' }).getByRole('row')
  await expect(rows).toHaveCount(3)
  await expectAccessible(page, 'suite detail')
  // Reorder by keyboard: focus stays with the moved case.
  await page.getByRole('button', { name: 'Move Routes up' }).focus()
  await page.keyboard.press('Enter')
  await expect(rows.nth(1)).toContainText('Routes')
  await expect(page.getByRole('button', { name: 'Move Routes down' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(rows.nth(1)).toContainText('Summarises')

  // The same file again: replace or copy.
  await page.goto('/suites')
  await page.getByLabel('Suite file to import').setInputFiles(good)
  const choice = page.getByRole('dialog', { name: 'This suite is already here' })
  await choice.getByRole('button', { name: 'Import as copy' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Imported suite (copy)' })).toBeVisible()
  await page.goto('/suites')
  await expect(page.getByRole('link', { name: /^Imported suite/ })).toHaveCount(2)

  // Export the original: the file is the suite, under its name.
  await page.getByRole('link', { name: 'Imported suite', exact: true }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Export/ }).click(),
  ])
  expect(download.suggestedFilename()).toBe('imported-suite.json')
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as typeof validSuite
  expect(exported).toMatchObject({
    format: 'assistants-console/suite',
    version: 1,
    id: 'imported-suite',
    name: 'Imported suite',
  })
  expect(exported.cases.map((c) => [c.id, c.assistant, c.assertions])).toEqual(
    validSuite.cases.map((c) => [c.id, c.assistant, c.assertions]),
  )

  // Deleting it leaves the copy.
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete suite' }).click()
  await expect(page).toHaveURL(/\/suites$/)
  await expect(page.getByRole('link', { name: /^Imported suite/ })).toHaveText(['Imported suite (copy)'])
})
