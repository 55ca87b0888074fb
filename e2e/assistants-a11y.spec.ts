/**
 * Accessibility of the assistants pages (axe: no serious or critical issues),
 * and, with SHOTS=<dir>, light and dark screenshots of each for a human look.
 */
import type { Page } from '@playwright/test'
import { test, expect } from './support/test'
import { expectNoSeriousA11yViolations } from './support/a11y'

const shotsDir = process.env.SHOTS

async function shoot(page: Page, name: string) {
  if (!shotsDir) return
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: `${shotsDir}/${name}-${scheme}.png`, fullPage: false })
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

test.use({ viewport: { width: 1360, height: 900 } })

test('the assistants list has no serious accessibility issues', async ({ page, api }) => {
  await api.createAssistant({ response_format_json: true, include_conversation_transcript: true, tools: [7, 12] })
  await page.goto('/assistants')
  await expect(page.getByRole('table')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await shoot(page, 'list')
})

test('the new assistant form has no serious accessibility issues', async ({ page }) => {
  await page.goto('/assistants/new')
  await expect(page.getByRole('textbox', { name: 'Instructions' })).toBeAttached({ timeout: 20_000 })
  await expectNoSeriousA11yViolations(page)
  await shoot(page, 'new')
  await page.getByRole('button', { name: 'Add tool' }).click()
  await page.keyboard.type('call_api')
  await expect(page.getByText('Calls a configured API.').first()).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await shoot(page, 'tool-picker')
})

test('the edit form and its review dialog have no serious accessibility issues', async ({ page, api }) => {
  const a = await api.createAssistant({
    name: 'Order status helper',
    instructions: 'You answer questions about {order_id}.\nUse call_api to look the order up.',
    tools: [12, 8],
  })
  await page.goto(`/assistants/${a.code}`)
  await expect(page.getByRole('textbox', { name: 'Instructions' })).toBeAttached({ timeout: 20_000 })
  await expectNoSeriousA11yViolations(page)
  await shoot(page, 'edit')

  await page.getByRole('textbox', { name: 'Instructions' }).focus()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.insertText('\nAlways greet the customer by {customer_name}.')
  await page.getByRole('spinbutton', { name: /^Temperature/ }).fill('0.6')
  await page.getByRole('switch', { name: 'JSON response format' }).click()
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: `Review changes to ${a.code}` })
  await expect(dialog.getByRole('region', { name: 'Instructions diff' })).toBeVisible()
  await expect(dialog.getByRole('textbox', { name: 'Changed version' })).toBeAttached({ timeout: 20_000 })
  await expectNoSeriousA11yViolations(page)
  await shoot(page, 'review')
})
