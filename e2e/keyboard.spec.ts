/**
 * Keyboard-complete editing: every character typed at full speed is kept, Tab
 * leaves every editor, Ctrl/Cmd+K works from inside one, and focus comes back
 * to where it was after a dialog or lands on the heading after a redirect.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support/test'
import { assistantUrl } from './support/assistant-form'

const SENTENCE = 'The quick brown fox jumps over the lazy dog while QA types fast'

/** Types with no delay between keys (Playwright's default), character by character. */
async function typeFast(page: Page, editorName: string, text: string) {
  const box = page.getByRole('textbox', { name: editorName, exact: true })
  await expect(box).toBeAttached({ timeout: 15_000 })
  await box.focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.type(text)
}

test('typing at full speed into the instructions keeps every character', async ({ page, api }) => {
  const a = await api.createAssistant({ instructions: 'x' })
  await page.goto(`/assistants/${a.code}`)
  await typeFast(page, 'Instructions', SENTENCE)
  await expect(page.getByText(`${SENTENCE.length} characters`)).toBeVisible()
  await page.keyboard.press('ControlOrMeta+s')
  await page
    .getByRole('dialog', { name: `Review changes to ${a.code}` })
    .getByRole('button', { name: 'Save changes' })
    .click()
  await expect(page.getByText('No unsaved changes')).toBeVisible()
  expect((await api.call<{ instructions: string }>('GET', assistantUrl(a.code))).body.instructions).toBe(SENTENCE)
})

test('typing JSON at full speed into route tags and thread content keeps every character', async ({ page, api }) => {
  const a = await api.createAssistant()
  const rule = '{"==": [{"var": "channel"}, "voice"]}'
  await page.goto(`/assistants/${a.code}/routes/new`)
  await typeFast(page, 'Tags', rule)
  await page.getByRole('button', { name: 'Create route' }).click()
  await expect(page).toHaveURL(new RegExp(`/assistants/${a.code}/routes$`))
  const routes = await api.call<{ tags: unknown }[]>('GET', `${assistantUrl(a.code)}routes/`)
  expect(routes.body.map((r) => r.tags)).toEqual([{ '==': [{ var: 'channel' }, 'voice'] }])

  const content = '{"conversation_id": "c-12345", "channel": "webchat", "note": "typed fast"}'
  await page.goto(`/assistants/${a.code}/threads/new`)
  await typeFast(page, 'Content', content)
  await page.getByRole('button', { name: 'Create thread' }).click()
  await expect(page).toHaveURL(new RegExp(`/assistants/${a.code}/threads/\\d+$`))
  const threads = await api.call<{ content: unknown }[]>('GET', `${assistantUrl(a.code)}threads/`)
  expect(threads.body.map((t) => t.content)).toEqual([JSON.parse(content)])
})

test('typing at full speed into the playground input keeps every character', async ({ page, api }) => {
  const a = await api.createAssistant()
  await page.goto(`/playground?assistant=${a.code}`)
  const input = '{"customer_name": "Quick Brown Fox", "order": 1234567890}'
  await typeFast(page, 'Input (JSON)', input)
  const evaluate = page.waitForRequest((r) => r.url().includes('/evaluate') && r.method() === 'POST')
  await page.getByRole('button', { name: /^Run/ }).click()
  expect((await evaluate).postDataJSON().input).toEqual(JSON.parse(input))
})

test('Tab and Shift+Tab leave every editor; Ctrl+K opens the palette from inside one', async ({ page, api }) => {
  const a = await api.createAssistant()
  await page.goto(`/assistants/${a.code}`)
  const instructions = page.getByRole('textbox', { name: 'Instructions', exact: true })
  await expect(instructions).toBeAttached({ timeout: 15_000 })
  await instructions.focus()
  await page.keyboard.press('Tab')
  await expect(instructions).not.toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(instructions).toBeFocused()

  await page.keyboard.press('ControlOrMeta+k')
  const palette = page.getByRole('dialog').filter({ has: page.getByRole('combobox', { name: 'Go to' }) })
  await expect(palette).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(palette).toBeHidden()
  await expect(instructions).toBeFocused()

  for (const [url, name] of [
    [`/assistants/${a.code}/routes/new`, 'Tags'],
    [`/assistants/${a.code}/threads/new`, 'Content'],
    [`/playground?assistant=${a.code}`, 'Input (JSON)'],
  ] as const) {
    await page.goto(url)
    const editor = page.getByRole('textbox', { name, exact: true })
    await expect(editor).toBeAttached({ timeout: 15_000 })
    await editor.focus()
    await page.keyboard.press('Tab')
    await expect(editor, `Tab leaves ${name}`).not.toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(editor, `Shift+Tab returns to ${name}`).toBeFocused()
  }
})

test('focus returns to the control that opened a dialog, and to the heading after a redirect', async ({
  page,
  api,
}) => {
  const a = await api.createAssistant()
  await page.goto(`/assistants/${a.code}`)
  const del = page.getByRole('button', { name: 'Delete', exact: true })
  await del.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: `Delete assistant ${a.code}?` })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(del).toBeFocused()

  // Delete with the keyboard alone; the list page's heading takes focus after the redirect.
  await del.focus()
  await page.keyboard.press('Enter')
  await dialog.getByRole('button', { name: `Delete ${a.code}` }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/assistants$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Assistants' })).toBeFocused()
})
