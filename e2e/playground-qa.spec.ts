/**
 * The playground as a new user finds it (issue 11, "Also fix in the
 * playground"): failed tool calls are not a green success, the request is kept
 * per connection until cleared, Compare shows request and output differences,
 * Run with invalid input says why, the output is on screen at 1024x768, and the
 * guide's routing use case reaches the mock's CX platform, shown in the run.
 */
import type { Page } from '@playwright/test'
import type { TestApi } from './support/api'
import { fillEditor } from './support/editor'
import { expect, test } from './support/test'

// Several pages, runs and a reload per test: more room than the default on a shared, busy machine.
test.describe.configure({ timeout: 60_000 })

const CONVERSATION = '669fbd2936688700080849f5'
const CALL_API_TOOL_ID = 12
const GUIDE_HOST = 'https://mock-cx-platform.free.beeceptor.com'

const output = (page: Page) => page.getByRole('log', { name: 'Output' })
const status = (page: Page) => page.getByRole('status', { name: 'Run status' })
const runButton = (page: Page) => page.getByRole('button', { name: /^Run/ })
const conversation = (page: Page) => page.getByRole('textbox', { name: /^Conversation/ })
const inputEditor = (page: Page) => page.getByRole('textbox', { name: 'Input (JSON)', exact: true })

/** The guide's step 3 instructions, for an API code of this test. */
const guideInstructions = (apiCode: string) => `Categorize the conversations based on the provided categories.
If the conversation does not match any of the topics below, assign the category_id "65fdaa3d6ff9c000071fa8ab".
When the category has been determined, call the "call_api" function:
- api_code: ${apiCode}
- path: /some-path/categories?thread_category_ids[]={new_category_id}
- method: PUT

- Change subscription: 65fdaa3d6ff9c000071fa8ac
- Billing and invoices: 65fdaa3d6ff9c000071fa8ad`

async function openPlayground(page: Page, code: string) {
  await page.goto(`/playground?assistant=${code}`)
  // A cold page on a busy machine: the first load can take a while.
  await expect(page.getByRole('heading', { name: 'Playground' })).toBeVisible({ timeout: 15_000 })
  await expect(inputEditor(page)).toBeAttached({ timeout: 15_000 })
}

async function routingAssistant(api: TestApi, url: string) {
  const cx = await api.createApi({ url, headers: '{"some-header": "some-value"}' })
  return api.createAssistant({
    name: 'Guide router',
    tools: [CALL_API_TOOL_ID],
    include_conversation_transcript: true,
    instructions: guideInstructions(cx.code),
  })
}

