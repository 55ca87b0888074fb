// Where the e2e tests and the benchmark find Chromium: CHROMIUM_PATH, then
// Playwright's own browser if installed, then Debian's. Returns null if none.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  try {
    const own = chromium.executablePath()
    if (own && existsSync(own)) return own
  } catch {
    // Playwright's browser is not installed; fall through to the system one.
  }
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'])
    if (existsSync(p)) return p
  return null
}

/** Flags that keep headless Chromium quiet on a machine with no internet (and as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
