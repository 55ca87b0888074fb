import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_INPUT } from '@/lib/run/evaluate-request'

// IndexedDB stand-in: what idb-keyval would keep across page loads.
const db = new Map<string, unknown>()
let failReads = false
let failWrites = false
let writes = 0
vi.mock('idb-keyval', () => ({
  get: vi.fn(async (key: string) => {
    if (failReads) throw new Error('IndexedDB unavailable')
    return structuredClone(db.get(key))
  }),
  set: vi.fn(async (key: string, value: unknown) => {
    writes += 1
    await Promise.resolve()
    if (failWrites) throw new Error('quota')
    db.set(key, structuredClone(value))
  }),
}))

const { EMPTY_REQUEST, SavedRequestStore, readStored, savedRequestFor, savedRequestKey } =
  await import('./saved-request')

const KEY = savedRequestKey('deepdesk|local|||demo-client')
const request = {
  assistant: 'demo-routing-assistant',
  conversationId: '669fbd2936688700080849f5',
  transcript: [{ speaker: 'customer' as const, text: 'I want another plan' }],
  inputText: '{"media_type": "chat",', // invalid JSON, kept as typed
}

beforeEach(() => {
  db.clear()
  failReads = false
  failWrites = false
  writes = 0
})

describe('SavedRequestStore', () => {
  it('starts empty with the default input', async () => {
    const store = new SavedRequestStore(KEY)
    expect(store.isLoaded()).toBe(false)
    expect(await store.load()).toEqual(EMPTY_REQUEST)
    expect(store.isLoaded()).toBe(true)
    expect(EMPTY_REQUEST.inputText).toBe(DEFAULT_INPUT)
  })

  it('keeps the request across a reload, invalid input text included', async () => {
    const store = new SavedRequestStore(KEY)
    await store.load()
    store.save(request)
    await store.settled()
    const reloaded = new SavedRequestStore(KEY)
    expect(await reloaded.load()).toEqual(request)
  })

  it('a later load resolves to the request as it is now, not as first read', async () => {
    const store = new SavedRequestStore(KEY)
    await store.load()
    store.save(request)
    expect(await store.load()).toEqual(request)
  })

  it('keeps one request per connection', async () => {
    const a = savedRequestFor('deepdesk|local|||demo-client')
    const b = savedRequestFor('deepdesk|staging|||acme')
    expect(savedRequestFor('deepdesk|local|||demo-client')).toBe(a)
    await Promise.all([a.load(), b.load()])
    a.save(request)
    await a.settled()
    expect(b.get()).toEqual(EMPTY_REQUEST)
    expect(await new SavedRequestStore(savedRequestKey('deepdesk|staging|||acme')).load()).toEqual(EMPTY_REQUEST)
  })

  it('stores only the request fields: no editor ids, timestamps or anything else', async () => {
    const store = new SavedRequestStore(KEY)
    await store.load()
    store.save({
      ...request,
      transcript: [{ speaker: 'agent', text: 'Hello', timestamp: '10:00', id: 'turn-3' } as never],
      token: 'secret-token',
    } as never)
    await store.settled()
    expect(db.get(KEY)).toEqual({ ...request, transcript: [{ speaker: 'agent', text: 'Hello' }] })
    expect(JSON.stringify(db.get(KEY))).not.toContain('secret-token')
  })

  it('clear empties the request but keeps the assistant chosen', async () => {
    const store = new SavedRequestStore(KEY)
    await store.load()
    store.save(request)
    expect(store.clear()).toEqual({ ...EMPTY_REQUEST, assistant: 'demo-routing-assistant' })
    await store.settled()
    expect(await new SavedRequestStore(KEY).load()).toEqual({ ...EMPTY_REQUEST, assistant: 'demo-routing-assistant' })
  })

  it('an edit made while loading wins over the stored value', async () => {
    db.set(KEY, request)
    const store = new SavedRequestStore(KEY)
    const loading = store.load()
    store.save({ ...request, conversationId: 'newer' })
    expect((await loading).conversationId).toBe('newer')
  })

  it('collapses edits made during a write into one more write of the latest value', async () => {
    const store = new SavedRequestStore(KEY)
    await store.load()
    for (const text of ['{', '{"a', '{"a": 1', '{"a": 1}']) store.save({ ...request, inputText: text })
    await store.settled()
    expect(writes).toBe(2)
    expect((db.get(KEY) as { inputText: string }).inputText).toBe('{"a": 1}')
    store.save({ ...request, inputText: '{"a": 1}' })
    expect(writes).toBe(2) // unchanged: nothing written
  })

  it('works for the page when IndexedDB fails', async () => {
    failReads = true
    failWrites = true
    const store = new SavedRequestStore(KEY)
    expect(await store.load()).toEqual(EMPTY_REQUEST)
    store.save(request)
    await store.settled()
    expect(store.get()).toEqual(request)
  })

  it('notifies subscribers when loaded', async () => {
    const store = new SavedRequestStore(KEY)
    const listener = vi.fn()
    store.subscribe(listener)
    await store.load()
    expect(listener).toHaveBeenCalled()
  })
})

describe('readStored (tolerant reader)', () => {
  it('falls back field by field', () => {
    expect(readStored({ assistant: 7, conversationId: 'c', transcript: [{ speaker: 'robot', text: 'x' }] })).toEqual({
      assistant: null,
      conversationId: 'c',
      transcript: [],
      inputText: DEFAULT_INPUT,
    })
  })

  it('anything that is not an object is the empty request', () => {
    expect(readStored(undefined)).toEqual(EMPTY_REQUEST)
    expect(readStored('{"assistant": "a"}')).toEqual(EMPTY_REQUEST)
    expect(readStored(null)).toEqual(EMPTY_REQUEST)
  })
})
