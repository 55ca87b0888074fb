/**
 * Environments: compare the mock's two tenants (default "Local mock" and
 * "Local mock - production"), promote an assistant with its API and routes
 * through a reviewed plan with the typed confirmation, recover from a failure
 * injected halfway, by mouse and by keyboard alone. Every test creates its own
 * items (unique codes) on both tenants and removes them afterwards, so tests
 * run in any order, side by side, and leave the seed as it was.
 */
import type { APIRequestContext, Page } from '@playwright/test'
import { test, expect } from './support/test'
import { expectNoSeriousA11yViolations } from './support/a11y'
import { DEMO, uniqueCode, type TestApi } from './support/api'

const PROD = '/tenants/production'
const PROD_LABEL = 'Local mock - production'

test.use({ viewport: { width: 1360, height: 1000 } })
// Each test reads both tenants (twice or more) and loads Monaco or axe: on a busy 2-core machine that takes a while.
test.describe.configure({ timeout: 60_000 })

/** The production tenant's Admin API, with the same demo client. */
async function productionApi(request: APIRequestContext, api: TestApi) {
  const res = await request.post(`${PROD}/oauth/token/`, {
    form: {
      grant_type: 'client_credentials',
      client_id: DEMO.clientId,
      client_secret: DEMO.clientSecret,
      scope: 'assistants:read assistants:write',
    },
  })
  expect(res.ok()).toBe(true)
  const token = ((await res.json()) as { access_token: string }).access_token
  const call = async <T = unknown>(method: string, path: string, body?: unknown) => {
    const r = await request.fetch(`${PROD}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { data: JSON.stringify(body) }),
    })
    const text = await r.text()
    return { status: r.status(), body: (text ? JSON.parse(text) : null) as T }
  }
  return {
    call,
    /** Removes (after the test) whatever a promotion created on production. */
    cleanupAssistant: (code: string) => api.onCleanup(() => call('DELETE', `/apis/admin/assistants/${code}/`)),
    cleanupApi: (code: string) => api.onCleanup(() => call('DELETE', `/apis/admin/assistants/apis/${code}/`)),
  }
}

/** An assistant on the default tenant that calls its own API and has two routes: what a promotion carries. */
async function stagingSet(api: TestApi, prefix: string) {
  const apiCode = uniqueCode(`${prefix}-api`)
  await api.createApi({ code: apiCode, headers: '{"Authorization": "Bearer staging-only-secret"}' })
  const assistant = await api.createAssistant({
    code: uniqueCode(prefix),
    instructions: `Look the order up with call_api (api_code ${apiCode}) and answer briefly.`,
  })
  for (const channel of ['webchat', 'email']) {
    const r = await api.call('POST', `/apis/admin/assistants/${assistant.code}/routes/`, {
      tags: { '==': [{ var: 'channel' }, channel] },
    })
    expect(r.status).toBe(201)
  }
  return { apiCode, code: assistant.code }
}

async function openCompare(page: Page, only = true) {
  await page.goto(`/environments${only ? '?only=true' : ''}`)
  await expect(page).toHaveURL(/left=mock&right=mock-production/)
  await expect(page.getByRole('region', { name: 'Left: Local mock' })).toContainText('assistants,')
  await expect(page.getByRole('region', { name: `Right: ${PROD_LABEL}` })).toContainText('assistants,')
}

const assistantRow = (page: Page, code: string) =>
  page.getByRole('list', { name: 'Assistants' }).getByRole('listitem').filter({ hasText: code })

test('compares the two mock tenants: counts, an instructions diff, header values only as same or differs', async ({
  page,
  api,
  request,
}) => {
  // Monaco's first load and two axe runs over a long page take their time on a busy machine.
  test.setTimeout(90_000)
  const prod = await productionApi(request, api)
  // One API on both sides with different header values, one with the same: only "differs"/"same" may show.
  const differing = uniqueCode('env-hdr')
  const same = uniqueCode('env-same')
  await api.createApi({ code: differing, headers: '{"Authorization": "Bearer left-value-123"}' })
  await api.createApi({ code: same, headers: '{"X-Key": "shared-value-456"}' })
  for (const [code, headers] of [
    [differing, '{"Authorization": "Bearer right-value-789"}'],
    [same, '{"X-Key": "shared-value-456"}'],
  ] as const) {
    expect(
      (await prod.call('POST', '/apis/admin/assistants/apis/', { code, url: 'http://127.0.0.1:9/none', headers }))
        .status,
    ).toBe(201)
    prod.cleanupApi(code)
  }

  await openCompare(page, false)
  // The summary and the lists come from one comparison: the counts match the rows.
  const summary = page.getByRole('table', { name: 'Summary per kind' })
  const assistantsRow = summary.getByRole('row', { name: /^Assistants/ })
  const differsCount = Number(await assistantsRow.getByRole('cell').nth(1).textContent())
  expect(differsCount).toBeGreaterThanOrEqual(1)
  await expect(
    page.getByRole('list', { name: 'Assistants' }).getByRole('listitem').filter({ hasText: 'Differs' }),
  ).toHaveCount(differsCount)
  // The seeded differences: older summarizer instructions, demo-crm missing on production.
  await expect(
    page.getByRole('list', { name: 'APIs' }).getByRole('listitem').filter({ hasText: 'demo-crm' }),
  ).toContainText('Only in Local mock')

  const summarizer = assistantRow(page, 'demo-conversation-summarizer')
  await expect(summarizer).toContainText('Differs')
  await summarizer.getByRole('button', { name: 'demo-conversation-summarizer' }).click()
  const diff = summarizer.getByRole('region', { name: 'instructions diff' })
  await expect(diff.getByRole('textbox', { name: 'Changed version' })).toBeAttached({ timeout: 20_000 })
  await expect(diff).toContainText('Write at most five sentences.')

  // Header values: "differs" and "same", never the values.
  const apis = page.getByRole('list', { name: 'APIs' })
  for (const [code, word] of [
    [differing, 'differs'],
    [same, 'same'],
  ] as const) {
    const row = apis.getByRole('listitem').filter({ hasText: code })
    await row.getByRole('button', { name: code }).click()
    await expect(row.getByRole('row', { name: new RegExp(`^(Authorization|X-Key) ${word}$`) })).toBeVisible()
  }
  const html = await page.content()
  for (const secret of ['left-value-123', 'right-value-789', 'shared-value-456']) expect(html).not.toContain(secret)

  await expectNoSeriousA11yViolations(page)

  // Only differences (kept in the URL): the same API goes, the differing one stays.
  await page.getByRole('switch', { name: 'Only differences' }).click()
  await expect(page).toHaveURL(/only=true/)
  await expect(apis.getByRole('listitem').filter({ hasText: same })).toHaveCount(0)
  await expect(apis.getByRole('listitem').filter({ hasText: differing })).toHaveCount(1)
})

test('promotes an assistant with its API and routes through a reviewed plan, then both sides are equal', async ({
  page,
  api,
  request,
}) => {
  const prod = await productionApi(request, api)
  const set = await stagingSet(api, 'env-promote')
  prod.cleanupAssistant(set.code)
  prod.cleanupApi(set.apiCode)

  await openCompare(page)
  const row = assistantRow(page, set.code)
  await expect(row).toContainText('Only in Local mock')
  await row.getByRole('checkbox', { name: `Promote assistant ${set.code}` }).check()
  await page.getByRole('button', { name: 'Plan promotion (1)' }).click()

  // The dry run, in dependency order: the API, the assistant, its routes.
  await expect(page.getByRole('heading', { name: `Promotion plan: Local mock → ${PROD_LABEL}` })).toBeFocused()
  const steps = page.getByRole('list', { name: 'Plan steps' }).getByRole('listitem')
  await expect(steps).toHaveCount(4)
  await expect(steps.nth(0)).toHaveAccessibleName(`Step 1: Create API ${set.apiCode}`)
  await expect(steps.nth(0)).toContainText('Dependency')
  await expect(steps.nth(1)).toHaveAccessibleName(`Step 2: Create assistant ${set.code}`)
  await expect(steps.nth(2)).toHaveAccessibleName(new RegExp(`^Step 3: Create route ${set.code}`))
  await expect(steps.nth(3)).toHaveAccessibleName(new RegExp(`^Step 4: Create route ${set.code}`))

  // Header value (masked) and the typed confirmation gate Apply.
  const apply = page.getByRole('button', { name: `Apply to ${PROD_LABEL}` })
  await expect(apply).toBeDisabled()
  const value = page.getByRole('textbox', { name: `Authorization value for ${set.apiCode}`, exact: true })
  await expect(value).toHaveAttribute('type', 'password')
  // The same value as on the default tenant: afterwards the header compares "same".
  await value.fill('Bearer staging-only-secret')
  await expect(apply).toBeDisabled()
  await page.getByLabel(`Type “${PROD_LABEL}” to confirm`).fill('Local mock')
  await expect(apply).toBeDisabled()
  await page.getByLabel(`Type “${PROD_LABEL}” to confirm`).fill(PROD_LABEL)
  await expectNoSeriousA11yViolations(page)
  await apply.click()

  const report = page.getByRole('list', { name: 'Report' })
  await expect(page.getByRole('heading', { name: 'Report' })).toBeFocused()
  await expect(report.getByRole('listitem')).toHaveCount(4)
  await expect(report.getByText('Done')).toHaveCount(4)
  await expect(page.getByRole('button', { name: 'Re-run plan' })).toBeDisabled()

  // Written to production, header value included (the mock answers it masked, but it is set).
  const created = await prod.call<{ headers: string }>('GET', `/apis/admin/assistants/apis/${set.apiCode}/`)
  expect(created.status).toBe(200)
  expect(Object.keys(JSON.parse(created.body.headers) as object)).toEqual(['Authorization'])
  const routes = await prod.call<unknown[]>('GET', `/apis/admin/assistants/${set.code}/routes/`)
  expect(routes.body).toHaveLength(2)

  // Back to the comparison: it was read again, the promoted items are now the same.
  await page.getByRole('button', { name: 'Back to comparison' }).click()
  await page.getByRole('switch', { name: 'Only differences' }).click()
  await expect(assistantRow(page, set.code)).toContainText('Same')
  await expect(
    page.getByRole('list', { name: 'APIs' }).getByRole('listitem').filter({ hasText: set.apiCode }),
  ).toContainText('Same')
  await expect(
    page.getByRole('list', { name: 'Routes' }).getByRole('listitem').filter({ hasText: set.code }),
  ).toHaveText([/Same/, /Same/])
})

test('a failure injected halfway is reported per item, and a re-run applies only what is left', async ({
  page,
  api,
  request,
}) => {
  const prod = await productionApi(request, api)
  const set = await stagingSet(api, 'env-fault')
  prod.cleanupAssistant(set.code)
  prod.cleanupApi(set.apiCode)
  // The next route created for this assistant on production fails with a 500 (this test's path only).
  const armed = await prod.call('POST', '/mock/faults', {
    fail_next: { method: 'POST', path: `/apis/admin/assistants/${set.code}/routes/`, status: 500 },
  })
  expect(armed.status).toBe(201)

  await openCompare(page)
  await assistantRow(page, set.code)
    .getByRole('checkbox', { name: `Promote assistant ${set.code}` })
    .check()
  await page.getByRole('button', { name: 'Plan promotion (1)' }).click()
  await page.getByLabel(`Create ${set.apiCode} without header values (flagged)`).check()
  await page.getByLabel(`Type “${PROD_LABEL}” to confirm`).fill(PROD_LABEL)
  await page.getByRole('button', { name: `Apply to ${PROD_LABEL}` }).click()

  const report = page.getByRole('list', { name: 'Report' })
  await expect(report.getByRole('listitem')).toHaveCount(4)
  const failed = report.getByRole('listitem').filter({ hasText: 'Failed' })
  await expect(failed).toHaveCount(1)
  await expect(failed).toContainText('Injected fault (mock): 500.')
  await expect(report.getByRole('listitem').filter({ hasText: 'Done' })).toHaveCount(3)
  await expect(page.getByText('1 failed')).toBeVisible()

  // Nothing is lost by a stray click: leaving asks first, and staying keeps the plan.
  await page.getByRole('link', { name: 'Assistants', exact: true }).click()
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' })
  await expect(leave).toContainText('What was already applied stays applied.')
  await leave.getByRole('button', { name: 'Stay on this page' }).click()
  await expect(page).toHaveURL(/\/environments/)

  // The re-run re-reads production: what was applied is unchanged now, only the failed route is written.
  await page.getByRole('button', { name: 'Re-run plan' }).click()
  await expect(page.getByRole('heading', { name: 'Report (run 2)' })).toBeVisible()
  await expect(report.getByRole('listitem').filter({ hasText: 'Failed' })).toHaveCount(0)
  await expect(report.getByRole('listitem').filter({ hasText: 'Done' })).toHaveCount(4)
  // The assistant and the route that did get through are left alone; the route that failed is created now.
  await expect(report.getByRole('listitem').filter({ hasText: 'Already the same; nothing sent.' })).toHaveCount(2)
  await expect(
    report.getByRole('listitem').filter({ hasText: /email/ }).filter({ hasNotText: 'Already the same' }),
  ).toContainText('Done')
  await expect(page.getByRole('button', { name: 'Re-run plan' })).toBeDisabled()
  const routes = await prod.call<unknown[]>('GET', `/apis/admin/assistants/${set.code}/routes/`)
  expect(routes.body).toHaveLength(2)

  await page.getByRole('button', { name: 'Back to comparison' }).click()
  await page.getByRole('switch', { name: 'Only differences' }).click()
  await expect(assistantRow(page, set.code)).toContainText('Same')
})

test('the promote flow works with the keyboard alone', async ({ page, api, request }) => {
  const prod = await productionApi(request, api)
  const set = await stagingSet(api, 'env-keys')
  prod.cleanupAssistant(set.code)
  prod.cleanupApi(set.apiCode)
  await openCompare(page)

  const box = assistantRow(page, set.code).getByRole('checkbox', { name: `Promote assistant ${set.code}` })
  await box.focus()
  await page.keyboard.press('Space')
  await expect(box).toBeChecked()
  // "Plan promotion" is above the lists: back up the focus order to it.
  const plan = page.getByRole('button', { name: 'Plan promotion (1)' })
  await tabUntil(page, plan, 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: /^Promotion plan/ })).toBeFocused()

  await tabUntil(page, page.getByRole('textbox', { name: `Authorization value for ${set.apiCode}`, exact: true }))
  await page.keyboard.type('Bearer staging-only-secret')
  await tabUntil(page, page.getByLabel(`Type “${PROD_LABEL}” to confirm`))
  await page.keyboard.type(PROD_LABEL)
  await tabUntil(page, page.getByRole('button', { name: `Apply to ${PROD_LABEL}` }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Report' })).toBeFocused()
  await expect(page.getByRole('list', { name: 'Report' }).getByText('Done')).toHaveCount(4)

  const back = page.getByRole('button', { name: 'Back to comparison' })
  await tabUntil(page, back)
  await page.keyboard.press('Enter')
  // Back to where the flow started: "Plan promotion" is disabled now (nothing picked is left to promote), so the heading.
  await expect(page.getByRole('button', { name: 'Plan promotion' })).toBeDisabled()
  await expect(page.getByRole('heading', { name: 'Environments', level: 1 })).toBeFocused()
  await expect(assistantRow(page, set.code)).toHaveCount(0)
})

/** Presses Tab (or Shift+Tab) until `target` has focus, at most 200 times. */
async function tabUntil(page: Page, target: ReturnType<Page['getByRole']>, key = 'Tab') {
  for (let i = 0; i < 200; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
}

test('exports picked items as a bundle without header values, and imports a bundle through the same plan', async ({
  page,
  api,
}) => {
  const set = await stagingSet(api, 'env-bundle')
  await openCompare(page)
  await assistantRow(page, set.code)
    .getByRole('checkbox', { name: `Promote assistant ${set.code}` })
    .check()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export 1 selected' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^local-mock-selected-.*\.bundle\.json$/)
  const text = await readDownload(file)
  expect(text).not.toContain('staging-only-secret')
  const bundle = JSON.parse(text) as {
    format: string
    apis: { code: string; url: string; headers: Record<string, string> }[]
    assistants: { code: string; instructions: string }[]
    routes: { assistant: string; rule: unknown }[]
  }
  expect(bundle.format).toBe('assistants-console/bundle')
  expect(bundle.apis).toEqual([
    {
      code: set.apiCode,
      url: 'http://127.0.0.1:9/none',
      headers: { Authorization: `\${secret:${set.apiCode}/Authorization}` },
    },
  ])
  expect(bundle.assistants.map((a) => a.code)).toEqual([set.code])
  expect(bundle.routes).toHaveLength(2)

  // The same configuration under new codes, plus one item the console cannot read: imported into Local mock.
  const code = uniqueCode('env-imported')
  const apiCode = uniqueCode('env-imported-api')
  api.onCleanup(() => api.call('DELETE', `/apis/admin/assistants/${code}/`))
  api.onCleanup(() => api.call('DELETE', `/apis/admin/assistants/apis/${apiCode}/`))
  const renamed = JSON.parse(text.replaceAll(set.apiCode, apiCode).replaceAll(set.code, code)) as typeof bundle & {
    assistants: unknown[]
  }
  renamed.assistants.push({ code: 'Not A Code', name: 'x', instructions: '' })

  await page.goto('/environments/import')
  await page.getByLabel('Bundle file (JSON)').setInputFiles({
    name: 'renamed.bundle.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(renamed)),
  })
  await expect(page.getByRole('list', { name: 'Problems in the bundle' })).toContainText('assistants[1] Not A Code')
  // Everything the file would change is picked: the API, the assistant and its two routes.
  await page.getByRole('button', { name: 'Plan promotion (4)' }).click()
  await expect(page.getByRole('heading', { name: 'Promotion plan: renamed.bundle.json → Local mock' })).toBeFocused()
  await page.getByRole('textbox', { name: `Authorization value for ${apiCode}`, exact: true }).fill('Bearer imported')
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('button', { name: 'Apply to Local mock' }).click()
  await expect(page.getByRole('list', { name: 'Report' }).getByText('Done')).toHaveCount(4)
  const routes = await api.call<unknown[]>('GET', `/apis/admin/assistants/${code}/routes/`)
  expect(routes.body).toHaveLength(2)
  const created = await api.call<{ instructions: string }>('GET', `/apis/admin/assistants/${code}/`)
  expect(created.body.instructions).toContain(apiCode)
})

async function readDownload(download: { createReadStream: () => Promise<NodeJS.ReadableStream> }): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

test('each side reads on its own: one failing says why and retries, one without credentials says where to add them', async ({
  page,
}) => {
  let failing = true
  await page.route('**/tenants/production/apis/admin/assistants/', (route) =>
    failing && route.request().method() === 'GET'
      ? route.fulfill({ status: 503, contentType: 'application/json', body: '{"detail": "Service unavailable."}' })
      : route.fallback(),
  )
  await page.goto('/environments')
  const right = page.getByRole('region', { name: `Right: ${PROD_LABEL}` })
  await expect(right.getByRole('alert')).toContainText(`Could not read ${PROD_LABEL}`)
  await expect(page.getByRole('region', { name: 'Left: Local mock' })).toContainText('assistants,')
  failing = false
  await right.getByRole('button', { name: 'Try again' }).click()
  await expect(right).toContainText('assistants,')
  await expect(page.getByRole('table', { name: 'Summary per kind' })).toBeVisible()

  // "Staging" is a real-account environment (the console's proxy) never signed in to in this tab.
  await page.getByLabel('Right: target').selectOption({ label: 'Staging' })
  await expect(page).toHaveURL(/right=staging/)
  const staging = page.getByRole('region', { name: 'Right: Staging' })
  await expect(staging).toContainText('No credentials for Staging in this session.')
  await expect(staging.getByRole('link', { name: 'Sign in to it in Settings' })).toHaveAttribute('href', '/settings')
  await expect(page.getByRole('table', { name: 'Summary per kind' })).toHaveCount(0)
})
