/**
 * A connection is platform + environment + credentials: switching platform
 * switches the navigation, and a page of another platform offers the switch
 * instead of calling the wrong API.
 */
import { expect, test } from './support/test'

test('a page of another platform offers to switch; after the switch the sidebar is that platform’s', async ({
  page,
}) => {
  await page.goto('/flowise/assistants')
  await expect(page.getByRole('heading', { name: 'This page belongs to Flowise' })).toBeVisible()
  await page.getByRole('button', { name: 'Connect to Flowise · Local mock' }).click()
  await expect(page.getByRole('link', { name: /Connection: Flowise · Local mock/ })).toBeVisible()
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: 'APIs' })).toHaveCount(0)
  await expect(nav.getByRole('link', { name: 'Assistants', exact: true })).toHaveAttribute(
    'href',
    '/flowise/assistants',
  )

  // Settings lists every platform's environments and switches back.
  await nav.getByRole('link', { name: 'Settings' }).click()
  const deepdesk = page.getByRole('group', { name: 'Deepdesk' })
  await deepdesk.getByRole('radio', { name: /Local mock(?! - production)/ }).check()
  await page.getByRole('button', { name: 'Save and connect' }).click()
  await expect(page.getByRole('link', { name: /Connection: Deepdesk · Local mock/ })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'APIs' })).toBeVisible()
})

test('the palette lists every platform’s pages and switches the connection to open one', async ({ page }) => {
  await page.goto('/assistants')
  await expect(page.getByRole('link', { name: /Connection: Deepdesk · Local mock/ })).toBeVisible()
  await page.keyboard.press('ControlOrMeta+k')
  const input = page.getByRole('combobox', { name: 'Go to' })
  await input.fill('Griptape')
  await page.getByRole('option', { name: 'Griptape: API keys' }).click()
  await expect(page).toHaveURL(/\/griptape\/api-keys$/)
  await expect(page.getByRole('link', { name: /Connection: Griptape · Local mock/ })).toBeVisible()
})
