/**
 * The console runs under its own strict CSP (script-src 'self', no eval) without a single violation:
 * the theme bootstrap is a file (public/boot.js) and zod runs jitless, so its `new Function` probe
 * never happens. Chromium reports a violation both as a console message and as a DOM event; both count.
 */
import type { Page, Response } from '@playwright/test'
import { expect, test } from './support/test'

interface Violation {
  directive: string
  blocked: string
  sample: string
}

/** Starts recording violations before any page script runs, in every document of the page. */
async function recordViolations(page: Page): Promise<string[]> {
  const messages: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) messages.push(message.text())
  })
  await page.addInitScript(() => {
    const seen: Violation[] = []
    ;(window as unknown as { __cspViolations: Violation[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
    )
  })
  return messages
}

async function expectNoViolations(page: Page, messages: string[]): Promise<void> {
  const events = await page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations)
  expect(events, 'securitypolicyviolation events').toEqual([])
  expect(messages, 'CSP messages in the console').toEqual([])
}

/** The page really ran under the strict policy, and boot.js ran before the app. */
async function expectStrictPolicy(page: Page, response: Response | null): Promise<void> {
  const policy = response?.headers()['content-security-policy'] ?? ''
  expect(policy.split(';').map((d) => d.trim())).toContain("script-src 'self'")
  const bootState = await page.evaluate(() => ({
    jitless: (globalThis as unknown as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig?.jitless,
    dark: document.documentElement.classList.contains('dark'),
  }))
  // The color scheme is emulated as dark and no theme is stored: only boot.js adds the class at load.
  expect(bootState).toEqual({ jitless: true, dark: true })
}

test.use({ colorScheme: 'dark' })

test('the assistants list runs without a CSP violation', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  const messages = await recordViolations(page)
  const response = await page.goto('/assistants')
  await expect(page.getByRole('heading', { name: 'Assistants', level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: assistant.code })).toBeVisible()
  await expectNoViolations(page, messages)
  await expectStrictPolicy(page, response)
})

test('an assistant edit page, Monaco included, runs without a CSP violation', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  const messages = await recordViolations(page)
  const response = await page.goto(`/assistants/${assistant.code}`)
  await expect(page.getByRole('heading', { name: assistant.name })).toBeVisible()
  // Monaco is a large lazy chunk with a worker: the editor's textbox appears once it has loaded.
  await expect(page.getByRole('textbox', { name: 'Instructions' })).toBeAttached({ timeout: 15_000 })
  await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveValue(assistant.name)
  await expectNoViolations(page, messages)
  await expectStrictPolicy(page, response)
})

test('the playground, a streamed run included, runs without a CSP violation', async ({ page, api }) => {
  const assistant = await api.createAssistant()
  const messages = await recordViolations(page)
  const response = await page.goto(`/playground?assistant=${assistant.code}`)
  await expect(page.getByRole('heading', { name: 'Playground' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Input (JSON)' })).toBeAttached({ timeout: 15_000 })
  await page.getByRole('button', { name: /^Run/ }).click()
  await expect(page.getByRole('status', { name: 'Run status' })).toHaveText('Succeeded', { timeout: 15_000 })
  await expectNoViolations(page, messages)
  await expectStrictPolicy(page, response)
})
