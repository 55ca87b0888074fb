/** Assistants CRUD through the console, against the real mock. */
import { test, expect } from './support/test'
import { uniqueCode } from './support/api'
import { assistantUrl, typeInstructions } from './support/assistant-form'

test('create an assistant through the form, choosing a tool with the keyboard only, then find it in the list', async ({
  page,
  api,
}) => {
  const code = uniqueCode('ui-create')
  api.onCleanup(() => api.call('DELETE', assistantUrl(code)))
  await page.goto('/assistants/new')
  await expect(page.getByRole('heading', { name: 'New assistant' })).toBeVisible()

  await page.getByRole('textbox', { name: /^Code/ }).fill(code)
  await page.getByRole('textbox', { name: /^Name/ }).fill('Billing helper')
  await typeInstructions(page, 'Help with invoices. Remember the intent with write_to_memory.')
  await expect(page.getByText('61 characters')).toBeVisible()

  // The tool picker, keyboard only: focus the trigger, open, search, preview, choose.
  await page.getByRole('button', { name: 'Add tool' }).focus()
  await page.keyboard.press('Enter')
  const search = page.getByRole('combobox', { name: 'Search tools' })
  await expect(search).toBeFocused()
  await page.keyboard.type('memory')
  await expect(page.getByText('Stores a piece of data under a key')).toBeVisible()
  await expect(page.getByText('When you have determined the customer')).toBeVisible()
  await page.keyboard.press('Enter')
  const chosen = page.getByRole('list', { name: 'Chosen tools' })
  await expect(chosen.getByRole('listitem')).toHaveText(['write_to_memory'])

  await page.getByRole('spinbutton', { name: /^Temperature/ }).fill('0.35')
  await page.getByRole('switch', { name: 'JSON response format' }).press('Space')
  await page.getByRole('button', { name: 'Create assistant' }).click()

  await expect(page).toHaveURL(new RegExp(`/assistants/${code}$`))
  await expect(page.getByRole('heading', { name: 'Billing helper' })).toBeVisible()
  const saved = await api.call<Record<string, unknown>>('GET', assistantUrl(code))
  expect(saved.body).toMatchObject({
    name: 'Billing helper',
    tools: [8],
    temperature: '0.35',
    response_format_json: true,
    model: 'gpt-4o',
  })

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Assistants' }).click()
  await page.getByRole('searchbox', { name: 'Search assistants by code or name' }).fill(code)
  const row = page.getByRole('row').filter({ hasText: code })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('Billing helper')
  await expect(row).toContainText('JSON')
})

test('edit shows a review with the instructions diff, sends only changed fields, and the values survive a reload', async ({
  page,
  api,
}) => {
  const a = await api.createAssistant({ instructions: 'Old instructions.', top_p: 1, tools: [12] })
  await page.goto(`/assistants/${a.code}`)
  await expect(page.getByRole('spinbutton', { name: /^Top P/ })).toHaveValue('1')
  await expect(page.getByRole('list', { name: 'Chosen tools' })).toContainText('call_api')

  await typeInstructions(page, 'New instructions, with {customer_name}.', { replace: true })
  await page.getByRole('spinbutton', { name: /^Top P/ }).fill('0.9')
  await expect(page.getByText('2 unsaved changes')).toBeVisible()
  await page.getByRole('button', { name: 'Save', exact: true }).click()

  const dialog = page.getByRole('dialog', { name: `Review changes to ${a.code}` })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('region', { name: 'Instructions diff' })).toBeVisible()
  await expect(dialog.getByRole('row', { name: /Top P/ })).toContainText('1.00')
  await expect(dialog.getByRole('row', { name: /Top P/ })).toContainText('0.90')

  const patch = page.waitForRequest((r) => r.method() === 'PATCH')
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  expect(Object.keys(((await patch).postDataJSON() as Record<string, unknown>) ?? {}).sort()).toEqual([
    'instructions',
    'top_p',
  ])
  await expect(dialog).toBeHidden()
  await expect(page.getByText('No unsaved changes')).toBeVisible()

  await page.reload()
  await expect(page.getByRole('spinbutton', { name: /^Top P/ })).toHaveValue('0.9')
  await expect(page.getByText('39 characters')).toBeVisible()
  const saved = await api.call<Record<string, unknown>>('GET', assistantUrl(a.code))
  expect(saved.body).toMatchObject({
    instructions: 'New instructions, with {customer_name}.',
    top_p: '0.90',
    tools: [12],
    temperature: '0.20',
  })
})

test('delete confirms with the code and the list drops it without a reload', async ({ page, api }) => {
  const a = await api.createAssistant()
  await page.goto(`/assistants/${a.code}`)
  await page.evaluate(() => Object.assign(window, { sameDocument: true }))
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: `Delete assistant ${a.code}?` })
  await expect(dialog).toContainText(`The assistant ${a.code} will be deleted`)
  await dialog.getByRole('button', { name: `Delete ${a.code}` }).click()

  await expect(page).toHaveURL(/\/assistants$/)
  await page.getByRole('searchbox', { name: 'Search assistants by code or name' }).fill(a.code)
  await expect(page.getByText('No assistant matches')).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
  expect((await api.call('GET', assistantUrl(a.code))).status).toBe(404)
})
