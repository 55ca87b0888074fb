/** The assistant form's safety nets: server errors, leaving, drafts and conflicts. */
import { test, expect } from './support/test'
import { assistantUrl, readDrafts, typeInstructions } from './support/assistant-form'

test('a server-side validation error shows at its field and nothing typed is lost', async ({ page, api }) => {
  const existing = await api.createAssistant()
  await page.goto('/assistants/new')
  await page.getByRole('textbox', { name: /^Code/ }).fill(existing.code)
  await page.getByRole('textbox', { name: /^Name/ }).fill('Duplicate attempt')
  await typeInstructions(page, 'Keep every word.')
  await page.getByRole('spinbutton', { name: /^Top P/ }).fill('0.5')
  await page.getByRole('button', { name: 'Create assistant' }).click()

  const code = page.getByRole('textbox', { name: /^Code/ })
  await expect(page.getByText('assistant with this code already exists.', { exact: true })).toBeVisible()
  await expect(code).toHaveAttribute('aria-invalid', 'true')
  await expect(code).toHaveAccessibleDescription(/assistant with this code already exists\./)
  await expect(page).toHaveURL(/\/assistants\/new$/)
  await expect(code).toHaveValue(existing.code)
  await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveValue('Duplicate attempt')
  await expect(page.getByRole('spinbutton', { name: /^Top P/ })).toHaveValue('0.5')
  await expect(page.getByText('16 characters')).toBeVisible()
})

test('the code is checked as it is typed', async ({ page }) => {
  await page.goto('/assistants/new')
  const code = page.getByRole('textbox', { name: /^Code/ })
  await code.fill('Bad Code')
  await expect(page.getByText('Use only lowercase letters, digits and hyphens (a-z, 0-9, -).')).toBeVisible()
  await code.fill('ok')
  await expect(page.getByText('Ensure this field has at least 3 characters.')).toBeVisible()
  await code.fill('ok-now')
  await expect(code).not.toHaveAttribute('aria-invalid', 'true')
})

test('leaving with unsaved changes asks first', async ({ page, api }) => {
  const a = await api.createAssistant()
  await page.goto(`/assistants/${a.code}`)
  await page.getByRole('textbox', { name: /^Name/ }).fill('Half-finished rename')
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
  await crumbs.getByRole('link', { name: 'Assistants' }).click()
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' })
  await ask.getByRole('button', { name: 'Stay on this page' }).click()
  await expect(ask).toBeHidden()
  await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveValue('Half-finished rename')

  await crumbs.getByRole('link', { name: 'Assistants' }).click()
  await ask.getByRole('button', { name: 'Leave' }).click()
  await expect(page).toHaveURL(/\/assistants$/)
})

test('an unsaved draft survives a reload and can be restored', async ({ page, api }) => {
  const a = await api.createAssistant({ name: 'Original name' })
  await page.goto(`/assistants/${a.code}`)
  await page.getByRole('textbox', { name: /^Name/ }).fill('Drafted name')
  await page.getByRole('switch', { name: 'Include conversation metadata' }).click()
  await expect
    .poll(() => readDrafts(page))
    .toEqual([expect.objectContaining({ name: 'Drafted name', include_conversation_metadata: true })])

  // The tab asks before it reloads with unsaved changes (beforeunload): accept.
  page.on('dialog', (d) => void d.accept())
  await page.reload()
  await expect(page.getByText(/You have an unsaved draft from/)).toBeVisible()
  await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveValue('Original name')
  await page.getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveValue('Drafted name')
  await expect(page.getByRole('switch', { name: 'Include conversation metadata' })).toBeChecked()
  await expect(page.getByText('2 unsaved changes')).toBeVisible()

  await page.getByRole('button', { name: 'Discard changes' }).click()
  await expect.poll(() => readDrafts(page)).toEqual([])
})

test('a concurrent change is merged field by field: theirs kept where I did not edit, my choice where we both did', async ({
  page,
  api,
}) => {
  const a = await api.createAssistant({ name: 'Before', instructions: 'Shared start.' })
  await page.goto(`/assistants/${a.code}`)
  await page.getByRole('textbox', { name: /^Name/ }).fill('Mine')
  await expect(page.getByText('1 unsaved change')).toBeVisible()

  // Another admin changes the name too, and the temperature I never touched.
  const theirs = await api.call('PATCH', assistantUrl(a.code), { name: 'Theirs', temperature: 0.8 })
  expect(theirs.status).toBe(200)
  await page.getByRole('button', { name: 'Save', exact: true }).click()

  const dialog = page.getByRole('dialog', { name: 'Someone else changed this since you opened it' })
  await expect(dialog).toBeVisible()
  const nameRow = dialog.getByRole('row', { name: /^Name/ })
  await expect(nameRow).toContainText('Both changed: choose')
  await expect(dialog.getByLabel('Name, mine')).toHaveText('Mine')
  await expect(dialog.getByLabel('Name, theirs')).toHaveText('Theirs')
  await expect(dialog.getByRole('row', { name: /Temperature/ })).toContainText('Changed on the server: kept')
  // Nothing is saved until every conflicting field has a side.
  await expect(dialog.getByRole('button', { name: 'Choose 1 more' })).toBeDisabled()
  await dialog.getByLabel('Keep mine for Name').check()
  await dialog.getByRole('button', { name: 'Save merged version' }).click()

  const review = page.getByRole('dialog', { name: `Review changes to ${a.code}` })
  await review.getByRole('button', { name: 'Save changes' }).click()
  await expect(review).toBeHidden()
  await expect
    .poll(async () => (await api.call<{ name: string; temperature: string }>('GET', assistantUrl(a.code))).body)
    .toMatchObject({ name: 'Mine', temperature: '0.80' })
  // The form now shows the merged version, clean.
  await expect(page.getByText('No unsaved changes')).toBeVisible()
})

test('on a conflict the server’s version can be loaded instead', async ({ page, api }) => {
  const a = await api.createAssistant({ name: 'Before' })
  await page.goto(`/assistants/${a.code}`)
  await page.getByRole('textbox', { name: /^Name/ }).fill('Mine')
  await api.call('PATCH', assistantUrl(a.code), { name: 'Theirs' })
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Someone else changed this since you opened it' })
  await dialog.getByRole('button', { name: 'Discard mine, load theirs' }).click()
  await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveValue('Theirs')
  await expect(page.getByText('No unsaved changes')).toBeVisible()
  expect((await api.call<{ name: string }>('GET', assistantUrl(a.code))).body.name).toBe('Theirs')
})
