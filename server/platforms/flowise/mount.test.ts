/** Mounted as the integrator will mount it, behind a real HTTP server: paths, icons and conformance hold. */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ConformanceReport } from '../../mock/conformance-middleware'
import { createFlowiseApp, DEMO_FLOWISE_KEY } from './app'
import { FLOWISE_MOUNT_PATH } from './conformance'
import { SEED_ASSISTANT_ID } from './seed'
import { SEED_BODY_TEXT } from './test-helpers'

const report: ConformanceReport = { checked: 0, violations: [] }
let base = ''
let close: () => Promise<void> = async () => undefined

beforeAll(async () => {
  const root = new Hono()
  root.route(FLOWISE_MOUNT_PATH, createFlowiseApp({ env: {}, conformanceReport: report }))
  await new Promise<void>((resolve) => {
    const server = serve({ fetch: root.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}${FLOWISE_MOUNT_PATH}`
      close = () => new Promise((done) => server.close(() => done()))
      resolve()
    })
  })
})
afterAll(() => close())

const auth = { Authorization: `Bearer ${DEMO_FLOWISE_KEY}` }

describe(`mounted at ${FLOWISE_MOUNT_PATH}`, () => {
  it('serves the seed’s examples over HTTP', async () => {
    const created = await fetch(`${base}/assistants`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json', Accept: '*/*' },
      body: SEED_BODY_TEXT,
    })
    expect(created.status).toBe(200)
    expect((await fetch(`${base}/assistants/${SEED_ASSISTANT_ID}`, { headers: auth })).status).toBe(200)
    expect((await fetch(`${base}/assistants`)).status).toBe(401)
  })

  it('serves a seeded icon by its iconSrc, relative to the mount', async () => {
    const res = await fetch(`${base}/images/assistant.png`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
  })

  it('every answer, checked with the prefix on its path, conformed', () => {
    expect(report.violations).toEqual([])
    expect(report.checked).toBeGreaterThanOrEqual(4)
  })
})
