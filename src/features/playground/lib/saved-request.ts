/**
 * The playground's request, kept per connection until the user clears it:
 * which assistant, the conversation id, the transcript turns and the input
 * text exactly as typed (invalid JSON included). In memory for navigation,
 * in IndexedDB (idb-keyval) for reloads, keyed by the connection's stable
 * identity like drafts and run history. Only these four fields are stored:
 * a request holds no token or credential, and nothing else can slip in.
 */
import { get, set } from 'idb-keyval'
import { z } from 'zod'
import { SPEAKERS } from '@/contract/evaluate'
import type { TranscriptTurn } from '@/contract/evaluate'
import { DEFAULT_INPUT } from '@/lib/run/evaluate-request'

export interface SavedRequest {
  assistant: string | null
  conversationId: string
  transcript: TranscriptTurn[]
  inputText: string
}

export const EMPTY_REQUEST: SavedRequest = {
  assistant: null,
  conversationId: '',
  transcript: [],
  inputText: DEFAULT_INPUT,
}

export const savedRequestKey = (identity: string) => `assistants-console:playground:request:${identity}`

// Tolerant reader: a stored value from an older version or a broken write falls back field by field.
const storedSchema = z.object({
  assistant: z.string().nullable().catch(null),
  conversationId: z.string().catch(''),
  transcript: z
    .array(z.object({ speaker: z.enum(SPEAKERS), text: z.string() }))
    .catch([])
    .default([]),
  inputText: z.string().catch(DEFAULT_INPUT),
})

/** Reads a stored value; anything unusable is the empty request. */
export function readStored(value: unknown): SavedRequest {
  if (value === null || typeof value !== 'object') return EMPTY_REQUEST
  const parsed = storedSchema.safeParse(value)
  return parsed.success ? parsed.data : EMPTY_REQUEST
}

/** Strict writer: exactly the four fields, turns without editor ids or timestamps. */
function toStored(request: SavedRequest): SavedRequest {
  return {
    assistant: request.assistant,
    conversationId: request.conversationId,
    transcript: request.transcript.map(({ speaker, text }) => ({ speaker, text })),
    inputText: request.inputText,
  }
}

const same = (a: SavedRequest, b: SavedRequest) => JSON.stringify(a) === JSON.stringify(b)

export class SavedRequestStore {
  private value: SavedRequest = EMPTY_REQUEST
  private loaded = false
  private loading: Promise<unknown> | null = null
  /** Changed before the stored value arrived: the user's newer edit wins. */
  private touched = false
  private writing = false
  private queued: SavedRequest | null = null
  private readonly listeners = new Set<() => void>()

  constructor(private readonly key: string) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  isLoaded = (): boolean => this.loaded

  get(): SavedRequest {
    return this.value
  }

  /** Reads IndexedDB once; later calls share that read and resolve to the request as it is now. */
  load(): Promise<SavedRequest> {
    this.loading ??= get(this.key)
      .then(readStored, () => EMPTY_REQUEST) // IndexedDB unavailable (private mode): this page only.
      .then((stored) => {
        if (!this.touched) this.value = stored
        this.loaded = true
        this.emit()
        return this.value
      })
    return this.loading.then(() => this.value)
  }

  save(next: SavedRequest): void {
    const value = toStored(next)
    if (same(value, this.value)) return
    this.touched = true
    this.value = value
    this.write(value)
  }

  /** Empties the request; the assistant stays chosen (it is the page's subject, in the URL). */
  clear(): SavedRequest {
    this.save({ ...EMPTY_REQUEST, assistant: this.value.assistant })
    return this.value
  }

  /** Whether every write so far has reached IndexedDB (for tests and leaving the page). */
  settled(): Promise<void> {
    if (!this.writing) return Promise.resolve()
    return new Promise((resolve) => {
      const off = this.subscribe(() => {
        if (!this.writing) {
          off()
          resolve()
        }
      })
    })
  }

  /** One write at a time; edits made meanwhile collapse into one more write of the latest value. */
  private write(value: SavedRequest): void {
    if (this.writing) {
      this.queued = value
      return
    }
    this.writing = true
    void set(this.key, value)
      .catch(() => undefined) // Best-effort, like drafts: the in-memory value still serves this page.
      .then(() => {
        this.writing = false
        const next = this.queued
        this.queued = null
        if (next) this.write(next)
        else this.emit()
      })
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }
}

const stores = new Map<string, SavedRequestStore>()

/** One saved request per connection identity for the page's lifetime. */
export function savedRequestFor(identity: string): SavedRequestStore {
  let store = stores.get(identity)
  if (!store) {
    store = new SavedRequestStore(savedRequestKey(identity))
    stores.set(identity, store)
  }
  return store
}
