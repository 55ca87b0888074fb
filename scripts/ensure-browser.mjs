#!/usr/bin/env node
// Makes sure the end-to-end tests have a Chromium: Playwright's own when it is
// installed (developer laptops), else Debian's /usr/bin/chromium, installed
// with apt-get when missing and we are allowed to (root). Never downloads
// Playwright's browser build: this machine cannot reach its CDN.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'
import { findChromium } from './find-chromium.mjs'

const found = findChromium()
if (found) {
  console.log(`e2e browser: ${found}`)
  process.exit(0)
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (!isRoot) {
  console.error("No Chromium found. Install Debian's chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH.")
  process.exit(1)
}
console.log("No Chromium found: installing Debian's chromium with apt-get…")
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' })
if (!existsSync('/usr/bin/chromium')) {
  console.error('apt-get finished but /usr/bin/chromium is still missing.')
  process.exit(1)
}
console.log('e2e browser: /usr/bin/chromium')
