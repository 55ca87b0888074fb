/**
 * Weight: the JS and CSS a page really requested (every response seen by the
 * browser context, workers included, until the network is idle), each file then
 * read from disk and gzipped (zlib level 6, what most servers use on the fly).
 */
import type { Browser } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface FileWeight {
  path: string
  bytes: number
  gzip: number
  monaco: boolean
}

export interface PageWeight {
  url: string
  files: FileWeight[]
  js: { bytes: number; gzip: number }
  css: { bytes: number; gzip: number }
  total: { bytes: number; gzip: number }
  /** Whether any requested file is Monaco code (monaco-editor or @monaco-editor/*). */
  monacoLoaded: boolean
  /** False when the awaited element never appeared (the figures then cover what loaded until the timeout). */
  ready: boolean
}

const ASSET = /\.(m?js|css)$/

/** Heuristic for "Monaco code": its chunk names, or strings only Monaco and its loader contain. */
function isMonaco(path: string, content: Buffer): boolean {
  if (/monaco|editor\.(api|main|worker)|json\.worker|code-editor-impl|diff-editor-impl/i.test(path)) return true
  const text = content.toString('utf8')
  return text.includes('MonacoEnvironment') || text.includes('monaco-editor')
}

/** The build has source maps (for composition.ts); their URL comment is not part of what ships. */
function stripMapComment(content: Buffer): Buffer {
  const text = content.toString('utf8')
  const stripped = text.replace(/\n?(\/\/# sourceMappingURL=\S+|\/\*# sourceMappingURL=\S+ \*\/)\s*$/, '')
  return stripped.length === text.length ? content : Buffer.from(stripped)
}

function weigh(path: string, raw: Buffer): FileWeight {
  const content = stripMapComment(raw)
  return {
    path,
    bytes: content.byteLength,
    gzip: gzipSync(content, { level: 6 }).byteLength,
    monaco: isMonaco(path, content),
  }
}

function sum(files: FileWeight[]): { bytes: number; gzip: number } {
  return files.reduce((acc, f) => ({ bytes: acc.bytes + f.bytes, gzip: acc.gzip + f.gzip }), { bytes: 0, gzip: 0 })
}

/** The JS/CSS paths (pathname) requested while loading `url` until `selector` shows and the network is idle. */
export async function requestedAssets(
  browser: Browser,
  url: string,
  selector: string,
  timeoutMs: number,
): Promise<{ paths: string[]; ready: boolean }> {
  const context = await browser.newContext()
  try {
    const origin = new URL(url).origin
    const paths = new Set<string>()
    context.on('response', (res) => {
      const u = new URL(res.url())
      if (u.origin === origin && ASSET.test(u.pathname) && res.status() < 400) paths.add(u.pathname)
    })
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'commit' })
    let ready = true
    try {
      await page.locator(selector).first().waitFor({ state: 'attached', timeout: timeoutMs })
    } catch {
      ready = false
    }
    // Lazy chunks (Monaco's workers, prefetches) start after the first paint; idle means they are in.
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
    return { paths: [...paths].sort(), ready }
  } finally {
    await context.close()
  }
}

/** Weighs requested paths; `read` maps a URL path to the bytes served (null when unknown). */
export function weighPage(
  url: string,
  paths: string[],
  ready: boolean,
  read: (path: string) => Buffer | null,
): PageWeight {
  const files: FileWeight[] = []
  for (const p of paths) {
    const content = read(p)
    if (content) files.push(weigh(p, content))
  }
  const js = sum(files.filter((f) => /\.m?js$/.test(f.path)))
  const css = sum(files.filter((f) => f.path.endsWith('.css')))
  return { url, files, js, css, total: sum(files), monacoLoaded: files.some((f) => f.monaco), ready }
}

export function readFrom(dir: string): (path: string) => Buffer | null {
  return (p) => {
    const file = join(dir, decodeURIComponent(p))
    return existsSync(file) ? readFileSync(file) : null
  }
}
