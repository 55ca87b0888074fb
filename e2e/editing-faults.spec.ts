/**
 * The edit kit under faults: whatever the server, the network or the user's
 * double clicks do, the edit stays on screen, the user is told what happened,
 * and saving again works without a reload.
 */
import type { Page, Route } from '@playwright/test'
import { expect, test } from './support/test'
import { assistantUrl } from './support/assistant-form'

const nameBox = (page: Page) => page.getByRole('textbox', { name: /^Name/ })
const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true })
const banner = (page: Page) => page.getByRole('form', { name: /^Configuration of/ }).getByRole('alert')

/** Opens an assistant, edits its name, and returns a function that saves through the review dialog. */
async function editName(page: Page, code: string, name: string) {
  await page.goto(`/assistants/${code}`)
  await nameBox(page).fill(name)
  await expect(page.getByText('1 unsaved change')).toBeVisible()
}

async function saveThroughReview(page: Page, code: string) {
  await saveButton(page).click()
  const review = page.getByRole('dialog', { name: `Review changes to ${code}` })
  await review.getByRole('button', { name: 'Save changes' }).click()
  await expect(review).toBeHidden()
}

const json = (status: number, body: unknown) => (route: Route) =>
  route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) })

test('a 500 on the version check keeps the edit, says so, and a retry saves', async ({ page, api }) => {
  const a = await api.createAssistant({ name: 'Before' })
  await editName(page, a.code, 'After a failed check')
  await page.route(`**${assistantUrl(a.code)}`, (route) =>
    route.request().method() === 'GET' ? json(500, { detail: 'Internal error' })(route) : route.fallback(),
  )
  await saveButton(page).click()
  await expect(banner(page)).toContainText('The server failed while trying to check the server’s current version')
  await expect(banner(page)).toContainText('Your edits are kept.')
  await expect(nameBox(page)).toHaveValue('After a failed check')

  await page.unroute(`**${assistantUrl(a.code)}`)
  await saveThroughReview(page, a.code)
  await expect(page.getByText('No unsaved changes')).toBeVisible()
  expect((await api.call<{ name: string }>('GET', assistantUrl(a.code))).body.name).toBe('After a failed check')
})

test('a 500 on the save keeps the edit; the next save goes through', async ({ page, api }) => {
  const a = await api.createAssistant({ name: 'Before' })
  await editName(page, a.code, 'Saved at the second try')
  await page.route(`**${assistantUrl(a.code)}`, (route) =>
    route.request().method() === 'PATCH' ? json(500, { detail: 'Internal error' })(route) : route.fallback(),
  )
  await saveThroughReview(page, a.code)
  await expect(banner(page)).toContainText('The server failed while trying to save')
  await expect(nameBox(page)).toHaveValue('Saved at the second try')
  await expect(page.getByText('1 unsaved change')).toBeVisible()

  await page.unroute(`**${assistantUrl(a.code)}`)
  await saveThroughReview(page, a.code)
  await expect(page.getByText('No unsaved changes')).toBeVisible()
  expect((await api.call<{ name: string }>('GET', assistantUrl(a.code))).body.name).toBe('Saved at the second try')
})

test('a 403 says the connection may not write; the edit stays', async ({ page, api }) => {
  const a = await api.createAssistant({ name: 'Before' })
  await editName(page, a.code, 'Not allowed')
  await page.route(`**${assistantUrl(a.code)}`, (route) =>
    route.request().method() === 'PATCH'
      ? json(403, { detail: 'You do not have permission to perform this action.' })(route)
      : route.fallback(),
  )
  await saveThroughReview(page, a.code)
  await expect(banner(page)).toContainText('403 Forbidden')
  await expect(nameBox(page)).toHaveValue('Not allowed')
})

test('a 401 once is answered with a fresh token and the save goes through', async ({ page, api }) => {
  const a = await api.createAssistant({ name: 'Before' })
  await editName(page, a.code, 'After a refreshed token')
  let rejected = 0
  await page.route(`**${assistantUrl(a.code)}`, (route) => {
    if (route.request().method() === 'PATCH' && rejected === 0) {
      rejected += 1
      return json(401, { detail: 'Given token not valid for any token type' })(route)
    }
    return route.fallback()
  })
  await saveThroughReview(page, a.code)
  await expect(page.getByText('No unsaved changes')).toBeVisible()
  expect(rejected).toBe(1)
  expect((await api.call<{ name: string }>('GET', assistantUrl(a.code))).body.name).toBe('After a refreshed token')
})

test('server down, then back: the edit waits and saves', async ({ page, api }) => {
  const a = await api.createAssistant({ name: 'Before' })
  await editName(page, a.code, 'Survived an outage')
  await page.route(`**${assistantUrl(a.code)}`, (route) => route.abort('connectionrefused'))
  await saveButton(page).click()
  await expect(banner(page)).toContainText('Could not reach the server')
  await expect(nameBox(page)).toHaveValue('Survived an outage')
  await page.unroute(`**${assistantUrl(a.code)}`)
  await saveThroughReview(page, a.code)
  await expect(page.getByText('No unsaved changes')).toBeVisible()
})

