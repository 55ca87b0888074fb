/**
 * A journey through every kind of editor without a reload: JSON editors, the
 * playground input, instructions, the review diff opened and closed. The test
 * fixture fails on any uncaught page error (Monaco's "depends on UNKNOWN
 * service" and "TextModel got disposed" among them).
 */
import { expect, test } from './support/test'

test('editors mount after one another and the review diff closes without an uncaught error', async ({ page, api }) => {
  const a = await api.createAssistant({ instructions: 'Start.' })
  const thread = await api.call<{ id: number }>('POST', `/apis/admin/assistants/${a.code}/threads/`, {
    content: { channel: 'webchat' },
  })
  await page.goto(`/assistants/${a.code}/threads/${thread.body.id}`)
  await expect(page.getByRole('textbox', { name: 'Content', exact: true })).toBeAttached({ timeout: 15_000 })

  await page.getByRole('link', { name: 'Open in playground' }).click()
  await expect(page.getByRole('textbox', { name: 'Input (JSON)', exact: true })).toBeAttached()

  await page.goBack()
  await page.getByRole('link', { name: 'Configuration' }).click()
  const instructions = page.getByRole('textbox', { name: 'Instructions', exact: true })
  await expect(instructions).toBeAttached()
  await instructions.focus()
  await page.keyboard.press('End')
  await page.keyboard.type(' More.')

  for (const close of ['Cancel', 'Save changes'] as const) {
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    const review = page.getByRole('dialog', { name: `Review changes to ${a.code}` })
    await expect(review.getByRole('textbox', { name: 'Changed version' }).first()).toBeAttached()
    await review.getByRole('button', { name: close }).click()
    await expect(review).toBeHidden()
  }
  await expect(page.getByText('No unsaved changes')).toBeVisible()
  await page.getByRole('navigation', { name: 'Assistant sections' }).getByRole('link', { name: 'Routes' }).click()
  await page.getByRole('link', { name: 'New route' }).first().click()
  await expect(page.getByRole('textbox', { name: 'Tags', exact: true })).toBeAttached()
})
