/** The evaluate playground against the real mock: streaming, stop, JSON fallback, broken streams, XSS, history. */
import type { Page } from '@playwright/test'
import { test, expect } from './support/test'
import { expectNoSeriousA11yViolations } from './support/a11y'

const output = (page: Page) => page.getByRole('log', { name: 'Output' })
const status = (page: Page) => page.getByRole('status', { name: 'Run status' })

/** Pastes into the JSON editor: typed text would get Monaco's auto-closed brackets and quotes. */
async function setInput(page: Page, json: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.evaluate((text) => navigator.clipboard.writeText(text), json)
  const editor = page.getByRole('textbox', { name: 'Input (JSON)' })
  await editor.focus()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.press('ControlOrMeta+v')
}

async function openPlayground(page: Page, code: string) {
  await page.goto(`/playground?assistant=${code}`)
  await expect(page.getByRole('heading', { name: 'Playground' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Input (JSON)' })).toBeAttached()
}

const run = (page: Page) => page.getByRole('button', { name: /^Run/ }).click()

test('the output streams in several visible steps while the run is running', async ({ page, api }) => {
  const assistant = await api.createAssistant({ name: 'Streaming helper' })
  await openPlayground(page, assistant.code)
  await setInput(page, '{"media_type": "chat", "_mock": {"chunks": 30, "delay_ms": 150}}')
  // Record, inside the page, each length the output takes while it is busy (no round trips to miss one).
  await output(page).evaluate((log) => {
    const w = window as unknown as { __growth: number[] }
    w.__growth = []
    new MutationObserver(() => {
      const length = log.textContent?.length ?? 0
      if (log.getAttribute('aria-busy') === 'true' && length > (w.__growth.at(-1) ?? 0)) w.__growth.push(length)
    }).observe(log, { subtree: true, childList: true, characterData: true, attributes: true })
  })
  await run(page)

  await expect(status(page)).toHaveText('Running')
  await expect(output(page)).toHaveAttribute('aria-busy', 'true')
  // Part of the text is on screen while the run is still running...
  await expect(output(page)).toHaveText(/\S{3,}/)
  await expect(status(page)).toHaveText('Running')
  // ...and it grew in at least three steps before the end.
  const growth = () => page.evaluate(() => (window as unknown as { __growth: number[] }).__growth)
  await expect.poll(async () => (await growth()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3)
  await expect(status(page)).toHaveText('Running')
  await expect(status(page)).toHaveText('Succeeded', { timeout: 15_000 })
  await expect(output(page)).toHaveAttribute('aria-busy', 'false')
  await expect(output(page)).toContainText("Hello! I'm Streaming helper.")
  const steps = await growth()
  // The first visible step was a fraction of the final text.
  expect(steps[0] ?? Infinity).toBeLessThan((await output(page).innerText()).length / 2)
  await expect(page.getByRole('list', { name: 'Run events' })).toContainText('First token')
  await expect(page.getByRole('list', { name: 'Run events' })).toContainText('Done')
  // The prompt the model received, block by block.
  await page.getByRole('button', { name: /^Prompt/ }).click()
  await expect(page.getByRole('region', { name: 'Prompt block instructions' })).toContainText(
    'You are a test assistant.',
  )
})

test('Stop keeps the partial output and marks the run cancelled (Escape works too)', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  await openPlayground(page, assistant.code)
  await setInput(page, '{"_mock": {"chunks": 40, "delay_ms": 150}}')
  await run(page)
  await expect(output(page)).toHaveText(/\S{3,}/)
  await page.getByRole('button', { name: /^Stop/ }).click()
  await expect(status(page)).toHaveText('Cancelled')
  await expect(page.getByText('Stopped. The partial output is kept.')).toBeVisible()
  const partial = await output(page).innerText()
  expect(partial.length).toBeGreaterThan(0)
  const events = page.getByRole('list', { name: 'Run events' })
  await expect(events).toContainText('Stopped by you')
  await expect(events).not.toContainText('Done')
  await expect(output(page)).toHaveText(partial)
  await expect(page.getByRole('row', { name: /Cancelled/ })).toBeVisible()

  // Ctrl+Enter runs again; Escape stops.
  await page.getByRole('heading', { name: 'Playground' }).click()
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(status(page)).toHaveText('Running')
  await page.keyboard.press('Escape')
  await expect(status(page)).toHaveText('Cancelled')
})

test('a server that answers JSON instead of a stream is shown the same way', async ({ page, api }) => {
  const assistant = await api.createAssistant({ name: 'JSON helper' })
  await openPlayground(page, assistant.code)
  await setInput(page, '{"media_type": "chat", "_mock": {"no_stream": true}}')
  await run(page)
  await expect(status(page)).toHaveText('Succeeded')
  await expect(page.getByText('JSON answer', { exact: true })).toBeVisible()
  await expect(output(page)).toContainText("Hello! I'm JSON helper.")
  await expect(page.getByRole('list', { name: 'Run events' })).toContainText('JSON answer received (no stream)')
})

test('a stream that drops or fails mid-way shows an error and keeps what arrived', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  await openPlayground(page, assistant.code)

  await setInput(page, '{"_mock": {"drop_after": 4}}')
  await run(page)
  await expect(status(page)).toHaveText('Failed')
  await expect(page.getByRole('alert').filter({ hasText: 'Run failed' })).toContainText('connection was lost')
  await expect(output(page)).toHaveText(/\S/)

  await setInput(page, '{"_mock": {"fail_after": 3}}')
  await run(page)
  await expect(status(page)).toHaveText('Failed')
  await expect(page.getByRole('alert').filter({ hasText: 'Run failed' })).toContainText(
    'Simulated model failure after 3 deltas',
  )
  await expect(output(page)).toHaveText(/\S/)
  await expect(page.getByRole('list', { name: 'Run events' })).toContainText('mock_failure')
})

test('input must be a JSON object: the error shows at the field and nothing runs', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  await openPlayground(page, assistant.code)
  await setInput(page, '[1, 2]')
  await expect(page.getByRole('alert').filter({ hasText: 'Must be a JSON object' })).toBeVisible()
  await run(page)
  await expect(status(page)).toHaveText('')
})

test('model output quoting an XSS payload is shown as text', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  const payload = '<img src=x onerror="window.__xss=1">'
  await openPlayground(page, assistant.code)
  await page.getByRole('button', { name: 'Paste' }).click()
  await page.getByRole('textbox', { name: 'Raw transcript' }).fill(`Agent: Hello, how can I help?\nVisitor: ${payload}`)
  await page.getByRole('button', { name: 'Add 2 turns' }).click()
  await expect(page.getByRole('textbox', { name: 'Text of turn 2' })).toHaveValue(payload)
  await run(page)
  await expect(status(page)).toHaveText('Succeeded')
  await expect(output(page)).toContainText(`The customer wrote: "${payload}"`)
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
  await expect(output(page).getByRole('img')).toHaveCount(0)
})

