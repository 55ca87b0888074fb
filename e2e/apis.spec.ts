/** APIs: CRUD, masked header values, server errors at their fields, the unsaved-changes guard, axe. */
import { test, expect } from './support/test'
import { expectNoSeriousA11yViolations } from './support/a11y'
import { uniqueCode } from './support/api'

test('creates, reads, edits and deletes an API with masked header values', async ({ page, api }) => {
  const code = uniqueCode('e2e-api')
  const secret = `sk-e2e-${Date.now()}`
  api.onCleanup(() => api.call('DELETE', `/apis/admin/assistants/apis/${code}/`))

  await page.goto('/apis/new')
  await expect(page.getByRole('heading', { name: 'New API' })).toBeVisible()
  await page.getByLabel('Code').fill(code)
  await page.getByLabel('URL').fill('https://crm.example.com/v1')
  await page.getByRole('button', { name: 'Add header' }).click()
  await page.getByLabel('Name of header 1').fill('Authorization')
  const value = page.getByLabel('Value of Authorization', { exact: true })
  await value.fill(`Bearer ${secret}`)
  // Masked until the admin explicitly asks to see it.
  await expect(value).toHaveAttribute('type', 'password')
  await page.getByRole('button', { name: 'Show value of Authorization' }).click()
  await expect(value).toHaveAttribute('type', 'text')
  await page.getByRole('button', { name: 'Hide value of Authorization' }).click()
  await expect(value).toHaveAttribute('type', 'password')
  await page.getByRole('button', { name: 'Create API' }).click()

  await expect(page).toHaveURL(new RegExp(`/apis/${code}$`))
  await expect(page.getByRole('heading', { name: code })).toBeVisible()
  await expect(page.getByText(`API ${code} created`)).toBeVisible()
  const stored = await api.call<{ headers: string }>('GET', `/apis/admin/assistants/apis/${code}/`)
  expect(JSON.parse(stored.body.headers)).toEqual({ Authorization: `Bearer ${secret}` })

  // The list shows header names and a count, never a value.
  await page.goto(`/apis?q=${code}`)
  const row = page.getByRole('row').filter({ hasText: code })
  await expect(row).toBeVisible()
  await expect(row.getByLabel('1 header: Authorization')).toBeVisible()
  await expect(page.locator('body')).not.toContainText(secret)
  expect(await page.content()).not.toContain(secret)

  // Edit: the saved value is not in the page at all (no input, no attribute) until revealed.
  await row.getByRole('link', { name: code }).click()
  await expect(page.getByText('Value of Authorization is hidden')).toBeAttached()
  await expect(page.getByLabel('Value of Authorization', { exact: true })).toHaveCount(0)
  expect(await page.content()).not.toContain(secret)
  expect(
    await page.evaluate(() => [...document.querySelectorAll('input')].map((i) => i.value).join('\n')),
  ).not.toContain(secret)
  await page.getByRole('button', { name: 'Show value of Authorization' }).click()
  await expect(page.getByLabel('Value of Authorization', { exact: true })).toHaveValue(`Bearer ${secret}`)
  await page.getByRole('button', { name: 'Hide value of Authorization' }).click()
  // Only the changed field goes out, in a PATCH.
  await page.getByLabel('URL').fill('https://crm.example.com/v2')
  await expect(page.getByRole('region', { name: 'Unsaved changes' })).toContainText('url')
  const patch = page.waitForRequest(
    (r) => r.method() === 'PATCH' && r.url().includes(`/apis/admin/assistants/apis/${code}/`),
  )
  await page.getByRole('button', { name: 'Save changes' }).click()
  expect((await patch).postDataJSON()).toEqual({ url: 'https://crm.example.com/v2' })
  await expect(page.getByText(`API ${code} saved`)).toBeVisible()
  await expect(page.getByLabel('URL')).toHaveValue('https://crm.example.com/v2')
  await page.reload()
  await expect(page.getByLabel('URL')).toHaveValue('https://crm.example.com/v2')

  // Delete asks, naming the code.
  await page.getByRole('button', { name: 'Delete' }).click()
  const dialog = page.getByRole('dialog', { name: `Delete API ${code}?` })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: `Delete ${code}` }).click()
  await expect(page).toHaveURL(/\/apis$/)
  await expect(page.getByText(`API ${code} deleted`)).toBeVisible()
  await expect(page.getByRole('link', { name: code })).toHaveCount(0)
})

