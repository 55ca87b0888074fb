/* global document, localStorage, matchMedia */
// Runs before the app's module script. A file, not an inline script, so the CSP's script-src stays 'self'.

// zod 4 reads this global when its core loads. jitless skips its `new Function('')` probe, which a CSP
// without 'unsafe-eval' reports as a violation on every page even though zod catches the error.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true })

// Apply the theme before first paint so dark-mode users never see a white flash.
try {
  const theme = localStorage.getItem('assistants-console:theme') || 'system'
  const dark = theme === 'dark' || (theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches)
  document.documentElement.classList.toggle('dark', dark)
} catch {
  // Storage blocked: the page starts in the light theme, as it would without this script.
}
