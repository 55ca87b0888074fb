/** The e2e `test` with an `api` fixture (real HTTP to the mock, cleaned up after each test). */
import { test as base, expect } from '@playwright/test'
import { fetchToken, TestApi } from './api'

export const test = base.extend<{ api: TestApi }>({
  api: async ({ request }, use) => {
    const api = new TestApi(request, await fetchToken(request))
    await use(api)
    await api.cleanup()
  },
  page: async ({ page, context }, use) => {
    // Nothing may leave the machine: any request not to loopback fails the test.
    const offsite: string[] = []
    context.on('request', (req) => {
      const url = new URL(req.url())
      if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && url.protocol.startsWith('http'))
        offsite.push(req.url())
    })
    // Zero uncaught errors in any journey: a page error fails the test that caused it.
    const uncaught: string[] = []
    page.on('pageerror', (e) => uncaught.push(`${e.name}: ${e.message}`))
    await use(page)
    expect(offsite, 'requests that left the machine').toEqual([])
    expect(uncaught, 'uncaught errors in the page').toEqual([])
  },
})

export { expect }
