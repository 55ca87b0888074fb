/**
 * Deepslate assistants against the embedded mock: the list, create with a
 * knowledge base extension and a signed webhook, edit, secrets kept out of the
 * page until shown, the merge after a concurrent change, delete, and the
 * traceId of an error answer.
 */
import type { APIRequestContext, Page } from '@playwright/test'
import { test as base, expect } from './support/test'
import { fillEditor } from './support/editor'
import {
  DEEPSLATE_DEMO_ORGANIZATION_ID,
  DEEPSLATE_DEMO_STRATEGY_ID,
  DEEPSLATE_DEMO_VENDOR_ID,
  DEMO_DEEPSLATE_KEY,
} from '../src/contract/deepslate/demo'

const COLLECTION = `/platforms/deepslate/api/v1/vendors/${DEEPSLATE_DEMO_VENDOR_ID}/organizations/${DEEPSLATE_DEMO_ORGANIZATION_ID}/assistants`
const HEADERS = { Authorization: `Bearer ${DEMO_DEEPSLATE_KEY}` }

interface AssistantBody {
  id: string
  name: string
  systemPromptGreeting: string
  systemPrompt: string
  llmAudioContentGenerationStrategyId: string
  extensions: { id: string; type: string; parameters: Record<string, unknown> }[]
  callEventHooks: { id: string; type: string; parameters: Record<string, unknown> }[]
  telephoneNumberId: string | null
}

/** The mock's HTTP API for setup and cleanup: everything a test creates is deleted after it. */
class Deepslate {
  private readonly created = new Set<string>()
  constructor(private readonly request: APIRequestContext) {}

  track(id: string) {
    this.created.add(id)
  }

  async create(overrides: Partial<AssistantBody> = {}): Promise<AssistantBody> {
    const res = await this.request.post(COLLECTION, {
      headers: HEADERS,
      data: {
        name: uniqueName('E2E assistant'),
        systemPromptGreeting: 'Hello, how can I help?',
        systemPrompt: 'You answer the phone for an e2e test.',
        llmAudioContentGenerationStrategyId: DEEPSLATE_DEMO_STRATEGY_ID,
        extensions: [],
        callEventHooks: [],
        ...overrides,
      },
    })
    expect(res.status()).toBe(201)
    const body = ((await res.json()) as { data: AssistantBody }).data
    this.track(body.id)
    return body
  }

  async get(id: string): Promise<{ status: number; data: AssistantBody | null }> {
    const res = await this.request.get(`${COLLECTION}/${id}`, { headers: HEADERS })
    const body = (await res.json()) as { data?: AssistantBody }
    return { status: res.status(), data: body.data ?? null }
  }

  async replace(assistant: AssistantBody): Promise<void> {
    const res = await this.request.put(`${COLLECTION}/${assistant.id}`, { headers: HEADERS, data: assistant })
    expect(res.status()).toBe(200)
  }

  async cleanup() {
    for (const id of this.created) await this.request.delete(`${COLLECTION}/${id}`, { headers: HEADERS })
  }
}

const test = base.extend<{ deepslate: Deepslate }>({
  deepslate: async ({ request }, use) => {
    const deepslate = new Deepslate(request)
    await use(deepslate)
    await deepslate.cleanup()
  },
})

function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
}

async function connect(page: Page, ids: { vendorId: string; organizationId: string } = demoTenant()) {
  await page.addInitScript((tenant) => {
    localStorage.setItem(
      'assistants-console:connection',
      JSON.stringify({
        platform: 'deepslate',
        environmentId: 'mock-deepslate',
        customBaseUrl: '',
        authType: 'bearer',
        clientId: '',
        ...tenant,
      }),
    )
  }, ids)
}

function demoTenant() {
  return { vendorId: DEEPSLATE_DEMO_VENDOR_ID, organizationId: DEEPSLATE_DEMO_ORGANIZATION_ID }
}

async function inputValues(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('input, textarea')].map((i) => (i as HTMLInputElement).value).join('\n'),
  )
}

