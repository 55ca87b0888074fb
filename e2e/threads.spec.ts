/** Threads of an assistant: CRUD, the trace view with tool calls, posting messages, errors at fields, guard, axe. */
import { test, expect } from './support/test'
import { expectNoSeriousA11yViolations } from './support/a11y'
import { fillEditor } from './support/editor'

test('creates a thread, posts messages, edits and deletes it', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  await page.goto(`/assistants/${assistant.code}/threads`)
  await expect(page.getByRole('heading', { name: 'No threads yet' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('link', { name: 'New thread' }).first().click()
  await expect(page).toHaveURL(/\/threads\/new$/)

  await page.getByLabel(/^User ID/).fill('agent-e2e')
  await fillEditor(page, 'Content', '{"conversation_id": "conv-e2e-1", "channel": "webchat"}')
  await page.getByRole('button', { name: 'Create thread' }).click()
  await expect(page).toHaveURL(new RegExp(`/assistants/${assistant.code}/threads/\\d+$`))
  const id = Number(page.url().split('/').pop())
  await expect(page.getByText(`Thread #${id} created`)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'No messages yet' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  // Posting shows the message at once, without a reload.
  await page.getByLabel('Message content').fill('Hello from the e2e test')
  await page.getByRole('button', { name: 'Post message' }).click()
  const messages = page.getByRole('list', { name: 'Messages' })
  await expect(messages.getByRole('listitem', { name: 'Step 1: User' })).toContainText('Hello from the e2e test')
  await page.getByLabel('Role').selectOption('assistant')
  await page.getByLabel('Message content').fill('Hi! How can I help?')
  await page.getByLabel('Message content').press('Control+Enter')
  await expect(messages.getByRole('listitem', { name: 'Step 2: Assistant' })).toContainText('Hi! How can I help?')
  await expect(page.getByLabel('Message content')).toHaveValue('')

  // Edit the details: the thread is replaced with the new user_id.
  await page.getByLabel(/^User ID/).fill('agent-e2e-2')
  await page.getByRole('button', { name: 'Save thread' }).click()
  await expect(page.getByText(`Thread #${id} saved`)).toBeVisible()
  const stored = await api.call<{ user_id: string; content: unknown }>(
    'GET',
    `/apis/admin/assistants/${assistant.code}/threads/${id}/`,
  )
  expect(stored.body).toMatchObject({
    user_id: 'agent-e2e-2',
    content: { conversation_id: 'conv-e2e-1', channel: 'webchat' },
  })

  // The list reads the new user_id; filter lives in the URL.
  await page.getByRole('link', { name: 'Threads', exact: true }).first().click()
  await page.getByLabel('Filter threads by user ID or content').fill('agent-e2e-2')
  await expect(page).toHaveURL(/q=agent-e2e-2/)
  const row = page.getByRole('row').filter({ hasText: `Thread #${id}` })
  await expect(row).toContainText('agent-e2e-2')
  await expect(row).toContainText('conv-e2e-1')

  await row.getByRole('button', { name: `Delete thread #${id}` }).click()
  await page
    .getByRole('dialog', { name: `Delete thread #${id}?` })
    .getByRole('button', { name: 'Delete thread' })
    .click()
  await expect(page.getByText(`Thread #${id} deleted`)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'No threads yet' })).toBeVisible()
})

test('the thread page reads like a trace, with tool calls', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  const base = `/apis/admin/assistants/${assistant.code}/threads/`
  const thread = await api.call<{ id: number }>('POST', base, { content: { conversation_id: 'conv-trace' } })
  const post = (m: Record<string, unknown>) => api.call('POST', `${base}${thread.body.id}/messages/`, m)
  await post({ role: 'system', content: 'You categorize conversations.' })
  await post({ role: 'user', content: 'Customer wants to cancel.' })
  await post({
    role: 'assistant',
    content: '',
    tool_call: { name: 'call_api', arguments: { api_code: 'crm-e2e', path: '/cancel', method: 'PUT' } },
  })
  await post({
    role: 'tool',
    name: 'call_api',
    content: '{"ok":true}',
    tool_call: { name: 'call_api', arguments: { api_code: 'crm-e2e' }, result: { status: 200, ok: true } },
  })
  await post({ role: 'assistant', content: 'Done: categorized as cancellation.' })

  await page.goto(`/assistants/${assistant.code}/threads/${thread.body.id}`)
  const messages = page.getByRole('list', { name: 'Messages' })
  await expect(messages.getByRole('listitem')).toHaveCount(5)
  await expect(messages.getByRole('listitem', { name: 'Step 1: System' })).toContainText(
    'You categorize conversations.',
  )
  const call = messages.getByRole('listitem', { name: 'Step 3: Assistant, call_api' })
  await expect(call.getByRole('definition')).toContainText('"path": "/cancel"')
  const result = messages.getByRole('listitem', { name: 'Step 4: Tool, call_api' })
  await expect(result).toContainText('Result')
  await expect(result).toContainText('"status": 200')
  await expect(messages.getByRole('listitem', { name: 'Step 5: Assistant' })).toContainText(
    'Done: categorized as cancellation.',
  )
  await expectNoSeriousA11yViolations(page)
})

test('field errors show at their fields and keep the values', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  await page.goto(`/assistants/${assistant.code}/threads/new`)
  await page.getByLabel(/^User ID/).fill('x'.repeat(256))
  await fillEditor(page, 'Content', '{"channel": ')
  await page.getByRole('button', { name: 'Create thread' }).click()
  await expect(page.getByLabel(/^User ID/)).toHaveAccessibleDescription(
    /Ensure this field has no more than 255 characters\./,
  )
  await expect(page.getByRole('alert').filter({ hasText: 'Invalid JSON' })).toBeVisible()

  // The mock validates as the form does, so a server-only rejection is simulated (DRF shape); the rest is the real mock.
  await page.route(`**/apis/admin/assistants/${assistant.code}/threads/`, (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({ user_id: ['No such agent.'], non_field_errors: ['Thread quota reached.'] }),
        })
      : route.fallback(),
  )
  await page.getByLabel(/^User ID/).fill('agent-unknown')
  await fillEditor(page, 'Content', '{"channel": "webchat"}')
  await page.getByRole('button', { name: 'Create thread' }).click()
  await expect(page.getByLabel(/^User ID/)).toHaveAccessibleDescription(/No such agent\./)
  await expect(page.getByRole('alert').filter({ hasText: 'Thread quota reached.' })).toBeVisible()
  await expect(page.getByLabel(/^User ID/)).toHaveValue('agent-unknown')
  await expect(page).toHaveURL(/\/threads\/new$/)
})

test('leaving an edited thread asks first', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  const thread = await api.call<{ id: number }>('POST', `/apis/admin/assistants/${assistant.code}/threads/`, {
    user_id: 'agent-1',
    content: {},
  })
  await page.goto(`/assistants/${assistant.code}/threads/${thread.body.id}`)
  await page.getByLabel(/^User ID/).fill('agent-2')
  await page.getByRole('navigation', { name: 'Assistant sections' }).getByRole('link', { name: 'Routes' }).click()
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Stay on this page' }).click()
  await expect(page.getByLabel(/^User ID/)).toHaveValue('agent-2')
  await page.getByRole('navigation', { name: 'Assistant sections' }).getByRole('link', { name: 'Routes' }).click()
  await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave' }).click()
  await expect(page).toHaveURL(new RegExp(`/assistants/${assistant.code}/routes$`))
})
