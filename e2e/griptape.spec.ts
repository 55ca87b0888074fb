/**
 * Griptape Cloud pages against the embedded mock: assistants paged, runs
 * started and followed live over SSE (streamed output, then SUCCEEDED), a HANG
 * run cancelled, a FAILED run, runs filtered by status, a past run's events
 * page by page, and API keys (secret shown once, renamed, deactivated, deleted).
 * Every test creates its own assistant or key through the mock's HTTP API and
 * removes it afterwards.
 */
import type { APIRequestContext, Page } from '@playwright/test'
import { test as base, expect } from './support/test'

const BASE = '/platforms/griptape'

class Griptape {
  private cleanups: (() => Promise<unknown>)[] = []
  constructor(
    private readonly request: APIRequestContext,
    private readonly key: string,
  ) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const res = await this.request.fetch(`${BASE}${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.key}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { data: JSON.stringify(body) }),
    })
    const text = await res.text()
    return { status: res.status(), body: (text ? JSON.parse(text) : null) as T }
  }

  onCleanup(fn: () => Promise<unknown>) {
    this.cleanups.push(fn)
  }

  async assistant(name: string): Promise<string> {
    const { status, body } = await this.call<{ assistant_id: string }>('POST', '/assistants', {
      name,
      description: 'Made by an e2e test.',
      input: 'Answer briefly.',
    })
    expect(status).toBe(201)
    this.onCleanup(() => this.call('DELETE', `/assistants/${body.assistant_id}`))
    return body.assistant_id
  }

  /** Starts a run and waits (through the API) until it has finished. */
  async finishedRun(assistantId: string, body: Record<string, unknown>): Promise<string> {
    const { body: run } = await this.call<{ assistant_run_id: string }>('POST', `/assistants/${assistantId}/runs`, body)
    await expect
      .poll(
        async () => (await this.call<{ status: string }>('GET', `/assistant-runs/${run.assistant_run_id}`)).body.status,
      )
      .toMatch(/SUCCEEDED|FAILED|ERROR|CANCELLED/)
    return run.assistant_run_id
  }

  async cleanup() {
    for (const fn of this.cleanups.reverse()) await fn().catch(() => undefined)
  }
}

const test = base.extend<{ gt: Griptape }>({
  gt: async ({ request }, use) => {
    const config = (await (await request.get('/console-config.json')).json()) as {
      environments: { id: string; demoApiKey?: string }[]
    }
    const key = config.environments.find((e) => e.id === 'mock-griptape')?.demoApiKey
    if (!key) throw new Error('the console config has no mock-griptape environment')
    const gt = new Griptape(request, key)
    await use(gt)
    await gt.cleanup()
  },
  page: async ({ page }, use) => {
    await page.addInitScript(() =>
      localStorage.setItem(
        'assistants-console:connection',
        JSON.stringify({
          platform: 'griptape',
          environmentId: 'mock-griptape',
          customBaseUrl: '',
          authType: 'bearer',
          clientId: '',
          vendorId: '',
          organizationId: '',
        }),
      ),
    )
    await use(page)
  },
})

let n = 0
const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}-${process.pid.toString(36)}-${++n}`

const runStatus = (page: Page) => page.getByRole('status', { name: 'Run status' })

async function startRun(page: Page, input: string, mock: { outcome?: string; chunks?: string; delay?: string }) {
  await page.getByRole('textbox', { name: /^Input/ }).fill(input)
  if (mock.outcome) await page.getByLabel('Outcome').selectOption(mock.outcome)
  if (mock.chunks) await page.getByLabel('Chunks').fill(mock.chunks)
  if (mock.delay) await page.getByLabel('Step delay (ms)').fill(mock.delay)
  await page.getByRole('button', { name: 'Start run' }).click()
}

test('lists assistants a page at a time, the page in the URL', async ({ page, gt }) => {
  const name = unique('E2E listed')
  await gt.assistant(name)
  await gt.assistant(unique('E2E listed too'))
  // Other tests create assistants at the same time: find ours on a big page, then check paging on small ones.
  await page.goto('/griptape/assistants?page_size=100')
  await expect(page.getByRole('heading', { name: 'Assistants' })).toBeVisible()
  await expect(page.getByRole('link', { name })).toBeVisible()
  await page.goto('/griptape/assistants?page_size=2')
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3)
  await expect(page.getByText(/^Page 1 of \d+/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Previous page' })).toBeDisabled()
  await page.getByRole('button', { name: 'Next page' }).click()
  await expect(page).toHaveURL(/page=2/)
  await expect(page.getByText(/^Page 2 of \d+/)).toBeVisible()
  await page.goBack()
  await expect(page.getByText(/^Page 1 of \d+/)).toBeVisible()
  await page.screenshot({ path: '/tmp/griptape-assistants.png', fullPage: true })
  await page.goto('/griptape/assistants?page_size=100')
  await page.getByRole('link', { name }).click()
  await expect(page.getByRole('heading', { name })).toBeVisible()
  await page.screenshot({ path: '/tmp/griptape-assistant.png', fullPage: true })
})

test('a streamed run shows its output arriving live, then SUCCEEDED', async ({ page, gt }) => {
  const id = await gt.assistant(unique('E2E stream'))
  await page.goto(`/griptape/assistants/${id}`)
  await startRun(page, 'Where is my parcel?', { chunks: '6', delay: '400' })
  await expect(page).toHaveURL(/run=/)
  const output = page.getByRole('log', { name: 'Output' })
  // Live: text has arrived while the run is still running.
  await expect(runStatus(page)).toHaveText('Running')
  await expect(output).not.toHaveText(/Waiting/)
  await expect(runStatus(page)).toHaveText('Running')
  await page.screenshot({ path: '/tmp/griptape-live.png', fullPage: true })
  await expect(runStatus(page)).toHaveText('Succeeded', { timeout: 10_000 })
  const runId = new URL(page.url()).searchParams.get('run') ?? ''
  const { body } = await gt.call<{ status: string; output: { value: string } }>('GET', `/assistant-runs/${runId}`)
  expect(body.status).toBe('SUCCEEDED')
  await expect(output).toHaveText(body.output.value)
  await expect(page.getByRole('list', { name: 'Run events' })).toContainText('FinishStructureRunEvent')
  // The runs list shows it as succeeded.
  await expect(page.getByRole('table', { name: 'Runs' }).getByRole('row').nth(1)).toContainText('Succeeded')
  await page.screenshot({ path: '/tmp/griptape-succeeded.png', fullPage: true })
})

test('a HANG run is cancelled and shows CANCELLED', async ({ page, gt }) => {
  const id = await gt.assistant(unique('E2E hang'))
  await page.goto(`/griptape/assistants/${id}`)
  await startRun(page, 'Wait forever', { outcome: 'HANG', delay: '50' })
  await expect(runStatus(page)).toHaveText('Running')
  await page.getByRole('button', { name: 'Cancel run' }).click()
  await expect(runStatus(page)).toHaveText('Cancelled')
  await expect(page.getByText(/^Cancelled \(cancelled by/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Cancel run' })).toHaveCount(0)
  const runId = new URL(page.url()).searchParams.get('run') ?? ''
  expect((await gt.call<{ status: string }>('GET', `/assistant-runs/${runId}`)).body.status).toBe('CANCELLED')
})

test('a FAILED run is shown as failed, with its reason', async ({ page, gt }) => {
  const id = await gt.assistant(unique('E2E failed'))
  await page.goto(`/griptape/assistants/${id}`)
  await startRun(page, 'Please fail', { outcome: 'FAILED', delay: '50' })
  await expect(runStatus(page)).toHaveText('Failed')
  await expect(page.getByRole('alert').filter({ hasText: 'The run failed' })).toContainText('simulated failure')
  await page.screenshot({ path: '/tmp/griptape-failed.png', fullPage: true })
})

test('runs are filtered by status, the filter in the URL', async ({ page, gt }) => {
  const id = await gt.assistant(unique('E2E filter'))
  await gt.finishedRun(id, { input: 'ok one', _mock: { delay_ms: 0 } })
  await gt.finishedRun(id, { input: 'bad one', _mock: { outcome: 'FAILED', delay_ms: 0 } })
  await gt.finishedRun(id, { input: 'broken one', _mock: { outcome: 'ERROR', delay_ms: 0 } })
  await page.goto(`/griptape/assistants/${id}?status=FAILED`)
  const table = page.getByRole('table', { name: 'Runs' })
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table).toContainText('bad one')
  await expect(page.getByRole('checkbox', { name: 'Failed' })).toBeChecked()
  await page.getByRole('checkbox', { name: 'Error' }).check()
  await expect(page).toHaveURL(/status=FAILED%2CERROR|status=FAILED,ERROR/)
  await expect(table.getByRole('row')).toHaveCount(3)
  await expect(table).toContainText('broken one')
  await expect(table).not.toContainText('ok one')
  await page.getByRole('button', { name: 'Clear filter' }).click()
  await expect(table.getByRole('row')).toHaveCount(4)
  await page.screenshot({ path: '/tmp/griptape-runs.png', fullPage: true })
})

test("a past run's events load page by page, and one opens by id", async ({ page, gt }) => {
  const id = await gt.assistant(unique('E2E events'))
  const runId = await gt.finishedRun(id, { input: 'Long one', stream: true, _mock: { chunks: 30, delay_ms: 0 } })
  await page.goto(`/griptape/runs/${runId}`)
  await expect(page.getByRole('heading', { name: /Run/ })).toContainText('Succeeded')
  const events = page.getByRole('list', { name: 'Events of the run' })
  await expect(page.getByText('20 of 32 events')).toBeVisible()
  await expect(events.getByRole('listitem')).toHaveCount(20)
  await page.getByRole('button', { name: /Load more/ }).click()
  await expect(page.getByText('32 of 32 events')).toBeVisible()
  await expect(events.getByRole('listitem')).toHaveCount(32)
  await expect(page.getByRole('button', { name: /Load more/ })).toHaveCount(0)
  await events.getByRole('button', { name: /Open event FinishStructureRunEvent/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Event' })
  await expect(dialog.getByLabel('Event fields')).toContainText('FinishStructureRunEvent')
  await expect(dialog.getByLabel('Event fields')).toContainText(runId)
  await expect(page).toHaveURL(/event=/)
  await page.screenshot({ path: '/tmp/griptape-event.png', fullPage: true })
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(page).not.toHaveURL(/event=/)
})

test('an API key: secret shown once, renamed, deactivated, deleted', async ({ page, gt, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const name = unique('E2E key')
  let keyId = ''
  gt.onCleanup(() => (keyId ? gt.call('DELETE', `/api-keys/${keyId}`) : Promise.resolve()))
  await page.goto('/griptape/api-keys')
  await expect(page.getByRole('table', { name: 'API keys' })).toContainText('Local development')
  await page.getByRole('button', { name: 'New API key' }).click()
  const create = page.getByRole('dialog', { name: 'New API key' })
  await create.getByRole('textbox', { name: /^Name/ }).fill(name)
  const answer = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/api-keys'))
  await create.getByRole('button', { name: 'Create key' }).click()
  const created = (await (await answer).json()) as { api_key_id: string; value: string }
  keyId = created.api_key_id
  const secret = page.getByRole('dialog', { name: `API key “${name}” created` })
  await expect(secret).toContainText('you will not see it again')
  await expect(secret.getByLabel('Secret of the new API key')).toHaveText(created.value)
  await secret.getByRole('button', { name: 'Copy' }).click()
  await expect(page.getByText('API key copied')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(created.value)
  await page.screenshot({ path: '/tmp/griptape-secret.png', fullPage: true })
  await secret.getByRole('button', { name: 'I have copied it' }).click()
  await expect(secret).toHaveCount(0)
  expect(await page.content()).not.toContain(created.value)

  const row = page.getByRole('row').filter({ hasText: name })
  await expect(row).toContainText('Active')
  // Rename
  const renamed = `${name} renamed`
  await row.getByRole('button', { name: `Rename ${name}` }).click()
  const rename = page.getByRole('dialog', { name: `Rename ${name}` })
  await rename.getByRole('textbox', { name: /^Name/ }).fill(renamed)
  await rename.getByRole('button', { name: 'Rename' }).click()
  await expect(page.getByText(`API key renamed to ${renamed}`)).toBeVisible()
  const renamedRow = page.getByRole('row').filter({ hasText: renamed })
  // Deactivate
  await renamedRow.getByRole('button', { name: `Deactivate ${renamed}` }).click()
  await expect(renamedRow).toContainText('Deactivated')
  expect((await gt.call<{ name: string; active: boolean }>('GET', `/api-keys/${keyId}`)).body).toMatchObject({
    name: renamed,
    active: false,
  })
  await page.screenshot({ path: '/tmp/griptape-keys.png', fullPage: true })
  // Delete
  await renamedRow.getByRole('button', { name: `Delete ${renamed}` }).click()
  await page
    .getByRole('dialog', { name: `Delete API key ${renamed}?` })
    .getByRole('button', { name: 'Delete key' })
    .click()
  await expect(page.getByRole('row').filter({ hasText: renamed })).toHaveCount(0)
  expect((await gt.call('GET', `/api-keys/${keyId}`)).status).toBe(404)
  expect(await page.content()).not.toContain(created.value)
})

test('users are listed, each with a link to the keys they created', async ({ page }) => {
  await page.goto('/griptape/users')
  const row = page.getByRole('row').filter({ hasText: 'avery.chen@example.com' })
  await expect(row).toContainText('Avery Chen')
  await row.getByRole('link', { name: 'API keys' }).click()
  await expect(page.getByRole('heading', { name: /Avery Chen’s keys/ })).toBeVisible()
  await page.screenshot({ path: '/tmp/griptape-users-keys.png', fullPage: true })
})