test('a run whose call_api was skipped is "Succeeded with failed tool calls", saying which', async ({ page, api }) => {
  const assistant = await routingAssistant(api, 'https://cx.example.com')
  await openPlayground(page, assistant.code)
  await conversation(page).fill(CONVERSATION)
  await runButton(page).click()

  await expect(status(page)).toHaveText('Succeeded with failed tool calls')
  const failed = page.getByRole('region', { name: 'Failed tool calls' })
  await expect(failed).toContainText('1 tool call failed or was skipped')
  await expect(failed).toContainText(
    'call_api PUT /some-path/categories?thread_category_ids[]=65fdaa3d6ff9c000071fa8ac was skipped: outbound calls to cx.example.com are disabled',
  )
  await expect(page.getByRole('list', { name: 'Run events' }).getByText('Skipped', { exact: true })).toBeVisible()
  // The history says so too.
  await expect(page.getByRole('row', { name: /#1/ })).toContainText('Succeeded with failed tool calls')

  // A clean run is a plain success, without the notice.
  const plain = await api.createAssistant()
  await openPlayground(page, plain.code)
  await runButton(page).click()
  await expect(status(page)).toHaveText('Succeeded')
  await expect(page.getByRole('region', { name: 'Failed tool calls' })).toHaveCount(0)
})

test('the request is kept per connection across pages and reloads until cleared', async ({ page, api }) => {
  const assistant = await api.createAssistant({ name: 'Kept request' })
  await openPlayground(page, assistant.code)
  await conversation(page).fill(CONVERSATION)
  await page.getByRole('button', { name: 'Add turn' }).click()
  await page.getByRole('textbox', { name: 'Text of turn 1' }).fill('Can I change my plan?')
  await fillEditor(page, 'Input (JSON)', '{"media_type": "voice",')
  const invalid = page.getByRole('alert').filter({ hasText: 'Not valid JSON' })
  await expect(invalid).toBeVisible()

  // Away and back through the sidebar: /playground without ?assistant= returns to the same request.
  const nav = page.getByRole('navigation', { name: 'Main', exact: true })
  await nav.getByRole('link', { name: 'Assistants', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Assistants' })).toBeVisible()
  await nav.getByRole('link', { name: 'Playground', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/playground\\?assistant=${assistant.code}$`))
  await expect(page.getByRole('button', { name: /^Assistant/ })).toContainText('Kept request')
  await expect(conversation(page)).toHaveValue(CONVERSATION)
  await expect(page.getByRole('textbox', { name: 'Text of turn 1' })).toHaveValue('Can I change my plan?')
  // The invalid input text came back as typed (its error with it).
  await expect(inputEditor(page)).toBeAttached({ timeout: 15_000 })
  await expect(invalid).toBeVisible()

  // A reload keeps it too; then the input is fixed and the run sends exactly this request.
  await page.goto('/playground')
  await expect(page).toHaveURL(new RegExp(`assistant=${assistant.code}`))
  await expect(conversation(page)).toHaveValue(CONVERSATION)
  await expect(invalid).toBeVisible()
  await fillEditor(page, 'Input (JSON)', '{"media_type": "voice"}')
  await expect(invalid).toHaveCount(0)
  const evaluate = page.waitForRequest((r) => r.url().includes('/evaluate') && r.method() === 'POST')
  await runButton(page).click()
  const sent = await evaluate
  expect(sent.url()).toContain(`conversation_id=${CONVERSATION}`)
  expect(sent.postDataJSON()).toEqual({
    input: { media_type: 'voice' },
    transcript: [{ speaker: 'customer', text: 'Can I change my plan?' }],
  })
  await expect(status(page)).toHaveText('Succeeded')

  // Clear empties it, and that is kept as well.
  await page.getByRole('button', { name: 'Clear request' }).click()
  await expect(conversation(page)).toHaveValue('')
  await expect(page.getByRole('textbox', { name: 'Text of turn 1' })).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('button', { name: /^Assistant/ })).toContainText('Kept request')
  await expect(conversation(page)).toHaveValue('')
  await expect(page.getByRole('textbox', { name: 'Text of turn 1' })).toHaveCount(0)
  const cleared = page.waitForRequest((r) => r.url().includes('/evaluate') && r.method() === 'POST')
  await runButton(page).click()
  expect((await cleared).postDataJSON()).toEqual({ input: { media_type: 'chat' } })
})

test('Compare shows request differences, pretty-printed JSON outputs, and says when they are identical', async ({
  page,
  api,
}) => {
  const assistant = await api.createAssistant({ name: 'JSON replier', response_format_json: true })
  await openPlayground(page, assistant.code)
  await fillEditor(page, 'Input (JSON)', '{"media_type": "chat"}')
  await runButton(page).click()
  await expect(status(page)).toHaveText('Succeeded')
  await fillEditor(page, 'Input (JSON)', '{"media_type": "voice"}')
  await runButton(page).click()
  await expect(page.getByRole('row', { name: /#2/ })).toContainText('Succeeded')

  await page.getByRole('checkbox', { name: 'Compare run 1' }).check()
  await page.getByRole('checkbox', { name: 'Compare run 2' }).check()
  await page.getByRole('button', { name: /^Compare/ }).click()
  let dialog = page.getByRole('dialog', { name: 'Compare runs' })
  await expect(dialog).toContainText('The requests differ in input.')
  const fields = dialog.getByRole('table', { name: 'Request fields' })
  await expect(fields.getByRole('row', { name: /^Assistant identical/ })).toBeVisible()
  await expect(fields.getByRole('row', { name: /^Input differs/ })).toBeVisible()
  await expect(dialog.getByLabel('Input before')).toContainText('"media_type": "chat"')
  await expect(dialog.getByLabel('Input after')).toContainText('"media_type": "voice"')
  await expect(dialog).toContainText('The outputs differ')
  await expect(dialog.getByRole('heading', { name: 'Output (JSON, pretty-printed)' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // The same request again: identical request, identical (pretty-printed) output.
  await page.getByRole('button', { name: 'Re-run run 1' }).click()
  await expect(page.getByRole('row', { name: /#2/ })).toContainText('Succeeded')
  await expect(page.getByRole('row', { name: /#3/ })).toContainText('Succeeded')
  await page.getByRole('checkbox', { name: 'Compare run 3' }).check()
  await page.getByRole('checkbox', { name: 'Compare run 1' }).check()
  await page.getByRole('button', { name: /^Compare/ }).click()
  dialog = page.getByRole('dialog', { name: 'Compare runs' })
  await expect(dialog).toContainText('The requests are identical.')
  await expect(dialog).toContainText('The outputs are identical.')
  await expect(dialog.getByLabel('Output of both runs')).toContainText('"reply": "')
})

test('Run with invalid input JSON says why at the button and takes focus to the input', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  await openPlayground(page, assistant.code)
  await fillEditor(page, 'Input (JSON)', '{"media_type": chat}')
  await page.getByRole('heading', { name: 'Playground' }).click()
  await runButton(page).click()

  const why = page.getByRole('alert').filter({ hasText: 'Cannot run' })
  await expect(why).toHaveText('Cannot run: the input is not valid JSON. Correct it in the Input field.')
  await expect(runButton(page)).toHaveAccessibleDescription(/Cannot run: the input is not valid JSON/)
  await expect(inputEditor(page)).toBeFocused()
  await expect(status(page)).toHaveText('')

  // Not an object: its own reason, also from Ctrl+Enter.
  await fillEditor(page, 'Input (JSON)', '[1, 2]')
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(why).toHaveText('Cannot run: the input must be a JSON object ({ … }). Correct it in the Input field.')

  // Fixed: the reason goes, Run runs.
  await fillEditor(page, 'Input (JSON)', '{"media_type": "chat"}')
  await expect(why).toHaveCount(0)
  await expect(runButton(page)).not.toHaveAttribute('aria-describedby')
  await runButton(page).click()
  await expect(status(page)).toHaveText('Succeeded')
})

test.describe('at 1024x768', () => {
  test.use({ viewport: { width: 1024, height: 768 } })

  test('the output is on screen while running, with no horizontal scroll', async ({ page }) => {
    // The seeded router: its call_api path is a long unbroken string in the timeline.
    await openPlayground(page, 'demo-routing-assistant')
    await conversation(page).fill(CONVERSATION)
    await fillEditor(page, 'Input (JSON)', '{"_mock": {"chunks": 60, "delay_ms": 300}}')
    await runButton(page).click()
    await expect(status(page)).toHaveText('Running')
    await expect(page.getByRole('list', { name: 'Run events' })).toContainText('Tool result: call_api')
    await expect(output(page)).toHaveText(/\S{3,}/)
    await expect(status(page)).toHaveText('Running')
    await expect(output(page)).toBeInViewport({ ratio: 0.9 })
    await expect(status(page)).toBeInViewport()
    const overflow = await page.evaluate(() => {
      const main = document.querySelector('main')
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        main: main ? main.scrollWidth - main.clientWidth : 0,
      }
    })
    expect(overflow).toEqual({ page: 0, main: 0 })
    await page.getByRole('button', { name: /^Stop/ }).click()
    await expect(status(page)).toHaveText('Cancelled')
  })
})

test("the guide's routing use case reaches the mock's CX platform, and the run shows what it received", async ({
  page,
  api,
}) => {
  const assistant = await routingAssistant(api, GUIDE_HOST)
  await openPlayground(page, assistant.code)
  await conversation(page).fill(CONVERSATION)
  await runButton(page).click()

  await expect(status(page)).toHaveText('Succeeded')
  await expect(output(page)).toContainText(
    'The conversation has been categorized under "Change subscription" and the category has been updated successfully.',
  )
  const received = page.getByRole('region', { name: 'Received by CX platform' })
  await expect(received).toContainText('(built into the mock)')
  await expect(received).toContainText('PUT /some-path/categories')
  await expect(received).toContainText('thread_category_ids[]: 65fdaa3d6ff9c000071fa8ac')
  await expect(received).toContainText('some-header:')
  await expect(received).toContainText('none') // no body for this PUT
  // The header's value is a configured credential: never on the page.
  expect(await page.content()).not.toContain('some-value')
  await expect(page.getByLabel('Result of call_api')).toContainText('"status": 200')

  // The seeded demo works the same way, over HTTP to the mock's /mock/cx-platform.
  await openPlayground(page, 'demo-routing-assistant')
  await conversation(page).fill(CONVERSATION)
  await runButton(page).click()
  await expect(status(page)).toHaveText('Succeeded')
  await expect(page.getByRole('region', { name: 'Received by CX platform' })).toContainText(
    `PUT /threads/${CONVERSATION}/categories`,
  )
})

test('a finished run links to "Make test case", from the output and from its history row', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  await openPlayground(page, assistant.code)
  await fillEditor(page, 'Input (JSON)', '{"_mock": {"chunks": 60, "delay_ms": 300}}')
  await runButton(page).click()
  await expect(status(page)).toHaveText('Running')
  // Not while running: there is no finished run to make a case from yet.
  await expect(page.getByRole('link', { name: 'Make test case', exact: true })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Make test case from run 1' })).toHaveCount(0)
  await page.getByRole('button', { name: /^Stop/ }).click()
  await expect(status(page)).toHaveText('Cancelled')
  const link = page.getByRole('link', { name: 'Make test case', exact: true })
  const href = await link.getAttribute('href')
  expect(href).toMatch(/^\/suites\/new-case\?source=run&ref=[0-9a-f-]{36}$/)
  await expect(page.getByRole('link', { name: 'Make test case from run 1' })).toHaveAttribute('href', href ?? '')
})
