/** Headless Chromium for the bench, found like the e2e tests find it, and closed by the cleanup. */
import { chromium, type Browser } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs'
import { onCleanup } from './cleanup'

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or install /usr/bin/chromium.')
  // --enable-precise-memory-info: performance.memory without bucketing (CDP heap figures are used anyway).
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] })
  const unregister = onCleanup('chromium', () => browser.close())
  browser.on('disconnected', unregister)
  return browser
}

/**
 * Browser-side code is written as strings (this tag inlines values as JSON):
 * functions passed to page.evaluate would go through tsx's transform, which can
 * add helpers (like __name) that do not exist in the page.
 */
export function js(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? JSON.stringify(values[i]) : ''), '')
}
