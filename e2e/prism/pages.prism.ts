/**
 * Every page renders against Prism (a third-party mock of the published spec):
 * no error state, no uncaught error in the page. In `--dynamic` mode Prism
 * leaves optional fields out, adds unknown ones and fills odd values (negative
 * ids, any string for a decimal, any JSON value for a thread message), which is
 * what the tolerant reader is for. One walk per Prism mode keeps the run short;
 * each page is its own step in the report.
 */
import { test, expect, type Page } from '@playwright/test'

/** The page has settled: its heading shows, nothing is loading, and no error state is on it. */
async function expectRendered(page: Page, heading: string | RegExp) {
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  await expect(main.getByRole('status', { name: /^Loading/ })).toHaveCount(0)
  await expect(main.getByRole('alert')).toHaveCount(0)
  await expect(main.getByText(/does not match the contract|Could not load|not found/i)).toHaveCount(0)
}

const pages: { name: string; path: string; heading: string | RegExp; subHeading?: string }[] = [
  { name: 'assistants list', path: '/assistants', heading: 'Assistants' },
  { name: 'an assistant’s configuration', path: '/assistants/prism-assistant', heading: /./ },
  { name: 'its routes', path: '/assistants/prism-assistant/routes', heading: /./, subHeading: 'Routes' },
  { name: 'its threads', path: '/assistants/prism-assistant/threads', heading: /./, subHeading: 'Threads' },
  { name: 'APIs list', path: '/apis', heading: 'APIs' },
  { name: 'an API', path: '/apis/prism-api', heading: /prism-api/ },
  { name: 'tools list', path: '/tools', heading: 'Tools' },
  { name: 'a tool', path: '/tools/1', heading: /./ },
  { name: 'playground', path: '/playground', heading: 'Playground' },
  { name: 'settings', path: '/settings', heading: 'Settings' },
]

test('every page renders without an error state or an uncaught error', async ({ page }) => {
  const pageErrors: string[] = []
  page.on('pageerror', (e) => pageErrors.push(e.message))

  await test.step('sign in', async () => {
    // The published spec has no token endpoint; scripts/prism-mock.mjs adds it, so this is the real sign-in.
    await page.goto('/settings')
    await page.getByLabel('Client ID').fill('prism-e2e')
    await page.getByLabel('Client secret').fill('prism-e2e-secret')
    await page.getByRole('button', { name: 'Save and connect' }).click()
    await expect(page.getByText(/Connected to/).first()).toBeVisible()
  })

  for (const p of pages)
    await test.step(p.name, async () => {
      await page.goto(p.path)
      await expectRendered(page, p.heading)
      if (p.subHeading)
        await expect(page.getByRole('main').getByRole('heading', { name: p.subHeading, level: 2 })).toBeVisible()
    })

  expect(pageErrors, 'uncaught errors in the page').toEqual([])
})

// Static examples hold exactly one item per list; the reader shows each one, or says why it cannot.
test('static examples: one row per list, and the code-less API as an unreadable item @static-only', async ({
  page,
}) => {
  await page.goto('/settings')
  await page.getByLabel('Client ID').fill('prism-e2e')
  await page.getByLabel('Client secret').fill('prism-e2e-secret')
  await page.getByRole('button', { name: 'Save and connect' }).click()
  await expect(page.getByText(/Connected to/).first()).toBeVisible()

  await page.goto('/assistants')
  await expect(page.getByRole('main').getByRole('link', { name: 'string', exact: true })).toBeVisible()
  await page.goto('/tools')
  await expect(page.getByRole('link', { name: 'tool-0' })).toBeVisible()
  await page.goto('/assistants/prism-assistant/routes')
  await expect(
    page.getByRole('list', { name: 'Routes' }).getByRole('link', { name: 'Route #0', exact: true }),
  ).toBeVisible()
  await page.goto('/assistants/prism-assistant/threads')
  await expect(page.getByRole('main').getByRole('link', { name: 'Thread #0', exact: true })).toBeVisible()

  await page.goto('/apis')
  await expectRendered(page, 'APIs')
  const unreadable = page.getByRole('region', { name: 'Unreadable APIs' }).getByRole('listitem')
  await expect(unreadable).toHaveCount(1)
  await expect(unreadable).toContainText('Unreadable item')
  await expect(unreadable).toContainText('#0')
  await expect(unreadable).toContainText('code is missing')
})
