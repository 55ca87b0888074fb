/** The account's routing at once: every assistant's routes, tags tested against all of them, conflicts between assistants. */
import { test, expect } from './support/test'
import { expectNoSeriousA11yViolations } from './support/a11y'

test('lists every route, flags an overlap between two assistants and tests its tags', async ({ page, api }) => {
  const queue = `q-${Date.now().toString(36)}`
  const billing = await api.createAssistant()
  const sales = await api.createAssistant()
  const add = (code: string, tags: unknown) => api.call('POST', `/apis/admin/assistants/${code}/routes/`, { tags })
  await add(billing.code, { '==': [{ var: 'queue' }, queue] })
  await add(sales.code, {
    and: [{ '==': [{ var: 'channel' }, 'webchat'] }, { in: [{ var: 'queue' }, [queue, 'other']] }],
  })

  await page.goto('/assistants')
  await page.getByRole('navigation').getByRole('link', { name: 'Routes' }).click()
  await expect(page.getByRole('heading', { name: 'Routes', level: 1 })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /route.* across/ })).toBeVisible()
  const table = page.getByRole('table', { name: 'All routes' })
  await expect(table.getByRole('row').filter({ hasText: billing.code })).toContainText(`queue == "${queue}"`)
  await expect(table.getByRole('row').filter({ hasText: sales.code })).toContainText('channel == "webchat"')

  // The overlap, with the tags that cause it.
  const conflict = page
    .getByRole('list', { name: 'Route conflicts' })
    .getByRole('listitem')
    .filter({ hasText: billing.code })
    .filter({ hasText: sales.code })
    .first()
  await expect(conflict).toContainText(`"queue":"${queue}"`)
  await expect(conflict).toContainText('"channel":"webchat"')
  await expectNoSeriousA11yViolations(page)

  // Trying those tags in the tester shows both matching, as a conflict (the sample is kept in the URL).
  await conflict.getByRole('button', { name: /Test the tags/ }).click()
  await expect(page).toHaveURL(/tags=/)
  const matching = page.getByRole('list', { name: 'Matching routes' })
  await expect(matching.getByRole('link', { name: new RegExp(billing.code) })).toBeVisible()
  await expect(matching.getByRole('link', { name: new RegExp(sales.code) })).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'Conflict' })).toContainText(billing.code)

  // Typing other tags: only one assistant matches, no conflict.
  // Typed at full speed, by keyboard: every character is kept (the URL follows without taking over the box).
  const tester = page.getByLabel('Sample tags (JSON)')
  await tester.focus()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.press('Delete')
  const typed = JSON.stringify({ queue, channel: 'sms' })
  await page.keyboard.type(typed, { delay: 0 })
  await expect(tester).toHaveValue(typed)
  await expect(matching.getByRole('link')).toHaveCount(1)
  await expect(matching.getByRole('link', { name: new RegExp(billing.code) })).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'Conflict' })).toHaveCount(0)
  await page.getByLabel('Sample tags (JSON)').fill('{"queue": ')
  await expect(page.getByText(/Invalid JSON/)).toBeVisible()
})