test('lists the seeded receptionist, sorted by name with the order in the URL', async ({ page }) => {
  await connect(page)
  await page.goto('/deepslate/assistants')
  await expect(page.getByRole('heading', { name: 'Assistants' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Front Desk Receptionist' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Page 1 of')

  await page.getByRole('button', { name: /^Name/ }).click()
  await expect(page).toHaveURL(/sort=desc/)
  await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending')

  await page.getByRole('searchbox', { name: 'Filter this page by name' }).fill('front desk')
  await expect(page).toHaveURL(/q=front/)
  await expect(page.getByRole('link', { name: 'Front Desk Receptionist' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'After-Hours Line' })).toHaveCount(0)
  await page.screenshot({ path: '/tmp/deepslate-list.png', fullPage: true })
})

test('creates an assistant with a knowledge base and a signed webhook, edits it; the secret stays out of the page until shown', async ({
  page,
  deepslate,
}) => {
  const name = uniqueName('E2E receptionist')
  const secret = `whsec_e2e_${Date.now().toString(36)}`
  await connect(page)
  await page.goto('/deepslate/assistants')
  await page.getByRole('link', { name: 'New assistant' }).click()
  await expect(page.getByRole('heading', { name: 'New assistant' })).toBeVisible()
  await page.getByRole('textbox', { name: /^Name / }).fill(name)
  await page.getByLabel('Greeting').fill('Good morning, e2e dental.')
  await fillEditor(page, 'System prompt', 'You are the e2e receptionist. Keep answers short.')
  await page.getByRole('button', { name: 'Add Knowledge Base Search' }).click()
  await page.getByLabel('Knowledge base URL of extension 1').fill('https://kb.e2e.example/search')
  await page.getByLabel('Max results of extension 1').fill('5')
  await page.getByRole('button', { name: 'Add Transcript Ready Webhook' }).click()
  await page.getByLabel('Target URL of hook 1').fill('https://crm.e2e.example/hooks')
  const typed = page.getByLabel('Secret key of hook 1', { exact: true })
  await typed.fill(secret)
  await expect(typed).toHaveAttribute('type', 'password')
  await page.screenshot({ path: '/tmp/deepslate-create.png', fullPage: true })
  await page.getByRole('button', { name: 'Create assistant' }).click()

  await expect(page).toHaveURL(/\/deepslate\/assistants\/[0-9a-f-]{36}$/)
  const id = page.url().split('/').at(-1) ?? ''
  deepslate.track(id)
  await expect(page.getByText(`Assistant ${name} created`)).toBeVisible()
  await expect(page.getByRole('heading', { name })).toBeVisible()
  const stored = await deepslate.get(id)
  expect(stored.data?.extensions[0]?.parameters).toEqual({
    kb_url: 'https://kb.e2e.example/search',
    max_results: 5,
    auth_token: null,
  })
  expect(stored.data?.callEventHooks[0]?.parameters).toEqual({
    target_url: 'https://crm.e2e.example/hooks',
    secret_key: secret,
  })

  // The saved secret is nowhere in the page (markup or input values) until asked for.
  await expect(page.getByText('Secret key of hook 1 is hidden')).toBeAttached()
  await expect(page.getByLabel('Secret key of hook 1', { exact: true })).toHaveCount(0)
  expect(await page.content()).not.toContain(secret)
  expect(await inputValues(page)).not.toContain(secret)

  // Edit the greeting; the untouched secret is sent back as the server has it.
  await page.getByLabel('Greeting').fill('Good afternoon, e2e dental.')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText(`Assistant ${name} saved`)).toBeVisible()
  const edited = await deepslate.get(id)
  expect(edited.data?.systemPromptGreeting).toBe('Good afternoon, e2e dental.')
  expect(edited.data?.callEventHooks[0]?.parameters.secret_key).toBe(secret)
  expect(await page.content()).not.toContain(secret)
  expect(await inputValues(page)).not.toContain(secret)

  await page.getByRole('button', { name: 'Show secret key of hook 1' }).click()
  await expect(page.getByLabel('Secret key of hook 1', { exact: true })).toHaveValue(secret)
  await page.screenshot({ path: '/tmp/deepslate-detail.png', fullPage: true })
  await page.getByRole('button', { name: 'Hide secret key of hook 1' }).click()
  await expect(page.getByLabel('Secret key of hook 1', { exact: true })).toHaveCount(0)
})

test('a concurrent rename merges: their name, my greeting', async ({ page, deepslate }) => {
  const mine = await deepslate.create()
  await connect(page)
  await page.goto(`/deepslate/assistants/${mine.id}`)
  await expect(page.getByRole('textbox', { name: /^Name / })).toHaveValue(mine.name)
  await page.getByLabel('Greeting').fill('My new greeting')

  const theirName = uniqueName('Renamed elsewhere')
  await deepslate.replace({ ...mine, name: theirName })

  await page.getByRole('button', { name: 'Save changes' }).click()
  const dialog = page.getByRole('dialog', { name: 'Someone else changed this since you opened it' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('Name, theirs')).toContainText(theirName)
  await expect(dialog.getByLabel('Greeting, mine')).toContainText('My new greeting')
  await page.screenshot({ path: '/tmp/deepslate-merge.png' })
  await dialog.getByRole('button', { name: 'Save merged version' }).click()
  await expect(page.getByText(`Assistant ${theirName} saved`)).toBeVisible()
  await expect(page.getByRole('textbox', { name: /^Name / })).toHaveValue(theirName)
  const stored = await deepslate.get(mine.id)
  expect(stored.data?.name).toBe(theirName)
  expect(stored.data?.systemPromptGreeting).toBe('My new greeting')
})

test('deletes an assistant through the UI', async ({ page, deepslate }) => {
  const doomed = await deepslate.create()
  await connect(page)
  await page.goto(`/deepslate/assistants/${doomed.id}`)
  await page.getByRole('button', { name: 'Delete' }).click()
  const dialog = page.getByRole('dialog', { name: `Delete assistant ${doomed.name}?` })
  await dialog.getByRole('button', { name: 'Delete assistant' }).click()
  await expect(page).toHaveURL(/\/deepslate\/assistants$/)
  await expect(page.getByText(`Assistant ${doomed.name} deleted`)).toBeVisible()
  expect((await deepslate.get(doomed.id)).status).toBe(404)
})

test('an error answer shows its message and traceId', async ({ page }) => {
  const unknownOrganization = '00000000-0000-4000-8000-000000000000'
  await connect(page, { vendorId: DEEPSLATE_DEMO_VENDOR_ID, organizationId: unknownOrganization })
  const answer = page.waitForResponse((r) => r.url().includes(`/organizations/${unknownOrganization}/assistants`))
  await page.goto('/deepslate/assistants')
  const { traceId } = (await (await answer).json()) as { traceId: string }
  expect(traceId).toMatch(/^[0-9a-f]{32}$/)
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Could not load assistants (HTTP 404)')
  await expect(alert).toContainText(`Organization not found: ${unknownOrganization}`)
  await expect(page.getByLabel('Trace ID', { exact: true })).toHaveText(traceId)
  await expect(page.getByRole('button', { name: 'Copy trace ID' })).toBeVisible()
  await page.screenshot({ path: '/tmp/deepslate-error.png' })
})

test('ids that are empty or not UUIDs point to Settings, and nothing is called', async ({ page }) => {
  const calls: string[] = []
  page.on('request', (r) => {
    if (r.url().includes('/platforms/deepslate/')) calls.push(r.url())
  })
  await connect(page, { vendorId: '', organizationId: 'not-a-uuid' })
  await page.goto('/deepslate/assistants')
  await expect(page.getByRole('heading', { name: 'Set the vendor and organization first' })).toBeVisible()
  await expect(page.getByText('The organization id “not-a-uuid” is not a UUID.')).toBeVisible()
  await expect(page.getByText('The vendor id is empty.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Open Settings', exact: true })).toHaveAttribute('href', '/settings')
  expect(calls).toEqual([])
})