test('offline, then back online: told at once, nothing lost, saved when asked', async ({ page, context, api }) => {
  const a = await api.createAssistant({ name: 'Before' })
  await editName(page, a.code, 'Written offline')
  await context.setOffline(true)
  await saveButton(page).click()
  await expect(banner(page)).toContainText('The browser is offline')
  await expect(nameBox(page)).toHaveValue('Written offline')
  await context.setOffline(false)
  await expect(banner(page)).toContainText('You are back online')
  await saveThroughReview(page, a.code)
  await expect(page.getByText('No unsaved changes')).toBeVisible()
  expect((await api.call<{ name: string }>('GET', assistantUrl(a.code))).body.name).toBe('Written offline')
})

test('an answer that breaks the contract, or an error that is not DRF-shaped, keeps the edit', async ({
  page,
  api,
}) => {
  const a = await api.createAssistant({ name: 'Before' })
  await editName(page, a.code, 'Odd answers')
  await page.route(`**${assistantUrl(a.code)}`, (route) =>
    route.request().method() === 'PATCH'
      ? json(422, { error: { code: 'invalid', message: 'Upstream says no' } })(route)
      : route.fallback(),
  )
  await saveThroughReview(page, a.code)
  await expect(banner(page)).toBeVisible()
  // Not spread over the fields: the name field shows no error of its own.
  await expect(page.getByRole('textbox', { name: /^Name/ })).not.toHaveAttribute('aria-invalid', 'true')
  await expect(nameBox(page)).toHaveValue('Odd answers')

  await page.unroute(`**${assistantUrl(a.code)}`)
  await page.route(`**${assistantUrl(a.code)}`, (route) =>
    route.request().method() === 'PATCH' ? json(200, [1, 2, 3])(route) : route.fallback(),
  )
  await saveThroughReview(page, a.code)
  await expect(banner(page)).toContainText('does not match the contract')
  await expect(nameBox(page)).toHaveValue('Odd answers')
})

test('Ctrl+S pressed again while a create is slow sends one POST', async ({ page, api }) => {
  const code = `e2e-slow-${Date.now().toString(36)}`
  api.onCleanup(() => api.call('DELETE', assistantUrl(code)))
  let posts = 0
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/apis/admin/assistants/', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback()
    posts += 1
    await held
    await route.fallback()
  })
  await page.goto('/assistants/new')
  await page.getByRole('textbox', { name: /^Code/ }).fill(code)
  await page.getByRole('textbox', { name: /^Name/ }).fill('Slow create')
  await page.getByRole('textbox', { name: /^Name/ }).focus()
  for (let i = 0; i < 4; i++) await page.keyboard.press('ControlOrMeta+s')
  await expect(page.getByRole('button', { name: 'Saving…' })).toBeDisabled()
  await page.keyboard.press('Enter')
  release()
  await expect(page).toHaveURL(new RegExp(`/assistants/${code}$`))
  expect(posts).toBe(1)
})

test('a create whose answer was lost is found on retry, not created twice', async ({ page, api }) => {
  const code = `e2e-lost-${Date.now().toString(36)}`
  api.onCleanup(() => api.call('DELETE', assistantUrl(code)))
  let dropped = false
  await page.route('**/apis/admin/assistants/', async (route) => {
    if (route.request().method() !== 'POST' || dropped) return route.fallback()
    dropped = true
    // The request reaches the server and is stored; the answer never reaches the browser.
    await route.fetch()
    await route.abort('connectionreset')
  })
  await page.goto('/assistants/new')
  await page.getByRole('textbox', { name: /^Code/ }).fill(code)
  await page.getByRole('textbox', { name: /^Name/ }).fill('Lost answer')
  await page.getByRole('button', { name: 'Create assistant' }).click()
  await expect(page.getByRole('form', { name: 'New assistant' }).getByRole('alert')).toContainText(
    'Could not reach the server',
  )
  await page.getByRole('button', { name: 'Create assistant' }).click()
  await expect(page).toHaveURL(new RegExp(`/assistants/${code}$`))
  await expect(page.getByText('Your earlier attempt had reached the server')).toBeVisible()
  const list = await api.call<{ code: string }[]>('GET', '/apis/admin/assistants/')
  expect(list.body.filter((x) => x.code === code)).toHaveLength(1)
})

test('deleting an assistant already deleted elsewhere says so, leaves the page and drops the row', async ({
  page,
  api,
}) => {
  const a = await api.createAssistant()
  await page.goto(`/assistants/${a.code}`)
  await expect(nameBox(page)).toBeVisible()
  expect((await api.call('DELETE', assistantUrl(a.code))).status).toBe(204)
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await page
    .getByRole('dialog', { name: `Delete assistant ${a.code}?` })
    .getByRole('button', { name: `Delete ${a.code}` })
    .click()
  await expect(page.getByText(`${a.code} was already deleted elsewhere`)).toBeVisible()
  await expect(page).toHaveURL(/\/assistants$/)
  await expect(page.getByRole('link', { name: a.code, exact: true })).toHaveCount(0)
})

test('a failed delete is shown inside the dialog, once, and the dialog stays', async ({ page, api }) => {
  const a = await api.createAssistant()
  await page.goto(`/assistants/${a.code}`)
  await page.route(`**${assistantUrl(a.code)}`, (route) =>
    route.request().method() === 'DELETE' ? json(500, { detail: 'Internal error' })(route) : route.fallback(),
  )
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: `Delete assistant ${a.code}?` })
  await dialog.getByRole('button', { name: `Delete ${a.code}` }).click()
  await expect(dialog.getByRole('alert')).toContainText('The server failed')
  await expect(page.getByRole('region', { name: /Notifications/ }).getByRole('listitem')).toHaveCount(0)
})
