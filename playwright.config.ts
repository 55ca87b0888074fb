import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs'

const PORT = Number(process.env.E2E_PORT ?? 4180)
const executablePath = findChromium() ?? undefined

/**
 * End-to-end tests drive the built console (`npm run build` first) served by
 * the console's own server with the embedded mock, over HTTP, in real Chromium.
 * No retries: a flaky test is a broken test.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  globalTeardown: './e2e/support/global-teardown.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'node --import tsx server/console/main.ts',
    url: `http://127.0.0.1:${PORT}/console-config.json`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      MOCK_VALIDATE_RESPONSES: '1',
      MOCK_STREAM_DELAY_MS: '20',
      // The "real account" environments point back at this same server through the console's proxy,
      // so the proxy path and the production warning are tested end to end without leaving the machine.
      DEEPDESK_STAGING_URL: `http://127.0.0.1:${PORT}`,
      DEEPDESK_PRODUCTION_URL: `http://127.0.0.1:${PORT}`,
      ...(process.env.CONSOLE_DIST_DIR ? { CONSOLE_DIST_DIR: process.env.CONSOLE_DIST_DIR } : {}),
    },
  },
})
