/**
 * The URL is the one source of a list's search: the box shows what the URL
 * says, the sidebar link (which drops `?q`) empties it, and Back restores it.
 */
import { test, expect } from './support/test'

const lists = [
  {
    nav: 'Assistants',
    path: '/assistants',
    box: 'Search assistants by code or name',
    filter: 'routing',
    kept: 'demo-routing-assistant',
    hidden: 'demo-conversation-summarizer',
  },
  {
    nav: 'APIs',
    path: '/apis',
    box: 'Search APIs by code or URL',
    filter: 'demo-crm',
    kept: 'demo-crm',
    hidden: 'demo-order-service',
  },
  {
    nav: 'Tools',
    path: '/tools',
    box: 'Search tools by name or description',
    filter: 'call_api',
    kept: 'call_api',
    hidden: 'get_current_time',
  },
] as const

for (const list of lists) {
  test(`${list.nav}: the sidebar link clears the search box and Back restores it`, async ({ page }) => {
    await page.goto(list.path)
    const box = page.getByRole('searchbox', { name: list.box })
    const main = page.getByRole('main')
    await expect(main.getByRole('link', { name: list.hidden, exact: true })).toBeVisible()

    // Key by key: each keystroke writes the URL, and the box must not lose a character to its own echo.
    await box.pressSequentially(list.filter)
    await expect(page).toHaveURL(new RegExp(`q=${list.filter}`))
    await expect(main.getByRole('link', { name: list.kept, exact: true })).toBeVisible()
    await expect(main.getByRole('link', { name: list.hidden, exact: true })).toHaveCount(0)

    await page
      .getByRole('navigation', { name: 'Main', exact: true })
      .getByRole('link', { name: list.nav, exact: true })
      .click()
    await expect(page).not.toHaveURL(/q=/)
    await expect(box).toHaveValue('')
    await expect(main.getByRole('link', { name: list.hidden, exact: true })).toBeVisible()

    await page.goBack()
    await expect(page).toHaveURL(new RegExp(`q=${list.filter}`))
    await expect(box).toHaveValue(list.filter)
    await expect(main.getByRole('link', { name: list.hidden, exact: true })).toHaveCount(0)
  })
}
