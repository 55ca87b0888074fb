/**
 * Secrets (`auth_token`, `secret_key`): stored and answered as sent, as the
 * reference's own GET example answers `secret_key` in clear; never in a log
 * line, never echoed by an error. Runs over real HTTP, the app mounted as the
 * console's server mounts it.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDeepslateApp, DEMO_DEEPSLATE_KEY } from './app'
import { SEED_CREATE_BODY } from './seed-example'
import { SEED_IDS, SEED_SECRETS } from './seed'
import { ASSISTANTS, MOUNT } from './test-helpers'

const TOKEN = 'kb-token-9d8c7b6a5f4e3d2c'
const HOOK_SECRET = 'hook-secret-1a2b3c4d5e6f'
const logs: string[] = []
let url: string
let close: () => Promise<void>

beforeAll(async () => {
  const app = new Hono().route(
    MOUNT,
    createDeepslateApp({ env: {}, validateResponses: true, log: (l) => logs.push(l) }),
  )
  await new Promise<void>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      url = `http://127.0.0.1:${info.port}${MOUNT}`
      close = () => new Promise((done) => server.close(() => done()))
      resolve()
    })
  })
})
afterAll(async () => {
  const report = (await (await fetch(`${url}/mock/conformance`)).json()) as { checked: number; violations: unknown[] }
  expect(report.violations).toEqual([])
  expect(report.checked).toBeGreaterThan(5)
  await close()
})

async function api(method: string, path: string, body?: unknown, key: string | null = DEMO_DEEPSLATE_KEY) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (key !== null) headers.Authorization = `Bearer ${key}`
  const res = await fetch(`${url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: res.status, text: await res.text() }
}

const withSecrets = {
  ...SEED_CREATE_BODY,
  extensions: [{ type: 'kb_search_v2', parameters: { kb_url: 'https://kb.example.com/api', auth_token: TOKEN } }],
  callEventHooks: [
    { type: 'webhook_transcript_ready_v1', parameters: { target_url: 'https://h.example/t', secret_key: HOOK_SECRET } },
  ],
}

describe('secrets over HTTP', () => {
  it('are answered as sent by create, get and update', async () => {
    const created = await api('POST', ASSISTANTS, withSecrets)
    expect(created.status).toBe(201)
    expect(created.text).toContain(TOKEN)
    expect(created.text).toContain(HOOK_SECRET)
    const id = (JSON.parse(created.text) as { data: { id: string } }).data.id
    const read = await api('GET', `${ASSISTANTS}/${id}`)
    expect(read.text).toContain(TOKEN)
    expect(read.text).toContain(HOOK_SECRET)
    const put = await api('PUT', `${ASSISTANTS}/${id}`, JSON.parse(read.text).data as unknown)
    expect(put.status).toBe(200)
    expect(put.text).toContain(HOOK_SECRET)
    const seeded = await api('GET', `${ASSISTANTS}/${SEED_IDS.receptionist}`)
    expect(seeded.text).toContain(SEED_SECRETS.receptionistWebhookSecret)
  })

  it('the list does not carry them', async () => {
    const list = await api('GET', `${ASSISTANTS}?size=100`)
    expect(list.status).toBe(200)
    for (const secret of [TOKEN, HOOK_SECRET, ...Object.values(SEED_SECRETS)]) expect(list.text).not.toContain(secret)
  })

  it('errors never echo them, not even a broken body or a wrong key', async () => {
    const answers = [
      await api('POST', ASSISTANTS, { ...withSecrets, name: '' }),
      await api('POST', ASSISTANTS, JSON.stringify(withSecrets).slice(0, -3)),
      await api('POST', ASSISTANTS, {
        ...withSecrets,
        callEventHooks: [{ type: 'webhook_transcript_ready_v1', parameters: { secret_key: { value: HOOK_SECRET } } }],
      }),
      await api('GET', ASSISTANTS, undefined, TOKEN),
    ]
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 401])
    for (const a of answers) {
      expect(a.text).not.toContain(TOKEN)
      expect(a.text).not.toContain(HOOK_SECRET)
    }
  })

  it('no log line holds a secret, the API key or a body', () => {
    expect(logs.length).toBeGreaterThan(5)
    const all = logs.join('\n')
    for (const secret of [TOKEN, HOOK_SECRET, DEMO_DEEPSLATE_KEY, ...Object.values(SEED_SECRETS)])
      expect(all).not.toContain(secret)
    expect(all).not.toContain('Help Desk Assistant')
    expect(logs.every((l) => /^deepslate (GET|POST|PUT|DELETE|OPTIONS) \S+ \d{3} \d+ms$/.test(l))).toBe(true)
  })
})
