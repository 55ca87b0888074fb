import { test, expect } from './support/test'
import { expectNoSeriousA11yViolations } from './support/a11y'
import { READONLY } from './support/api'

test.describe('console shell', () => {
  test('opens on the assistants list with the seeded assistants, signed in to the local mock', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/assistants$/)
    await expect(page.getByRole('heading', { name: 'Assistants', level: 1 })).toBeVisible()
    await expect(page.getByRole('link', { name: 'demo-routing-assistant' })).toBeVisible()
    await expect(page.getByRole('link', { name: /Connection: Deepdesk · Local mock/ })).toBeVisible()
    await expect(page.getByRole('img', { name: 'Connected' })).toBeVisible()
  })

  test('search filters the list, lives in the URL and survives a reload', async ({ page, api }) => {
    const a = await api.createAssistant({ name: 'Zebra finder' })
    await page.goto('/assistants')
    await page.getByRole('searchbox', { name: 'Search assistants by code or name' }).fill('zebra')
    await expect(page.getByRole('link', { name: a.code })).toBeVisible()
    await expect(page.getByRole('link', { name: 'demo-routing-assistant' })).toHaveCount(0)
    await expect(page).toHaveURL(/q=zebra/)
    await page.reload()
    await expect(page.getByRole('searchbox', { name: 'Search assistants by code or name' })).toHaveValue('zebra')
    await expect(page.getByRole('link', { name: a.code })).toBeVisible()
    await page.getByRole('searchbox', { name: 'Search assistants by code or name' }).fill('no-such-assistant-anywhere')
    await expect(page.getByRole('heading', { name: 'No assistant matches' })).toBeVisible()
  })

  test('sorting by a column header orders the rows and says so', async ({ page }) => {
    await page.goto('/assistants')
    const codeHeader = page.getByRole('columnheader', { name: /Code/ })
    await expect(codeHeader).toHaveAttribute('aria-sort', 'ascending')
    await codeHeader.getByRole('button').click()
    await expect(codeHeader).toHaveAttribute('aria-sort', 'descending')
    await expect(page).toHaveURL(/desc=true/)
  })

  test('a wrong client secret says why sign-in failed; the secret never reaches localStorage', async ({ page }) => {
    await page.goto('/settings')
    await page.getByLabel('Client secret').fill('definitely-wrong-secret')
    await page.getByRole('button', { name: 'Save and connect' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'invalid_client' })).toBeVisible()
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    )
    expect(stored).not.toContain('definitely-wrong-secret')
    expect(page.url()).not.toContain('definitely-wrong-secret')
  })

  test('a read-only connection shows read-only mode instead of failing writes', async ({ page }) => {
    await page.goto('/settings')
    await page.getByLabel('Client ID').fill(READONLY.clientId)
    await page.getByLabel('Client secret').fill(READONLY.clientSecret)
    await page.getByRole('button', { name: 'Save and connect' }).click()
    await expect(page.getByText('assistants:read', { exact: true })).toBeVisible()
    await expect(page.getByText('Read-only').first()).toBeVisible()
    await page.getByRole('link', { name: 'Assistants', exact: true }).first().click()
    const newAssistant = page.getByText('New assistant')
    await expect(newAssistant).toHaveAttribute('aria-disabled', 'true')
    await expect(newAssistant).toHaveAttribute('title', /assistants:write/)
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }))
    expect(stored).not.toContain(READONLY.clientSecret)
  })

  test('production is unmistakable, and its calls go through the console proxy', async ({ page }) => {
    await page.goto('/settings')
    await page.getByRole('radio', { name: /Production/ }).check()
    await expect(page.getByRole('note')).toContainText('This is production')
    await page.getByLabel('Client ID').fill('demo-client')
    await page.getByLabel('Client secret').fill('demo-secret')
    const tokenCall = page.waitForRequest((r) => r.url().includes('/proxy/production/oauth/token/'))
    await page.getByRole('button', { name: 'Save and connect' }).click()
    await tokenCall
    await expect(page.getByRole('status').filter({ hasText: 'PRODUCTION' })).toBeVisible()
    await expect(page.getByText('Signed in')).toBeVisible()
    // A reload keeps the session: the secret is gone from memory, but the token lives on in sessionStorage.
    await page.goto('/assistants')
    await expect(page.getByRole('status').filter({ hasText: 'Changes here affect live customers' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'demo-routing-assistant' })).toBeVisible()
  })

  test('the theme toggle switches to dark and back', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/assistants')
    const html = page.locator('html')
    await expect(html).not.toHaveClass(/dark/)
    await page.getByRole('button', { name: /Theme: system/ }).click() // system → light
    await page.getByRole('button', { name: /Theme: light/ }).click() // light → dark
    await expect(html).toHaveClass(/dark/)
    await page.reload()
    await expect(html).toHaveClass(/dark/)
  })

  test('the list and settings pages have no serious accessibility violations', async ({ page }) => {
    for (const path of ['/assistants', '/settings']) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectNoSeriousA11yViolations(page, path)
    }
  })
})

test('Ctrl+K opens a palette that jumps to an assistant by typing part of its code', async ({ page, api }) => {
  const a = await api.createAssistant({ name: 'Palette target' })
  await page.goto('/tools')
  await expect(page.getByRole('heading', { name: 'Tools', level: 1 })).toBeVisible()
  await page.keyboard.press('Control+k')
  const input = page.getByRole('combobox', { name: 'Go to' })
  await expect(input).toBeFocused()
  await input.fill(a.code.slice(4))
  await expect(page.getByRole('option', { name: new RegExp(a.code) })).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'command palette')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/assistants/${a.code}$`))
  await expect(page.getByRole('heading', { name: 'Palette target', level: 1 })).toBeVisible()
  await expect(input).toBeHidden()
})
