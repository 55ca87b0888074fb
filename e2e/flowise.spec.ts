/**
 * Flowise assistants against the embedded Flowise mock: the list with icons
 * served by the platform, create, edit, a concurrent change merged field by
 * field, field errors where they belong, delete. Each test makes its own
 * assistants through the mock's API and removes them.
 */
import type { APIRequestContext, Page } from '@playwright/test'
import { test as base, expect } from './support/test'
import { fillEditor } from './support/editor'
import { expectNoSeriousA11yViolations } from './support/a11y'

const BASE = '/platforms/flowise'
const KEY = 'demo-flowise-key'
const OPENAI_DEMO = '7db93c02-8d5a-4117-a8f1-3dfb6721b339'

interface StoredAssistant {
  id: string
  details: string
  credential: string
  iconSrc: string | null
}
type Details = Record<string, unknown> & { name: string; instructions?: string }

class FlowiseApi {
  private readonly ids = new Set<string>()
  constructor(private readonly request: APIRequestContext) {}

  private headers = { Authorization: `Bearer ${KEY}` }

  track(id: string): void {
    this.ids.add(id)
  }

  async create(details: Partial<Details> = {}, iconSrc: string | null = '/images/support-agent.svg') {
    const name = `E2E Flowise ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
    const res = await this.request.post(`${BASE}/assistants`, {
      headers: this.headers,
      data: {
        details: JSON.stringify({
          name,
          description: 'Made by an e2e test.',
          model: 'gpt-4o-mini',
          instructions: 'You answer questions about invoices.',
          temperature: 1,
          top_p: 1,
          tools: [],
          tool_resources: {},
          ...details,
        }),
        credential: OPENAI_DEMO,
        iconSrc,
        type: 'OPENAI',
      },
    })
    expect(res.status()).toBe(200)
    const created = (await res.json()) as StoredAssistant
    this.track(created.id)
    return { ...created, name: (JSON.parse(created.details) as Details).name }
  }

  async get(id: string): Promise<{ status: number; body: StoredAssistant; details: Details }> {
    const res = await this.request.get(`${BASE}/assistants/${id}`, { headers: this.headers })
    const body = (await res.json()) as StoredAssistant
    return { status: res.status(), body, details: res.ok() ? (JSON.parse(body.details) as Details) : ({} as Details) }
  }

  async update(id: string, body: Record<string, unknown>): Promise<void> {
    const res = await this.request.put(`${BASE}/assistants/${id}`, { headers: this.headers, data: body })
    expect(res.status()).toBe(200)
  }

  async remove(id: string): Promise<number> {
    return (await this.request.delete(`${BASE}/assistants/${id}`, { headers: this.headers })).status()
  }

  async cleanup(): Promise<void> {
    for (const id of this.ids) await this.remove(id)
  }
}

const test = base.extend<{ flowise: FlowiseApi }>({
  flowise: async ({ request }, use) => {
    const api = new FlowiseApi(request)
    await use(api)
    await api.cleanup()
  },
})

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'assistants-console:connection',
      JSON.stringify({
        platform: 'flowise',
        environmentId: 'mock-flowise',
        customBaseUrl: '',
        authType: 'bearer',
        clientId: '',
        vendorId: '',
        organizationId: '',
      }),
    ),
  )
})

async function expectImageLoaded(page: Page, name: string): Promise<void> {
  const img = page.getByRole('img', { name, exact: true })
  await expect(img).toBeVisible()
  await expect
    .poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0)))
    .toBeGreaterThan(0)
}

/** Types at the end of a Monaco editor, key by key, as a person would. */
async function typeAtEnd(page: Page, editor: string, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: editor, exact: true })
  await expect(box).toBeAttached({ timeout: 15_000 })
  await box.focus()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.type(text)
}

test('lists the seeded assistants with icons served by the platform, searchable from the URL', async ({
  page,
  flowise,
}) => {
  const broken = await flowise.create({}, '/images/missing.png')
  await page.goto('/flowise/assistants')
  await expect(page.getByRole('heading', { name: 'Assistants' })).toBeVisible()
  for (const name of ['Help Center Assistant', 'Support Triage', 'Sales Data Analyst', 'Release Notes Writer'])
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible()
  const row = page.getByRole('row').filter({ hasText: 'Help Center Assistant' })
  await expect(row).toContainText('gpt-4')
  await expect(row).toContainText('Answers customer questions from the help-center articles.')
  await expect(row.getByRole('cell').last()).toContainText('2024')

  // A path is the Flowise server's, not the console's; data: URLs load as they are.
  await expect(page.getByRole('img', { name: 'Help Center Assistant icon', exact: true })).toHaveAttribute(
    'src',
    '/platforms/flowise/images/assistant.png',
  )
  await expectImageLoaded(page, 'Help Center Assistant icon')
  await expectImageLoaded(page, 'Support Triage icon')
  await expectImageLoaded(page, 'Sales Data Analyst icon')
  await expectImageLoaded(page, 'Release Notes Writer icon')
  await expect(page.getByRole('img', { name: 'Release Notes Writer icon', exact: true })).toHaveAttribute(
    'src',
    /^data:image\/svg\+xml,/,
  )
  // An icon that does not load falls back to a placeholder.
  await expect(page.getByRole('img', { name: `${broken.name} icon (no image)` })).toBeVisible()

  await page.screenshot({ path: '/tmp/flowise-list.png' })

  await page.getByRole('searchbox', { name: /Search assistants/ }).fill('triage')
  await expect(page).toHaveURL(/\?q=triage$/)
  await expect(page.getByRole('link', { name: 'Support Triage' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Help Center Assistant' })).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('searchbox', { name: /Search assistants/ })).toHaveValue('triage')
  await expect(page.getByRole('link', { name: 'Support Triage' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('creates an assistant with tools and tool resources', async ({ page, flowise }) => {
  const name = `E2E created ${Date.now().toString(36)}`
  await page.goto('/flowise/assistants')
  await page.getByRole('link', { name: 'New assistant' }).click()
  await expect(page.getByRole('heading', { name: 'New assistant' })).toBeVisible()
  await page.getByRole('textbox', { name: /^Name\b/ }).fill(name)
  await page.getByLabel('Model').fill('gpt-4o')
  await page.getByLabel('Description').fill('Reads invoices and answers billing questions.')
  await fillEditor(page, 'Instructions', 'You read the attached invoices and answer billing questions.')
  await page.getByRole('checkbox', { name: 'Code interpreter (code_interpreter)' }).check()
  await page.getByRole('checkbox', { name: 'File search (file_search)' }).check()
  await fillEditor(
    page,
    'Tool resources',
    '{"code_interpreter": {"file_ids": ["file-e2e1"]}, "file_search": {"vector_store_ids": ["vs_e2e"]}}',
  )
  await page.getByLabel('Temperature').fill('0.4')
  await page.getByLabel('Credential').selectOption({ label: 'OpenAI (demo)' })
  await page.getByLabel('Icon URL').fill('/images/data-analyst.svg')
  await expectImageLoaded(page, `Preview of ${name} icon`)
  await page.screenshot({ path: '/tmp/flowise-create.png' })
  await page.getByRole('group', { name: /Tools/ }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/flowise-create-tools.png' })

  const post = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`${BASE}/assistants`))
  await page.getByRole('button', { name: 'Create assistant' }).click()
  const sent = (await post).postDataJSON() as { details: unknown; credential: string; iconSrc: string; type: string }
  // details travels as JSON text, as a Flowise server parses it.
  expect(typeof sent.details).toBe('string')
  expect(JSON.parse(sent.details as string)).toEqual({
    name,
    description: 'Reads invoices and answers billing questions.',
    model: 'gpt-4o',
    instructions: 'You read the attached invoices and answer billing questions.',
    temperature: 0.4,
    top_p: 1,
    tools: ['code_interpreter', 'file_search'],
    tool_resources: { code_interpreter: { file_ids: ['file-e2e1'] }, file_search: { vector_store_ids: ['vs_e2e'] } },
  })
  expect(sent).toMatchObject({ credential: OPENAI_DEMO, iconSrc: '/images/data-analyst.svg', type: 'OPENAI' })

  await expect(page).toHaveURL(/\/flowise\/assistants\/[0-9a-f-]{36}$/)
  const id = page.url().split('/').pop() ?? ''
  flowise.track(id)
  await expect(page.getByRole('heading', { name })).toBeVisible()
  await expect(page.getByText(`Assistant ${name} created`)).toBeVisible()
  await expectImageLoaded(page, `${name} icon`)
  const stored = await flowise.get(id)
  expect(stored.details.tools).toEqual(['code_interpreter', 'file_search'])
  expect(stored.details.id).toMatch(/^asst_/)
  await expect(page.getByRole('checkbox', { name: 'Code interpreter (code_interpreter)' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Function calling (function)' })).not.toBeChecked()
  await expect(page.getByLabel('Credential')).toHaveValue(OPENAI_DEMO)
})

test('edits the instructions by typing and saves them', async ({ page, flowise }) => {
  const created = await flowise.create()
  await page.goto(`/flowise/assistants/${created.id}`)
  await expect(page.getByRole('heading', { name: created.name })).toBeVisible()
  await expectImageLoaded(page, `${created.name} icon`)
  await expect(page.getByRole('definition').filter({ hasText: created.id })).toBeVisible()
  await typeAtEnd(page, 'Instructions', ' Answer in one short paragraph.')
  await expect(page.getByText('1 unsaved change')).toBeVisible()
  await page.screenshot({ path: '/tmp/flowise-edit.png' })

  const put = page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith(`/assistants/${created.id}`))
  await page.getByRole('button', { name: 'Save changes' }).click()
  // Only what changed goes out: the details (whole), not the credential or icon.
  expect(Object.keys((await put).postDataJSON() as object)).toEqual(['details'])
  await expect(page.getByText(`Assistant ${created.name} saved`)).toBeVisible()
  await expect(page.getByText('No unsaved changes')).toBeVisible()
  const stored = await flowise.get(created.id)
  expect(stored.details.instructions).toBe('You answer questions about invoices. Answer in one short paragraph.')
  // Keys the form does not edit (the OpenAI assistant id) are kept.
  expect(stored.details.id).toBe((JSON.parse(created.details) as Details).id)
})

test('a rename made elsewhere merges with unsaved instruction edits, keeping both', async ({ page, flowise }) => {
  const created = await flowise.create()
  await page.goto(`/flowise/assistants/${created.id}`)
  await typeAtEnd(page, 'Instructions', ' Always cite the invoice number.')
  await expect(page.getByText('1 unsaved change')).toBeVisible()

  const renamed = `${created.name} (renamed)`
  await flowise.update(created.id, { details: JSON.stringify({ ...JSON.parse(created.details), name: renamed }) })

  await page.getByRole('button', { name: 'Save changes' }).click()
  const dialog = page.getByRole('dialog', { name: 'Someone else changed this since you opened it' })
  await expect(dialog).toContainText('Their changes and yours touch different fields: saving keeps both.')
  await expect(dialog.getByRole('rowheader', { name: /Name/ })).toContainText('Changed on the server: kept')
  await expect(dialog.getByRole('rowheader', { name: /Instructions/ })).toContainText('Changed by you: kept')
  await dialog.getByRole('button', { name: 'Save merged version' }).click()
  await expect(page.getByText(`Assistant ${renamed} saved`)).toBeVisible()
  await expect(page.getByRole('textbox', { name: /^Name\b/ })).toHaveValue(renamed)
  await expect(page.getByRole('heading', { name: renamed })).toBeVisible()
  const stored = await flowise.get(created.id)
  expect(stored.details.name).toBe(renamed)
  expect(stored.details.instructions).toBe('You answer questions about invoices. Always cite the invoice number.')
})

test('field errors show at their fields and keep what was typed', async ({ page, flowise }) => {
  const created = await flowise.create()
  await page.goto(`/flowise/assistants/${created.id}`)
  await typeAtEnd(page, 'Instructions', ' Be brief.')

  // The contract's own range check, before anything is sent.
  await page.getByLabel('Temperature').fill('3')
  await expect(page.getByLabel('Temperature')).toHaveAccessibleDescription(
    /Temperature must be a number between 0 and 2\./,
  )
  await page.getByLabel('Temperature').fill('0.5')

  // Only the server knows which credentials hold an OpenAI key: its field error lands on the select.
  await page.getByLabel('Credential').selectOption({ label: 'Anthropic (demo)' })
  const put = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(created.id))
  await page.getByRole('button', { name: 'Save changes' }).click()
  expect((await put).status()).toBe(400)
  await expect(page.getByLabel('Credential')).toHaveAccessibleDescription(/OpenAI ApiKey not found/)
  await expect(page.getByText('3 unsaved changes')).toBeVisible()
  await expect(page.getByLabel('Temperature')).toHaveValue('0.5')
  expect((await flowise.get(created.id)).details.instructions).toBe('You answer questions about invoices.')
  await page.getByLabel('Icon URL').scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/flowise-field-error.png' })

  // Fixing the one field saves everything that was typed.
  await page.getByLabel('Credential').selectOption({ label: 'OpenAI (support team)' })
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText(`Assistant ${created.name} saved`)).toBeVisible()
  const stored = await flowise.get(created.id)
  expect(stored.details).toMatchObject({
    instructions: 'You answer questions about invoices. Be brief.',
    temperature: 0.5,
  })
  expect(stored.body.credential).toBe('5c8e2b1a-9d4f-4a3b-b6c7-2e1f0a9b8c7d')
})

test('deletes through the UI, and says so when it was already deleted', async ({ page, flowise }) => {
  const first = await flowise.create()
  const second = await flowise.create()
  await page.goto(`/flowise/assistants/${first.id}`)
  await page.getByRole('button', { name: 'Delete' }).click()
  const dialog = page.getByRole('dialog', { name: `Delete assistant ${first.name}?` })
  await expect(dialog).toContainText('stays at OpenAI')
  await dialog.getByRole('button', { name: 'Delete assistant' }).click()
  await expect(page).toHaveURL(/\/flowise\/assistants$/)
  await expect(page.getByText(`Assistant ${first.name} deleted`)).toBeVisible()
  await expect(page.getByRole('link', { name: first.name })).toHaveCount(0)
  expect((await flowise.get(first.id)).status).toBe(404)

  await page.getByRole('link', { name: second.name }).click()
  await expect(page.getByRole('heading', { name: second.name })).toBeVisible()
  expect(await flowise.remove(second.id)).toBe(200)
  await page.getByRole('button', { name: 'Delete' }).click()
  await page
    .getByRole('dialog', { name: `Delete assistant ${second.name}?` })
    .getByRole('button', { name: 'Delete assistant' })
    .click()
  await expect(page.getByText(`Assistant ${second.name} was already deleted elsewhere`)).toBeVisible()
  await expect(page).toHaveURL(/\/flowise\/assistants$/)
  await expect(page.getByRole('link', { name: second.name })).toHaveCount(0)
})

test('a custom assistant (built in Flowise’s own editor) is shown read-only', async ({ page }) => {
  await page.goto('/flowise/assistants?q=travel')
  await page.getByRole('link', { name: 'Travel Planner' }).click()
  await expect(page.getByRole('heading', { name: 'Travel Planner' })).toBeVisible()
  await expect(page.getByText(/this console edits OpenAI assistants only/)).toBeVisible()
  await expect(page.getByRole('textbox', { name: /^Name\b/ })).toHaveAttribute('readonly', '')
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeDisabled()
  await expectImageLoaded(page, 'Travel Planner icon')
  await expectNoSeriousA11yViolations(page)
  await page.screenshot({ path: '/tmp/flowise-custom.png' })
})