test('validation errors show at their fields and keep what was typed', async ({ page, api }) => {
  const existing = await api.createApi()
  await page.goto('/apis/new')
  await page.getByLabel('Code').fill(existing.code)
  await page.getByLabel('URL').fill('not a url')
  await page.getByRole('button', { name: 'Add header' }).click()
  await page.getByLabel('Name of header 1').fill('X-Api-Key')
  await page.getByLabel('Value of X-Api-Key', { exact: true }).fill('kept-value')
  await page.getByRole('button', { name: 'Create API' }).click()
  await expect(page.getByLabel('URL')).toHaveAccessibleDescription(/Enter a valid URL\./)

  // The duplicate code only the server knows about.
  await page.getByLabel('URL').fill('https://example.com/api')
  await page.getByRole('button', { name: 'Create API' }).click()
  await expect(page.getByLabel('Code')).toHaveAccessibleDescription(/api with this code already exists\./)
  await expect(page.getByLabel('Code')).toHaveValue(existing.code)
  await expect(page.getByLabel('URL')).toHaveValue('https://example.com/api')
  await expect(page.getByLabel('Value of X-Api-Key', { exact: true })).toHaveValue('kept-value')

  // A header value without a name is reported at Headers; nothing typed is lost.
  await page.getByLabel('Name of header 1').fill('')
  await page.getByRole('button', { name: 'Create API' }).click()
  await expect(page.getByLabel('Name of header 1')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Value of header 1', { exact: true })).toHaveValue('kept-value')
})

test('renaming an API that assistants call warns first and can update their instructions', async ({ page, api }) => {
  const created = await api.createApi()
  const assistant = await api.createAssistant({
    instructions: `Call "call_api" with api_code: ${created.code} and path /status.`,
  })
  const renamed = `${created.code}-v2`
  api.onCleanup(() => api.call('DELETE', `/apis/admin/assistants/apis/${renamed}/`))
  await page.goto(`/apis/${created.code}`)
  await expect(page.getByRole('list', { name: `Assistants mentioning ${created.code}` })).toContainText(assistant.code)
  await page.getByLabel('Code').fill(renamed)
  await page.getByRole('button', { name: 'Save changes' }).click()
  const dialog = page.getByRole('dialog', { name: `Rename ${created.code} to ${renamed}?` })
  await expect(dialog.getByRole('list', { name: 'Assistants that mention this API' })).toContainText(assistant.code)
  await expect(dialog.getByRole('checkbox', { name: /Also replace/ })).toBeChecked()
  await dialog.getByRole('button', { name: 'Rename and update instructions' }).click()
  await expect(page).toHaveURL(new RegExp(`/apis/${renamed}$`))
  await expect
    .poll(
      async () =>
        (await api.call<{ instructions: string }>('GET', `/apis/admin/assistants/${assistant.code}/`)).body
          .instructions,
    )
    .toBe(`Call "call_api" with api_code: ${renamed} and path /status.`)
})

test('Discard puts the headers back too', async ({ page, api }) => {
  const created = await api.createApi()
  await page.goto(`/apis/${created.code}`)
  await page.getByRole('button', { name: 'Add header' }).click()
  await page.getByLabel('Name of header 2').fill('X-Extra')
  await page.getByRole('button', { name: 'Remove Authorization' }).click()
  await expect(page.getByText('2 unsaved changes').or(page.getByText('1 unsaved change'))).toBeVisible()
  await page.getByRole('button', { name: 'Discard changes' }).click()
  await expect(page.getByLabel('Name of header 1')).toHaveValue('Authorization')
  await expect(page.getByLabel('Name of header 2')).toHaveCount(0)
  await expect(page.getByText('No unsaved changes')).toBeVisible()
})

test('leaving an edited API asks first', async ({ page, api }) => {
  const created = await api.createApi()
  await page.goto(`/apis/${created.code}`)
  await page.getByLabel('URL').fill('https://changed.example.com')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tools' }).click()
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Stay on this page' }).click()
  await expect(page.getByLabel('URL')).toHaveValue('https://changed.example.com')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tools' }).click()
  await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave' }).click()
  await expect(page).toHaveURL(/\/tools$/)
})

test('shows which assistants mention an API, and passes axe', async ({ page, api }) => {
  const created = await api.createApi()
  const assistant = await api.createAssistant({
    instructions: `Call "call_api" with api_code: ${created.code} and path /status.`,
  })
  await page.goto('/apis')
  await expect(page.getByRole('row').filter({ hasText: created.code })).toContainText('1 assistant')
  await expectNoSeriousA11yViolations(page)

  await page.goto(`/apis/${created.code}`)
  const users = page.getByRole('list', { name: `Assistants mentioning ${created.code}` })
  await expect(users.getByRole('link')).toContainText(assistant.code)
  await expectNoSeriousA11yViolations(page)
  await users.getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/assistants/${assistant.code}$`))

  await page.goto('/apis/new')
  await expect(page.getByLabel('Code')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('read-only connections cannot write', async ({ page, api }) => {
  const created = await api.createApi()
  await page.goto('/settings')
  await page.getByLabel('Client ID').fill('demo-readonly')
  await page.getByLabel('Client secret').fill('demo-readonly-secret')
  await page.getByRole('button', { name: 'Save and connect' }).click()
  // Navigate in the app: the read-only secret lives in memory only.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'APIs' }).click()
  await expect(page.getByText('New API')).toHaveAttribute('aria-disabled', 'true')
  await page.getByRole('link', { name: created.code }).click()
  await expect(page.getByRole('button', { name: 'Delete' })).toBeDisabled()
  await expect(page.getByLabel('URL')).toBeDisabled()
})
