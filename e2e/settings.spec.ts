/**
 * Settings checks new credentials before switching: a failure is shown at the
 * field that can fix it and the working connection stays; success switches.
 */
import type { Page } from '@playwright/test'
import { test, expect } from './support/test'
import { fetchToken, READONLY } from './support/api'

const connected = (page: Page) => page.getByRole('img', { name: 'Connected' })

async function openSettingsSignedIn(page: Page) {
  await page.goto('/settings')
  // The demo connection the console starts with is signed in before anything is changed.
  await expect(connected(page)).toBeVisible()
}

test.describe('settings: credentials are checked before switching', () => {
  test('a wrong secret is reported at the field and the previous connection keeps working', async ({ page }) => {
    await openSettingsSignedIn(page)
    await page.getByLabel('Client ID').fill(READONLY.clientId)
    await page.getByLabel('Client secret').fill('definitely-wrong-secret')
    await page.getByRole('button', { name: 'Save and connect' }).click()

    const secret = page.getByLabel('Client secret')
    await expect(secret).toHaveAccessibleDescription(/The client ID or secret is wrong/)
    await expect(secret).toHaveAttribute('aria-invalid', 'true')
    await expect(secret).toBeFocused()

    // Still the demo client, with write access: not switched to the read-only client.
    await expect(page.getByText('assistants:read assistants:write', { exact: true })).toBeVisible()
    await expect(connected(page)).toBeVisible()
    await page.getByRole('link', { name: 'Assistants', exact: true }).first().click()
    await expect(page.getByRole('link', { name: 'demo-routing-assistant' })).toBeVisible()
    await expect(page.getByText('Read-only')).toHaveCount(0)
  })

  test('the right secret switches, says so, and clears the field', async ({ page }) => {
    await openSettingsSignedIn(page)
    await page.getByLabel('Client ID').fill(READONLY.clientId)
    await page.getByLabel('Client secret').fill(READONLY.clientSecret)
    await page.getByRole('button', { name: 'Save and connect' }).click()
    await expect(page.getByText('Connected to Local mock')).toBeVisible()
    await expect(page.getByText('assistants:read', { exact: true })).toBeVisible()
    await expect(page.getByText('Read-only').first()).toBeVisible()
    await expect(page.getByLabel('Client secret')).toHaveValue('')
  })

  test('a wrong pasted token is reported at the token field; the right one switches', async ({ page, request }) => {
    await openSettingsSignedIn(page)
    await page.getByRole('radio', { name: 'Bearer token' }).check()
    const token = page.getByRole('textbox', { name: 'Bearer token' })
    await token.fill('not-a-real-token')
    await token.press('Enter')
    await expect(token).toHaveAccessibleDescription(/not accepted/)
    await expect(token).toBeFocused()
    await expect(page.getByText('unknown (pasted token)')).toHaveCount(0)

    await token.fill(await fetchToken(request))
    await page.getByRole('button', { name: 'Save and connect' }).click()
    await expect(page.getByText('unknown (pasted token)')).toBeVisible()
    await expect(connected(page)).toBeVisible()
  })

  test('an unreachable custom URL says which host could not be reached', async ({ page }) => {
    await openSettingsSignedIn(page)
    await page.getByRole('radio', { name: /Custom URL/ }).check()
    await page.getByLabel('Base URL').fill('http://127.0.0.1:9')
    await page.getByLabel('Client secret').fill('any-secret')
    await page.getByRole('button', { name: 'Save and connect' }).click()
    const url = page.getByLabel('Base URL')
    await expect(url).toHaveAccessibleDescription(/Could not reach 127\.0\.0\.1:9/)
    await expect(url).toBeFocused()
    await expect(page.getByRole('link', { name: /Connection: Deepdesk · Local mock/ })).toBeVisible()
  })

  test('one check at a time: repeated Enter sends one token request', async ({ page }) => {
    await openSettingsSignedIn(page)
    let tokenRequests = 0
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    await page.route('**/oauth/token/', async (route) => {
      tokenRequests += 1
      await gate
      await route.continue()
    })
    const secret = page.getByLabel('Client secret')
    await secret.fill('demo-secret')
    await secret.press('Enter')
    const button = page.getByRole('button', { name: 'Checking…' })
    await expect(button).toHaveAttribute('aria-disabled', 'true')
    await secret.press('Enter')
    await secret.press('Enter')
    // Clicking the busy button does not start another check either.
    await button.click({ force: true })
    release()
    await expect(page.getByRole('button', { name: 'Save and connect' })).toBeVisible()
    await expect(page.getByText('Connected to Local mock')).toBeVisible()
    expect(tokenRequests).toBe(1)
  })
})
