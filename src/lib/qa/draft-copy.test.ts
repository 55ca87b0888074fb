import { describe, expect, it, vi } from 'vitest'
import { ApiClient } from '@/api/http-client'
import type { AuthSource } from '@/api/auth-source'
import { CODE_PATTERN } from '@/contract/common'
import { assistantWriteSchema, type Assistant } from '@/contract/assistant'
import { createDraftCopy, deleteDraftCopy, draftCopyBody } from './draft-copy'
import { draftCopyCode, draftCopyOrigin, findLeftoverCopies, isDraftCopyCode, randomSuffix } from './draft-copy-code'

const auth: AuthSource = { scopes: null, getToken: async () => 't', invalidate: () => false }

const original: Assistant = {
  id: 7,
  code: 'routing',
  name: 'Routing assistant',
  instructions: 'Route it.',
  model: 'gpt-4o',
  temperature: '0.20',
  top_p: '1.00',
  tools: [1, 3],
  tools_json: '[]',
  include_conversation_transcript: true,
  include_conversation_metadata: false,
}
const draft = {
  code: 'routing',
  name: 'Routing assistant',
  instructions: 'Route it differently.',
  model: 'gpt-4' as const,
  temperature: 0.5,
  top_p: 1,
  response_format_json: false,
  include_conversation_transcript: true,
  include_conversation_metadata: false,
  tools: [1, 3],
}

/** A tiny Admin API over a Map: POST creates (400 on a taken code), DELETE removes (404 when absent). */
function fakeServer(taken: string[] = []) {
  const store = new Map<string, unknown>(taken.map((c) => [c, { code: c }]))
  const calls: { method: string; url: string; body: unknown }[] = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input)
    const method = init?.method ?? 'GET'
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : null
    calls.push({ method, url, body })
    const json = (b: unknown, status: number) =>
      new Response(JSON.stringify(b), { status, headers: { 'Content-Type': 'application/json' } })
    if (method === 'POST' && body) {
      const code = String(body.code)
      if (store.has(code)) return json({ code: ['assistant with this code already exists.'] }, 400)
      const created = { id: store.size + 100, ...body }
      store.set(code, created)
      return json(created, 201)
    }
    const m = /assistants\/([^/]+)\/$/.exec(url)
    if (method === 'DELETE' && m?.[1]) {
      const code = decodeURIComponent(m[1])
      if (code.endsWith('boom00')) return json({ detail: 'Server error.' }, 500)
      if (!store.delete(code)) return json({ detail: 'Not found.' }, 404)
      return new Response(null, { status: 204 })
    }
    return json({ detail: 'Server error.' }, 500)
  })
  const client = new ApiClient({ baseUrl: 'http://h', key: 'k', auth, fetch })
  return { client, store, calls }
}

describe('draft copy codes', () => {
  it('derives a marked code from the original that the contract accepts', () => {
    const code = draftCopyCode('routing', 'ab12cd')
    expect(code).toBe('routing--draft-test-ab12cd')
    expect(CODE_PATTERN.test(code)).toBe(true)
    expect(isDraftCopyCode(code)).toBe(true)
    expect(draftCopyOrigin(code)).toBe('routing')
  })

  it('stays within 255 characters for the longest original codes', () => {
    const code = draftCopyCode('a'.repeat(255), 'zzzzzz')
    expect(code).toHaveLength(255)
    expect(isDraftCopyCode(code)).toBe(true)
  })

  it('makes 6 random characters from [a-z0-9]', () => {
    expect(randomSuffix(() => 0)).toBe('aaaaaa')
    expect(randomSuffix(() => 0.9999)).toBe('999999')
    expect(randomSuffix()).toMatch(/^[a-z0-9]{6}$/)
  })

  it('recognises only the exact pattern', () => {
    expect(isDraftCopyCode('routing')).toBe(false)
    expect(isDraftCopyCode('routing--draft-test-')).toBe(false)
    expect(isDraftCopyCode('routing--draft-test-abc')).toBe(false)
    expect(isDraftCopyCode('routing--draft-test-ABCDEF')).toBe(false)
    expect(isDraftCopyCode('routing--draft-test-abcdef-x')).toBe(false)
    expect(isDraftCopyCode('--draft-test-abcdef')).toBe(false)
    expect(draftCopyOrigin('routing')).toBeNull()
  })

  it('finds leftover copies in a list', () => {
    const list = [
      { code: 'a' },
      { code: 'a--draft-test-123abc' },
      { code: 'draft-test' },
      { code: 'b--draft-test-zzzzzz' },
    ]
    expect(findLeftoverCopies(list).map((a) => a.code)).toEqual(['a--draft-test-123abc', 'b--draft-test-zzzzzz'])
  })
})

describe('draftCopyBody', () => {
  it('carries the draft values, the same tools and a marked name; valid for the write schema', () => {
    const body = draftCopyBody(original, draft, 'q1w2e3')
    expect(body).toMatchObject({
      code: 'routing--draft-test-q1w2e3',
      name: '[Draft test] Routing assistant',
      instructions: 'Route it differently.',
      model: 'gpt-4',
      temperature: 0.5,
      tools: [1, 3],
      include_conversation_transcript: true,
    })
    expect(assistantWriteSchema.safeParse(body).success).toBe(true)
    // Read-only fields of the original never travel.
    expect(body).not.toHaveProperty('id')
    expect(body).not.toHaveProperty('tools_json')
  })

  it('keeps the name within 255 characters', () => {
    const body = draftCopyBody(original, { ...draft, name: 'n'.repeat(255) }, 'aaaaaa')
    expect(body.name).toHaveLength(255)
    expect(body.name.startsWith('[Draft test] ')).toBe(true)
  })
})

describe('createDraftCopy / deleteDraftCopy', () => {
  it('creates the copy with POST and no other request (no routes)', async () => {
    const { client, calls, store } = fakeServer()
    const copy = await createDraftCopy(client, original, draft)
    expect(isDraftCopyCode(copy.code)).toBe(true)
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['POST http://h/apis/admin/assistants/'])
    expect(store.has(copy.code)).toBe(true)
  })

  it('retries once with a new suffix when the code is taken', async () => {
    const { client, calls } = fakeServer(['routing--draft-test-aaaaaa'])
    let n = 0
    // The first suffix is all 'a' (taken), the second all 's'.
    const random = vi.spyOn(Math, 'random').mockImplementation(() => (n++ < 6 ? 0 : 0.5))
    const copy = await createDraftCopy(client, original, draft)
    random.mockRestore()
    expect(calls).toHaveLength(2)
    expect(copy.code).toBe('routing--draft-test-ssssss')
  })

  it('deletes a copy, and a copy already gone counts as deleted', async () => {
    const { client, store } = fakeServer(['routing--draft-test-abcdef'])
    await deleteDraftCopy(client, 'routing--draft-test-abcdef')
    expect(store.size).toBe(0)
    await expect(deleteDraftCopy(client, 'routing--draft-test-abcdef')).resolves.toBeUndefined()
  })

  it('refuses to delete an assistant that is not a copy', async () => {
    const { client, calls } = fakeServer(['routing'])
    await expect(deleteDraftCopy(client, 'routing')).rejects.toThrow(/not a draft-test copy/)
    expect(calls).toHaveLength(0)
  })

  it('passes other failures on (a 500 is not "already gone")', async () => {
    const { client } = fakeServer(['routing--draft-test-boom00'])
    await expect(deleteDraftCopy(client, 'routing--draft-test-boom00')).rejects.toMatchObject({ status: 500 })
  })
})
