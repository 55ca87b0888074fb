/**
 * `npm run bench:weight`: only the list page's weight (JS+CSS gzip), in seconds
 * rather than the full bench's minutes, for checking a change against the
 * "the assistants list never gets heavier" rule. Serves the current dist/.
 */
import { chromium } from '@playwright/test'
import { serve } from '@hono/node-server'
import { resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { createConsoleApp } from '../server/console/app'
import { createMockApp } from '../server/mock/app'
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs'
import { readFrom, requestedAssets, weighPage } from './lib/weight'

const dist = resolve(process.env.CONSOLE_DIST_DIR ?? 'dist')
const app = createConsoleApp({
  distDir: dist,
  mock: { app: createMockApp(), clientId: 'demo-client', clientSecret: 'demo-secret' },
  proxies: [],
})
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
await new Promise((r) => server.once('listening', r))
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/assistants`
const executablePath = findChromium() ?? undefined
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS })
try {
  const { paths, ready } = await requestedAssets(browser, url, 'table tbody tr', 30_000)
  const weight = weighPage(url, paths, ready, readFrom(dist))
  const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`
  for (const f of weight.files.sort((a, b) => b.gzip - a.gzip)) console.log(`${kB(f.gzip).padStart(9)}  ${f.path}`)
  console.log(
    `list page JS+CSS gzip: ${kB(weight.total.gzip)} (${weight.files.length} files; Monaco ${weight.monacoLoaded ? 'LOADED' : 'not loaded'}; ready ${ready})`,
  )
} finally {
  await browser.close()
  server.close()
}
