import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs'

/**
 * Conformance: the built console against Prism, a third-party mock generated
 * from the PUBLISHED spec (../shared/contract/admin-openapi.yaml), not our own
 * mock. Two Prism servers: static examples, and `--dynamic` data (odd values,
 * optional fields left out, extra fields) seeded so a run is repeatable. Each
 * is reached through its own console server (no embedded mock), proxied as
 * the "staging" environment, the way a real account is.
 * Run: `npx playwright test -c e2e/prism/playwright.config.ts` after a build.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const BASE_PORT = Number(process.env.E2E_PRISM_PORT ?? 4280)
const SEED = process.env.E2E_PRISM_SEED ?? '7'
const executablePath = findChromium() ?? undefined

const modes = [
  { name: 'prism-static', prismArgs: [] as string[], grepInvert: undefined },
  { name: 'prism-dynamic', prismArgs: ['--dynamic', '--seed', SEED], grepInvert: /@static-only/ },
].map((mode, i) => ({ ...mode, prismPort: BASE_PORT + 2 * i, consolePort: BASE_PORT + 2 * i + 1 }))

export default defineConfig({
  testDir: '.',
  testMatch: '*.prism.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // One test walks ten pages; generous for a loaded CI machine, not a wait.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: '../../playwright-report/prism' }]],
  outputDir: '../../test-results/prism',
  use: {
    browserName: 'chromium',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: modes.map((m) => ({
    name: m.name,
    ...(m.grepInvert ? { grepInvert: m.grepInvert } : {}),
    use: { baseURL: `http://127.0.0.1:${m.consolePort}` },
  })),
  webServer: modes.flatMap((m) => [
    {
      name: m.name,
      command: ['node scripts/prism-mock.mjs', '--port', m.prismPort, '--host 127.0.0.1', ...m.prismArgs].join(' '),
      cwd: ROOT,
      // Without a token Prism answers 401 (the spec requires bearer auth): it is listening.
      url: `http://127.0.0.1:${m.prismPort}/apis/admin/assistants/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore' as const,
    },
    {
      name: `console for ${m.name}`,
      command: 'node --import tsx server/console/main.ts',
      cwd: ROOT,
      url: `http://127.0.0.1:${m.consolePort}/console-config.json`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(m.consolePort),
        NO_MOCK: '1',
        DEEPDESK_STAGING_URL: `http://127.0.0.1:${m.prismPort}`,
        ...(process.env.CONSOLE_DIST_DIR ? { CONSOLE_DIST_DIR: process.env.CONSOLE_DIST_DIR } : {}),
      },
    },
  ]),
})
