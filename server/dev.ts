/**
 * `npm run dev`: Vite with hot reload on http://127.0.0.1:5173 (PORT overrides),
 * with the embedded mock, console config and proxies served by the console's
 * server on the next port, behind Vite's proxy (same origin for the browser).
 */
import { serve } from '@hono/node-server'
import { createServer } from 'vite'
import { createMockBackend } from './mock/app'
import { optionsFromEnv, resolveOptions } from './mock/options'
import { createConsoleApp } from './console/app'
import { readProxyTargets } from './console/environments'

const port = Number(process.env.PORT ?? 5173)
const apiPort = port + 1
const host = process.env.HOST ?? '127.0.0.1'
const publicUrl = `http://${host}:${port}`
const mockOptions = { ...optionsFromEnv(process.env, process.argv.slice(2)), publicUrl }
const resolved = resolveOptions(mockOptions)
const withMock = process.env.NO_MOCK !== '1'
const backend = withMock ? createMockBackend(mockOptions) : null
const api = createConsoleApp({
  distDir: null,
  mock: backend
    ? {
        app: backend.app,
        clientId: resolved.clientId,
        clientSecret: resolved.clientSecret,
        ...(backend.platforms ? { platforms: backend.platforms } : {}),
      }
    : null,
  proxies: readProxyTargets(process.env),
})
serve({ fetch: api.fetch, port: apiPort, hostname: host })

const target = `http://${host}:${apiPort}`
const proxied = [
  '/apis/admin/',
  '/api/',
  '/oauth',
  '/mock',
  '/proxy',
  '/platforms/',
  '/tenants/',
  '/console-config.json',
]
const vite = await createServer({
  server: {
    port,
    host,
    strictPort: true,
    proxy: Object.fromEntries(proxied.map((p) => [p, { target, changeOrigin: false }])),
  },
})
await vite.listen()
console.log(`\n  Assistants Console (dev, hot reload)  →  ${publicUrl}`)
if (withMock) console.log(`  Embedded mock: client id ${resolved.clientId}, secret ${resolved.clientSecret}\n`)
