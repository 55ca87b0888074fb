/** Tools catalogue: call_api with its parameters, raw JSON, example usage, who uses it; axe. */
import { test, expect } from './support/test'
import { expectNoSeriousA11yViolations } from './support/a11y'

test('the catalogue shows call_api with its parameters and the assistants that use it', async ({ page, api }) => {
  const assistant = await api.createAssistant({ tools: [12] })
  await page.goto('/tools')
  const card = page.getByRole('link', { name: 'call_api', exact: true })
  await expect(card).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await page.getByLabel('Search tools by name or description').fill('configured API')
  await expect(page).toHaveURL(/q=configured/)
  await expect(page.getByRole('list', { name: 'Tools' }).getByRole('listitem')).toHaveCount(1)
  await card.click()

  await expect(page).toHaveURL(/\/tools\/12$/)
  await expect(page.getByRole('heading', { name: 'call_api' })).toBeVisible()
  const params = page.getByRole('table', { name: 'Parameters' })
  for (const [name, required] of [
    ['api_code', 'required'],
    ['path', 'required'],
    ['method', 'required'],
    ['headers', 'optional'],
    ['payload', 'optional'],
  ] as const) {
    await expect(params.getByRole('row').filter({ hasText: name }).first()).toContainText(required)
  }
  await expect(page.getByText('When the category has been determined, call the "call_api" function:')).toBeVisible()
  const users = page.getByRole('list', { name: 'Assistants using this tool' })
  await expect(users.getByRole('link', { name: new RegExp(assistant.code) })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('tab', { name: 'JSON' }).click()
  await expect(page.getByRole('tabpanel', { name: 'JSON' })).toContainText('"api_code"')

  await users.getByRole('link', { name: new RegExp(assistant.code) }).click()
  await expect(page).toHaveURL(new RegExp(`/assistants/${assistant.code}$`))
  await page.goBack()
  await expect(page.getByRole('heading', { name: 'call_api' })).toBeVisible()
})

test('a tool that calls another assistant links to it', async ({ page }) => {
  await page.goto('/tools/13')
  await expect(page.getByRole('heading', { name: 'Source assistant' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'demo-conversation-summarizer' })).toHaveAttribute(
    'href',
    '/assistants/demo-conversation-summarizer',
  )
})

test('an unknown tool says so', async ({ page }) => {
  await page.goto('/tools/9999')
  await expect(page.getByRole('heading', { name: 'No tool #9999' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to tools' }).click()
  await expect(page).toHaveURL(/\/tools$/)
})
