/**
 * Server lifecycle for the bench: the production build, the console's own
 * server (built app + embedded mock) as a child process, and a tiny static
 * server for Swagger UI. Everything started here is registered for cleanup.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { existsSync, readFileSync } from 'node:fs'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { onCleanup, withTimeout } from './cleanup'

export const ROOT = resolve(import.meta.dirname, '../..')
export const BUILD_DIR = join(ROOT, '.out/bench')

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolvePromise()
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code}):\n${output.slice(-4000)}`))
    })
  })
}

/**
 * `vite build --outDir .out/bench --sourcemap` (never dist/, which belongs to `npm start`).
 * Maps only feed the composition figures; browsers never request them.
 */
export async function buildConsole(): Promise<number> {
  const started = performance.now()
  await run(
    join(ROOT, 'node_modules/.bin/vite'),
    ['build', '--outDir', '.out/bench', '--emptyOutDir', '--sourcemap', '--logLevel', 'warn'],
    process.env,
    300_000,
  )
  return performance.now() - started
}

export interface RunningServer {
  url: string
  stop: () => Promise<void>
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (res.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 150))
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs} ms:\n${log()}`)
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    // Negative pid: the whole process group (node + tsx loader), started detached below.
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}

/** The console server (`server/console/main.ts`) serving .out/bench plus the mock, on 127.0.0.1:port. */
export async function startConsoleServer(port: number, env: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/console/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, CONSOLE_DIST_DIR: BUILD_DIR, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  const keep = (d: Buffer) => {
    log = (log + d.toString()).slice(-8000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  // Last resort if the runner dies without running the cleanup (synchronous kill on exit).
  const onExit = () => killGroup(child, 'SIGKILL')
  process.on('exit', onExit)
  const stop = async () => {
    process.off('exit', onExit)
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((r) => child.once('exit', () => r()))
    killGroup(child, 'SIGTERM')
    try {
      await withTimeout(exited, 3000, 'server exit')
    } catch {
      killGroup(child, 'SIGKILL')
      await withTimeout(exited, 3000, 'server kill').catch(() => undefined)
    }
  }
  const unregister = onCleanup(`console server :${port}`, stop)
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForHttp(`${url}/console-config.json`, child, 60_000, () => log)
  } catch (error) {
    unregister()
    await stop()
    throw error
  }
  return {
    url,
    stop: async () => {
      unregister()
      await stop()
    },
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.yaml': 'application/yaml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
}

/**
 * Serves node_modules/swagger-ui-dist unchanged, except swagger-initializer.js
 * (pointed at the local contract instead of the petstore) and /openapi.yaml.
 * No compression and no caching, like the console's server for fresh contexts.
 */
export async function startSwaggerServer(
  port: number,
  contractPath: string,
): Promise<RunningServer & { distDir: string; initializer: string }> {
  const distDir = join(ROOT, 'node_modules/swagger-ui-dist')
  if (!existsSync(join(distDir, 'swagger-ui-bundle.js')))
    throw new Error('node_modules/swagger-ui-dist is not installed')
  const initializer = `window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.yaml",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout"
  });
};
`
  const contract = readFileSync(contractPath)
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' })
      res.end(body)
    }
    if (path === '/swagger-initializer.js') return send(200, TYPES['.js'] as string, initializer)
    if (path === '/openapi.yaml') return send(200, TYPES['.yaml'] as string, contract)
    const file = normalize(join(distDir, path === '/' ? 'index.html' : path))
    if (!file.startsWith(distDir + sep) || !existsSync(file)) return send(404, 'text/plain', 'not found')
    send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file))
  })
  await new Promise<void>((r, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => r())
  })
  const stop = () =>
    new Promise<void>((r) => {
      server.closeAllConnections()
      server.close(() => r())
    })
  const unregister = onCleanup(`swagger server :${port}`, stop)
  return {
    url: `http://127.0.0.1:${port}`,
    distDir,
    initializer,
    stop: async () => {
      unregister()
      await stop()
    },
  }
}

/** The project's contract, or the shared one while the project has none. */
export function contractPath(): string {
  const own = join(ROOT, 'contract/openapi.yaml')
  return existsSync(own) ? own : '/work/shared/contract/admin-openapi.yaml'
}