test('transcript turns can be added, reordered with buttons and keyboard, and deleted', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  await openPlayground(page, assistant.code)
  await page.getByRole('button', { name: 'Add turn' }).click()
  await expect(page.getByRole('textbox', { name: 'Text of turn 1' })).toBeFocused()
  await page.keyboard.type('first')
  await page.getByRole('button', { name: 'Add turn' }).click()
  await page.keyboard.type('second')
  await expect(page.getByRole('combobox', { name: 'Speaker of turn 2' })).toHaveValue('agent')
  await page.getByRole('button', { name: 'Move turn 2 up' }).click()
  await expect(page.getByRole('textbox', { name: 'Text of turn 1' })).toHaveValue('second')
  // Alt+↓ in a turn's text moves it down and keeps focus in it.
  await page.getByRole('textbox', { name: 'Text of turn 1' }).press('Alt+ArrowDown')
  await expect(page.getByRole('textbox', { name: 'Text of turn 2' })).toHaveValue('second')
  await expect(page.getByRole('textbox', { name: 'Text of turn 2' })).toBeFocused()
  await page.getByRole('button', { name: 'Delete turn 1' }).click()
  await expect(page.getByRole('textbox', { name: 'Text of turn 1' })).toHaveValue('second')
  await expect(page.getByRole('textbox', { name: 'Text of turn 2' })).toHaveCount(0)
})

test('history survives a reload; runs re-open and two runs compare as a diff', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  await openPlayground(page, assistant.code)
  await setInput(page, '{"media_type": "chat"}')
  await run(page)
  await expect(status(page)).toHaveText('Succeeded')
  await setInput(page, '{"media_type": "walkietalkie"}')
  await run(page)
  await expect(status(page)).toHaveText('Succeeded')
  await expect(output(page)).toContainText('walkietalkie')

  await page.reload()
  const history = page.getByRole('table')
  await expect(history.getByRole('row', { name: /Succeeded/ })).toHaveCount(2)
  await page.getByRole('button', { name: 'Open run 1' }).click()
  await expect(output(page)).toContainText('media_type = "chat"')
  await expect(page.getByRole('textbox', { name: 'Input (JSON)' })).toBeAttached()

  await page.getByRole('checkbox', { name: 'Compare run 1' }).check()
  await page.getByRole('checkbox', { name: 'Compare run 2' }).check()
  await page.getByRole('button', { name: 'Compare (2/2)' }).click()
  const dialog = page.getByRole('dialog', { name: 'Compare runs' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText(/walkietalkie/).first()).toBeVisible()
  await expect(dialog.getByText(/characters\.$/)).toBeVisible()
})

test('the playground has no serious accessibility violations, before and after a run', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  await openPlayground(page, assistant.code)
  await expectNoSeriousA11yViolations(page, 'before a run')
  await run(page)
  await expect(status(page)).toHaveText('Succeeded')
  await page.getByRole('button', { name: /^Prompt/ }).click()
  await expectNoSeriousA11yViolations(page, 'after a run, prompt open')
})
