/** A read-only connection (no assistants:write scope): the console shows it and disables every write. */
import { test, expect } from './support/test'
import { READONLY } from './support/api'

test('signed in read-only, the assistant form cannot save or delete and says why', async ({ page, api }) => {
  const a = await api.createAssistant({ name: 'Read-only target' })
  await page.goto('/settings')
  await page.getByLabel('Client ID').fill(READONLY.clientId)
  await page.getByLabel('Client secret').fill(READONLY.clientSecret)
  await page.getByRole('button', { name: 'Save and connect' }).click()
  await expect(page.getByText('Read-only', { exact: true })).toBeVisible()

  // Secrets live in memory only, so stay in the page: navigate through the app.
  await page
    .getByRole('navigation', { name: 'Main', exact: true })
    .getByRole('link', { name: 'Assistants', exact: true })
    .click()
  await page.getByRole('searchbox', { name: 'Search assistants by code or name' }).fill(a.code)
  await page.getByRole('link', { name: a.code }).click()

  await expect(page.getByRole('heading', { name: 'Read-only target' })).toBeVisible()
  await expect(page.getByRole('note')).toContainText('Read-only connection')
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Add tool' })).toBeDisabled()
  await expect(page.getByRole('textbox', { name: /^Name/ })).not.toBeEditable()
  await expect(page.getByText('Read-only', { exact: true })).toBeVisible()
})
