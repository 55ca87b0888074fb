/**
 * After the suite: every answer the mock gave during the tests must have
 * validated against the project's contract (contract/openapi.yaml), and every
 * answer of the other platforms' mocks against theirs.
 */
import { request } from '@playwright/test'

export default async function globalTeardown(): Promise<void> {
  const port = Number(process.env.E2E_PORT ?? 4180)
  const ctx = await request.newContext({ baseURL: `http://127.0.0.1:${port}` })
  try {
    const tokenRes = await ctx.post('/oauth/token/', {
      form: {
        grant_type: 'client_credentials',
        client_id: 'demo-client',
        client_secret: 'demo-secret',
        scope: 'assistants:read',
      },
    })
    const token = ((await tokenRes.json()) as { access_token: string }).access_token
    const res = await ctx.get('/mock/conformance', { headers: { Authorization: `Bearer ${token}` } })
    if (!res.ok()) throw new Error(`conformance report unavailable: HTTP ${res.status()}`)
    const report = (await res.json()) as { checked: number; violations: unknown[] }
    console.log(`contract conformance: ${report.checked} answers checked, ${report.violations.length} violations`)
    if (report.checked === 0) throw new Error('The conformance check saw no answers: is MOCK_VALIDATE_RESPONSES set?')
    if (report.violations.length > 0)
      throw new Error(`Answers that break the contract:\n${JSON.stringify(report.violations.slice(0, 10), null, 2)}`)
    // The other platforms' mocks, each against its own contract (contract/<platform>.openapi.yaml).
    const platforms = await ctx.get('/mock/platforms/conformance')
    if (!platforms.ok()) throw new Error(`platform conformance reports unavailable: HTTP ${platforms.status()}`)
    for (const [name, r] of Object.entries((await platforms.json()) as Record<string, typeof report>)) {
      console.log(`${name} contract conformance: ${r.checked} answers checked, ${r.violations.length} violations`)
      if (r.violations.length > 0)
        throw new Error(
          `${name} answers that break its contract:\n${JSON.stringify(r.violations.slice(0, 10), null, 2)}`,
        )
    }
  } finally {
    await ctx.dispose()
  }
}
