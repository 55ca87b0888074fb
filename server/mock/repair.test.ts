/**
 * Odd data already in a data file (written by an older mock that stored some
 * rejected bodies, or edited by hand) never makes a list answer fail.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildSeed } from './seed/build-seed'
import { MAX_STORED_DEPTH } from './store/repair'
import { makeTestApi } from './test-helpers'

const A = '/apis/admin/assistants/'
let dir: string
let file: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mock-repair-'))
  file = path.join(dir, 'state.json')
})
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {}
  for (let i = 1; i < depth; i += 1) value = { a: value }
  return value
}

describe('a data file with records that cannot be served', () => {
  it('loads, drops only those records, keeps the original aside, and every list answers 200', async () => {
    const state = buildSeed('http://127.0.0.1:4010', 0)
    const owner = state.assistants.find((a) => a.code === 'demo-reply-suggester')
    if (!owner) throw new Error('seed changed: demo-reply-suggester is gone')
    const goodRoutesOfOwner = state.routes.filter((r) => r.assistantId === owner.id).length
    state.routes.push(
      { id: 900, assistantId: owner.id, tags: nested(10_000) }, // stored by the old mock after a 400
      { id: 901, assistantId: owner.id, tags: [1] as unknown as Record<string, unknown> },
      { id: 902, assistantId: owner.id, tags: nested(MAX_STORED_DEPTH) }, // deep but fine: kept
    )
    state.threads.push({ id: 950, assistantId: owner.id, user_id: null, content: nested(10_000) })
    state.apis.push({ id: 970, code: 'odd-api', url: 42 as unknown as string, headers: '{}' })
    state.assistants.push({ ...owner, id: 980, code: 'odd-assistant', temperature: 'hot' as unknown as number })
    state.messages.push({
      threadId: 1,
      body: { id: 990, role: 'user', content: 'x', created_at: 'now', deep: nested(10_000) },
    })
    state.counters.route = 3 // behind the ids in the file: new ids must not collide
    fs.writeFileSync(file, serialize(state))

    const lines: string[] = []
    const t = await makeTestApi({ dataFile: file, log: (line) => lines.push(line) })
    expect(lines[0]).toMatch(/^mock: dropped 6 record\(s\)/)
    expect(lines.join('\n')).toContain('routes[')
    expect(fs.readdirSync(dir).some((f) => f.startsWith('state.json.before-repair-'))).toBe(true)

    const assistants = await t.call('GET', A)
    expect(assistants.status).toBe(200)
    expect((assistants.body as Array<{ code: string }>).map((a) => a.code)).not.toContain('odd-assistant')
    expect((await t.call('GET', `${A}apis/`)).status).toBe(200)
    for (const { code } of assistants.body as Array<{ code: string }>) {
      expect((await t.call('GET', `${A}${code}/routes/`)).status).toBe(200)
      expect((await t.call('GET', `${A}${code}/threads/`)).status).toBe(200)
    }
    const routes = (await t.call('GET', `${A}demo-reply-suggester/routes/`)).body as Array<{ id: number }>
    expect(routes.map((r) => r.id)).toContain(902)
    expect(routes.map((r) => r.id)).not.toContain(900)
    expect((await t.call('GET', `${A}demo-routing-assistant/threads/1/messages/`)).status).toBe(200)
    const created = await t.call('POST', `${A}demo-reply-suggester/routes/`, { json: { tags: {} } })
    expect((created.body as { id: number }).id).toBeGreaterThan(902)
    expect(routes.length).toBe(goodRoutesOfOwner + 1)
    await t.expectConformant()
  })
})

const CLOSE = Symbol('close')

/** JSON.stringify overflows its stack on 10,000 levels, so the old mock's files are written by this iterative writer. */
function serialize(value: unknown): string {
  const out: string[] = []
  const stack: Array<unknown | { close: string }> = [value]
  const isClose = (v: unknown): v is { close: string } => typeof v === 'object' && v !== null && CLOSE in v
  while (stack.length > 0) {
    const node = stack.pop()
    if (isClose(node)) {
      out.push(node.close)
    } else if (Array.isArray(node)) {
      out.push('[')
      stack.push({ [CLOSE]: true, close: ']' })
      for (let i = node.length - 1; i >= 0; i -= 1) {
        stack.push(node[i])
        if (i > 0) stack.push({ [CLOSE]: true, close: ',' })
      }
    } else if (typeof node === 'object' && node !== null) {
      const entries = Object.entries(node)
      out.push('{')
      stack.push({ [CLOSE]: true, close: '}' })
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [k, v] = entries[i] as [string, unknown]
        stack.push(v)
        stack.push({ [CLOSE]: true, close: `${i > 0 ? ',' : ''}${JSON.stringify(k)}:` })
      }
    } else {
      out.push(JSON.stringify(node) ?? 'null')
    }
  }
  return out.join('')
}
