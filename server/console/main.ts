/**
 * Serves the console (built app + embedded mock + proxies) on one origin:
 * http://127.0.0.1:4173 by default (PORT / HOST override). `npm start` runs
 * this after building; Playwright's webServer runs it for the e2e tests.
 *
 * Environment: PORT, HOST, CONSOLE_DIST_DIR (default dist), NO_MOCK=1,
 * DEEPDESK_ACCOUNT or DEEPDESK_STAGING_URL / DEEPDESK_PRODUCTION_URL (proxied
 * real accounts), and the mock's own MOCK_* variables (see README).
 */
import { serve } from '@hono/node-server'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { createMockBackend } from '../mock/app'
import { optionsFromEnv, resolveOptions } from '../mock/options'
import { createConsoleApp } from './app'
import { readProxyTargets } from './environments'

const port = Number(process.env.PORT ?? 4173)
const host = process.env.HOST ?? '127.0.0.1'
const distDir = resolve(process.env.CONSOLE_DIST_DIR ?? 'dist')
if (!existsSync(resolve(distDir, 'index.html'))) {
  console.error(`No built console in ${distDir}. Run \`npm run build\` first (npm start does it for you).`)
  process.exit(1)
}
const publicUrl = `http://${host}:${port}`
const proxies = readProxyTargets(process.env)
const withMock = process.env.NO_MOCK !== '1'

const mockOptions = { ...optionsFromEnv(process.env, process.argv.slice(2)), publicUrl }
const resolved = resolveOptions(mockOptions)
const backend = withMock ? createMockBackend(mockOptions) : null

const app = createConsoleApp({
  distDir,
  mock: backend
    ? {
        app: backend.app,
        clientId: resolved.clientId,
        clientSecret: resolved.clientSecret,
        ...(backend.platforms ? { platforms: backend.platforms } : {}),
      }
    : null,
  proxies,
})

serve({ fetch: app.fetch, port, hostname: host }, () => {
  console.log(`\n  Assistants Console  →  ${publicUrl}\n`)
  if (withMock) {
    console.log(`  Embedded mock backend at the same origin (demo credentials, pre-filled in the console):`)
    console.log(`    client id: ${resolved.clientId}   client secret: ${resolved.clientSecret}`)
    console.log(`    read-only: demo-readonly / demo-readonly-secret`)
    console.log(`    a second account, "Local mock - production": ${publicUrl}/tenants/production (same clients)`)
    if (backend?.platforms) {
      const { deepslate, flowise, griptape } = backend.platforms
      console.log(`  Other platforms' mocks (API keys, pre-filled in Settings):`)
      console.log(`    Deepslate  ${publicUrl}/platforms/deepslate   key ${deepslate.apiKey}`)
      console.log(`    Flowise    ${publicUrl}/platforms/flowise     key ${flowise.apiKey}`)
      console.log(`    Griptape   ${publicUrl}/platforms/griptape    key ${griptape.apiKey}`)
    }
  }
  for (const p of proxies)
    console.log(
      `  ${p.kind === 'production' ? 'PRODUCTION' : 'Staging'} proxy: ${publicUrl}/proxy/${p.id}/ → ${p.target}`,
    )
  console.log('')
})
