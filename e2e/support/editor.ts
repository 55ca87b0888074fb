/** Monaco editors in tests: found by accessible name, filled with insertText (typing would auto-close brackets). */
import { expect, type Page } from '@playwright/test'

export async function fillEditor(page: Page, name: string, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name, exact: true })
  // Monaco is a large lazy chunk: the first editor on a page can take a while under parallel load.
  await expect(box).toBeAttached({ timeout: 15_000 })
  await box.focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(text)
}
