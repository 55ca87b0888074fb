// @vitest-environment happy-dom
/**
 * The edit kit driven as a page's buttons would: baseline and dirtiness, one save in flight, failures
 * that keep the edit, the version check and merge, review, create retries, drafts and the leave guard.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ReactNode } from 'react'
import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { ApiError } from '@/api/api-error'
import { useEditKit, type EditKitOptions, type SaveContext } from './use-edit-kit'

const idb = vi.hoisted(() => {
  const store = new Map<string, unknown>()
  return {
    store,
    get: vi.fn(async (key: string): Promise<unknown> => store.get(key)),
    set: vi.fn(async (key: string, value: unknown): Promise<void> => void store.set(key, value)),
    del: vi.fn(async (key: string): Promise<void> => void store.delete(key)),
  }
})
vi.mock('idb-keyval', () => ({ get: idb.get, set: idb.set, del: idb.del }))

const notify = vi.hoisted(() => ({ toast: { info: vi.fn(), success: vi.fn(), error: vi.fn() } }))
vi.mock('@/lib/notify', () => notify)

const schema = z.object({
  name: z.string().min(1, 'Name is required.'),
  temperature: z.number().min(0).max(2),
})
type Values = z.infer<typeof schema>
interface Rec {
  id: number
  name: string
  temperature: number
  extra: string
}
type Options = EditKitOptions<Values, Rec>
type Ctx = SaveContext<Values, Rec>

const fields = ['name', 'temperature'] as const
const record: Rec = { id: 1, name: 'alpha', temperature: 0.5, extra: 'x' }
const toValues = (r: Rec): Values => ({ name: r.name, temperature: r.temperature })
const KEY = 'assistants-console:draft:c:x:1'

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined
  let reject: (reason: unknown) => void = () => undefined
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

function renderKit(overrides: Partial<Options> = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  )
  const options: Options = {
    resolver: zodResolver(schema),
    fields,
    record,
    toValues,
    fetchLatest: async () => record,
    save: async (values) => ({ ...record, ...values }),
    what: 'save the thing',
    ...overrides,
  }
  return { ...renderHook(() => useEditKit(options), { wrapper }), queryClient }
}
type Rendered = ReturnType<typeof renderKit>['result']

function edit(result: Rendered, values: Partial<Values>) {
  act(() => {
    for (const [field, value] of Object.entries(values) as [keyof Values, string | number][])
      result.current.form.setValue(field, value, { shouldDirty: true })
  })
}

async function submit(result: Rendered) {
  await act(async () => {
    result.current.submit()
  })
}

/** Waits until the kit has settled after a submit (nothing checking or saving). */
async function idle(result: Rendered) {
  await waitFor(() => expect(result.current.status).toBe('idle'))
}

/** Waits for the stored draft to be read and the kit to render with it (autosave starts only then). */
async function draftLoaded(queryClient: QueryClient) {
  await waitFor(() => expect(queryClient.getQueryState(['local-draft', KEY])?.status).toBe('success'))
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)))
}

beforeEach(() => {
  idb.store.clear()
  vi.clearAllMocks()
})
// Without vitest globals, Testing Library does not unmount by itself: a kit left mounted would keep
// writing drafts into the next test.
afterEach(cleanup)

describe('baseline and dirtiness', () => {
  it('starts clean, at the record', () => {
    const { result } = renderKit()
    expect(result.current.form.getValues()).toEqual({ name: 'alpha', temperature: 0.5 })
    expect(result.current.base).toBe(record)
    expect(result.current.creating).toBe(false)
    expect(result.current.dirty).toBe(false)
    expect(result.current.dirtyCount).toBe(0)
    expect(result.current.status).toBe('idle')
    expect(result.current.messages).toEqual([])
    expect(result.current.currentChanges()).toEqual([])
    expect(result.current.shouldBlock()).toBe(false)
  })

  it('counts edited fields and forgets a field edited back', () => {
    const { result } = renderKit()
    edit(result, { name: 'beta' })
    expect(result.current.dirty).toBe(true)
    expect(result.current.dirtyCount).toBe(1)
    expect(result.current.currentChanges()).toEqual([{ field: 'name', before: 'alpha', after: 'beta' }])
    expect(result.current.shouldBlock()).toBe(true)
    edit(result, { temperature: 1 })
    expect(result.current.dirtyCount).toBe(2)
    edit(result, { name: 'alpha' })
    expect(result.current.dirtyCount).toBe(1)
    expect(result.current.currentChanges().map((c) => c.field)).toEqual(['temperature'])
  })

  it('discard puts the record back and the form is clean', () => {
    const { result } = renderKit()
    edit(result, { name: 'beta', temperature: 1.5 })
    act(() => result.current.discard())
    expect(result.current.form.getValues()).toEqual({ name: 'alpha', temperature: 0.5 })
    expect(result.current.dirty).toBe(false)
    expect(result.current.dirtyCount).toBe(0)
    expect(result.current.shouldBlock()).toBe(false)
  })
})

describe('loading values (an earlier version)', () => {
  it('loads them as unsaved changes over the base, and saving sends only those changes after the review', async () => {
    const save = vi.fn(async (values: Values, _ctx: Ctx) => ({ ...record, ...values }))
    const { result } = renderKit({ save, review: true })
    act(() => result.current.loadValues({ name: 'older', temperature: 0.5 }))
    expect(result.current.form.getValues()).toEqual({ name: 'older', temperature: 0.5 })
    expect(result.current.dirty).toBe(true)
    expect(result.current.currentChanges()).toEqual([{ field: 'name', before: 'alpha', after: 'older' }])
    expect(save).not.toHaveBeenCalled()
    await submit(result)
    await waitFor(() => expect(result.current.review).not.toBeNull())
    expect(save).not.toHaveBeenCalled()
    await act(async () => {
      result.current.confirmReview()
    })
    await idle(result)
    expect(save).toHaveBeenCalledTimes(1)
    expect(save.mock.calls[0]?.[1].changes.map((c) => c.field)).toEqual(['name'])
  })

  it('discard after loading puts the server version back', () => {
    const { result } = renderKit()
    act(() => result.current.loadValues({ name: 'older' }))
    act(() => result.current.discard())
    expect(result.current.form.getValues()).toEqual({ name: 'alpha', temperature: 0.5 })
    expect(result.current.dirty).toBe(false)
  })
})

describe('submit', () => {
  it('does not save when nothing changed, and says so', async () => {
    const save = vi.fn<Options['save']>(async (values) => ({ ...record, ...values }))
    const { result } = renderKit({ save })
    await submit(result)
    await waitFor(() => expect(notify.toast.info).toHaveBeenCalledWith(expect.stringMatching(/^Nothing to save/)))
    expect(save).not.toHaveBeenCalled()
  })

  it('does not check or save invalid values, and shows the field error', async () => {
    const fetchLatest = vi.fn(async () => record)
    const save = vi.fn<Options['save']>(async (values) => ({ ...record, ...values }))
    const { result } = renderKit({ fetchLatest, save })
    edit(result, { name: '' })
    await submit(result)
    await waitFor(() => expect(result.current.form.getFieldState('name').error?.message).toBe('Name is required.'))
    expect(fetchLatest).not.toHaveBeenCalled()
    expect(save).not.toHaveBeenCalled()
  })

  it('checks the latest version, then saves once with only the changes; the answer becomes the baseline', async () => {
    const saved: Rec = { ...record, name: 'BETA', extra: 'server' }
    const fetchLatest = vi.fn(async () => record)
    const save = vi.fn<Options['save']>(async () => saved)
    const onSaved = vi.fn()
    const { result } = renderKit({ fetchLatest, save, onSaved })
    edit(result, { name: 'beta' })
    await submit(result)
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
    await idle(result)

    expect(fetchLatest).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenCalledTimes(1)
    expect(fetchLatest.mock.invocationCallOrder[0]).toBeLessThan(save.mock.invocationCallOrder[0] ?? 0)
    const [values, ctx] = save.mock.calls[0] ?? []
    expect(values).toEqual({ name: 'beta', temperature: 0.5 })
    expect(ctx?.changes).toEqual([{ field: 'name', before: 'alpha', after: 'beta' }])
    expect(ctx?.base).toBe(record)
    expect(ctx?.signal).toBeInstanceOf(AbortSignal)
    expect(onSaved).toHaveBeenCalledWith(saved, { created: false, previous: record })

    expect(result.current.base).toBe(saved)
    expect(result.current.form.getValues()).toEqual({ name: 'BETA', temperature: 0.5 })
    expect(result.current.dirty).toBe(false)
    expect(result.current.dirtyCount).toBe(0)
    expect(result.current.messages).toEqual([])
    expect(result.current.shouldBlock()).toBe(false)
  })

  it('keeps one save in flight: four submits in a row and more while pending save once', async () => {
    const pending = deferred<Rec>()
    const save = vi.fn<Options['save']>(() => pending.promise)
    const { result } = renderKit({ save })
    edit(result, { name: 'beta' })
    await act(async () => {
      result.current.submit()
      result.current.submit()
      result.current.submit()
      result.current.submit()
    })
    await waitFor(() => expect(result.current.status).toBe('saving'))
    expect(result.current.busy).toBe(true)
    await submit(result)
    await submit(result)
    expect(save).toHaveBeenCalledTimes(1)
    await act(async () => pending.resolve({ ...record, name: 'beta' }))
    await idle(result)
    expect(save).toHaveBeenCalledTimes(1)
    expect(result.current.dirty).toBe(false)
  })

  it('a failing save keeps the values and says so', async () => {
    const save = vi.fn<Options['save']>(async () => {
      throw ApiError.fromResponse(500, { detail: 'Database down.' })
    })
    const onSaved = vi.fn()
    const { result } = renderKit({ save, onSaved })
    edit(result, { name: 'beta' })
    await submit(result)
    await waitFor(() => expect(result.current.messages).toHaveLength(1))
    await idle(result)
    expect(result.current.messages[0]).toContain('Your edits are kept')
    expect(result.current.messages[0]).toContain('save the thing (500: Database down.)')
    expect(result.current.form.getValues()).toEqual({ name: 'beta', temperature: 0.5 })
    expect(result.current.dirty).toBe(true)
    expect(result.current.base).toBe(record)
    expect(result.current.shouldBlock()).toBe(true)
    expect(onSaved).not.toHaveBeenCalled()
  })

  it('puts DRF field errors at their fields, not in the banner', async () => {
    const save = vi.fn<Options['save']>(async () => {
      throw ApiError.fromResponse(400, { name: ['Already taken.'] })
    })
    const { result } = renderKit({ save })
    edit(result, { name: 'beta' })
    await submit(result)
    await waitFor(() => expect(result.current.form.getFieldState('name').error?.message).toBe('Already taken.'))
    await idle(result)
    expect(result.current.form.getFieldState('name').error?.type).toBe('server')
    expect(result.current.messages).toEqual([])
    expect(result.current.form.getValues().name).toBe('beta')
  })

  it('puts non-field errors in the banner next to field errors', async () => {
    const save = vi.fn<Options['save']>(async () => {
      throw ApiError.fromResponse(400, { temperature: ['Too hot.'], non_field_errors: ['Quota reached.'] })
    })
    const { result } = renderKit({ save })
    edit(result, { temperature: 1.9 })
    await submit(result)
    await waitFor(() => expect(result.current.messages).toEqual(['Quota reached.', 'Your edits are kept.']))
    expect(result.current.form.getFieldState('temperature').error?.message).toBe('Too hot.')
    expect(result.current.messages.join(' ')).not.toContain('Too hot.')
  })

  it('a failing version check never saves and keeps the values', async () => {
    const fetchLatest = vi.fn(async (): Promise<Rec> => {
      throw ApiError.fromResponse(500, { detail: 'Nope.' })
    })
    const save = vi.fn<Options['save']>(async (values) => ({ ...record, ...values }))
    const { result } = renderKit({ fetchLatest, save })
    edit(result, { name: 'beta' })
    await submit(result)
    await waitFor(() => expect(result.current.messages).toHaveLength(1))
    await idle(result)
    expect(fetchLatest).toHaveBeenCalledTimes(1)
    expect(save).not.toHaveBeenCalled()
    expect(result.current.messages[0]).toMatch(/check the server’s current version.*Your edits are kept/)
    expect(result.current.form.getValues()).toEqual({ name: 'beta', temperature: 0.5 })
    expect(result.current.dirty).toBe(true)
  })

  it('does nothing when read-only', async () => {
    const fetchLatest = vi.fn(async () => record)
    const save = vi.fn<Options['save']>(async (values) => ({ ...record, ...values }))
    const { result } = renderKit({ fetchLatest, save, readOnly: true })
    edit(result, { name: 'beta' })
    await submit(result)
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(fetchLatest).not.toHaveBeenCalled()
    expect(save).not.toHaveBeenCalled()
  })
})

describe('conflict with a concurrent edit', () => {
  const theirs: Rec = { ...record, temperature: 1.5, extra: 'y' }

  it('shows what each side changed and writes nothing until the user decides', async () => {
    const save = vi.fn<Options['save']>(async (values) => ({ ...theirs, ...values }))
    const { result } = renderKit({ fetchLatest: async () => theirs, save })
    edit(result, { name: 'mine' })
    await submit(result)
    await waitFor(() => expect(result.current.conflict).not.toBeNull())
    await idle(result)
    expect(result.current.conflict?.theirs).toBe(theirs)
    expect(result.current.conflict?.merge.fields.map((f) => [f.field, f.kind])).toEqual([
      ['name', 'mine'],
      ['temperature', 'theirs'],
    ])
    expect(result.current.conflict?.merge.conflicts).toEqual([])
    expect(save).not.toHaveBeenCalled()
    expect(result.current.form.getValues()).toEqual({ name: 'mine', temperature: 0.5 })
  })

  it('resolving saves the merged values measured against theirs, keeping the field only they changed', async () => {
    const save = vi.fn<Options['save']>(async (values) => ({ ...theirs, ...values }))
    const { result } = renderKit({ fetchLatest: async () => theirs, save })
    edit(result, { name: 'mine' })
    await submit(result)
    await waitFor(() => expect(result.current.conflict).not.toBeNull())
    await act(async () => result.current.resolveConflict({}))
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1))
    await idle(result)
    const [values, ctx] = save.mock.calls[0] ?? []
    expect(values).toEqual({ name: 'mine', temperature: 1.5 })
    expect(ctx?.base).toBe(theirs)
    expect(ctx?.changes).toEqual([{ field: 'name', before: 'alpha', after: 'mine' }])
    expect(result.current.conflict).toBeNull()
    expect(result.current.form.getValues()).toEqual({ name: 'mine', temperature: 1.5 })
    expect(result.current.dirty).toBe(false)
  })

  it('a real conflict follows the choice for that field', async () => {
    const rival: Rec = { ...record, name: 'theirs', temperature: 1.5 }
    const save = vi.fn<Options['save']>(async (values) => ({ ...rival, ...values }))
    const { result } = renderKit({ fetchLatest: async () => rival, save })
    edit(result, { name: 'mine', temperature: 0.7 })
    await submit(result)
    await waitFor(() => expect(result.current.conflict?.merge.conflicts).toEqual(['name', 'temperature']))
    await act(async () => result.current.resolveConflict({ name: 'theirs', temperature: 'mine' }))
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1))
    expect(save.mock.calls[0]?.[0]).toEqual({ name: 'theirs', temperature: 0.7 })
    expect(save.mock.calls[0]?.[1].changes).toEqual([{ field: 'temperature', before: 1.5, after: 0.7 }])
  })

  it('choosing theirs everywhere leaves nothing to save', async () => {
    const rival: Rec = { ...record, name: 'theirs' }
    const save = vi.fn<Options['save']>(async (values) => ({ ...rival, ...values }))
    const { result } = renderKit({ fetchLatest: async () => rival, save })
    edit(result, { name: 'mine' })
    await submit(result)
    await waitFor(() => expect(result.current.conflict).not.toBeNull())
    await act(async () => result.current.resolveConflict({ name: 'theirs' }))
    await waitFor(() => expect(notify.toast.info).toHaveBeenCalledWith(expect.stringMatching(/^Nothing to save/)))
    expect(save).not.toHaveBeenCalled()
    expect(result.current.base).toBe(rival)
    expect(result.current.dirty).toBe(false)
  })

  it('take theirs adopts the server version and drops the edit', async () => {
    const save = vi.fn<Options['save']>(async (values) => ({ ...theirs, ...values }))
    const { result } = renderKit({ fetchLatest: async () => theirs, save })
    edit(result, { name: 'mine' })
    await submit(result)
    await waitFor(() => expect(result.current.conflict).not.toBeNull())
    act(() => result.current.takeTheirs())
    expect(result.current.conflict).toBeNull()
    expect(result.current.base).toBe(theirs)
    expect(result.current.form.getValues()).toEqual({ name: 'alpha', temperature: 1.5 })
    expect(result.current.dirty).toBe(false)
    expect(save).not.toHaveBeenCalled()
  })

  it('a change only outside the form is no conflict: it saves against the latest version', async () => {
    const latest: Rec = { ...record, extra: 'changed elsewhere' }
    const save = vi.fn<Options['save']>(async (values) => ({ ...latest, ...values }))
    const { result } = renderKit({ fetchLatest: async () => latest, save })
    edit(result, { name: 'mine' })
    await submit(result)
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1))
    expect(result.current.conflict).toBeNull()
    expect(save.mock.calls[0]?.[1].base).toBe(latest)
  })
})

describe('review', () => {
  it('submit asks for a review instead of saving; confirming saves', async () => {
    const save = vi.fn<Options['save']>(async (values) => ({ ...record, ...values }))
    const { result } = renderKit({ save, review: true })
    edit(result, { temperature: 1 })
    await submit(result)
    await waitFor(() => expect(result.current.review).not.toBeNull())
    await idle(result)
    expect(result.current.review?.changes).toEqual([{ field: 'temperature', before: 0.5, after: 1 }])
    expect(save).not.toHaveBeenCalled()
    await act(async () => result.current.confirmReview())
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1))
    await idle(result)
    expect(save.mock.calls[0]?.[0]).toEqual({ name: 'alpha', temperature: 1 })
    expect(result.current.review).toBeNull()
    expect(result.current.dirty).toBe(false)
  })

  it('cancelling the review saves nothing and keeps the edit', async () => {
    const save = vi.fn<Options['save']>(async (values) => ({ ...record, ...values }))
    const { result } = renderKit({ save, review: (changes) => changes.some((c) => c.field === 'temperature') })
    edit(result, { temperature: 1 })
    await submit(result)
    await waitFor(() => expect(result.current.review).not.toBeNull())
    act(() => result.current.cancelReview())
    expect(result.current.review).toBeNull()
    expect(save).not.toHaveBeenCalled()
    expect(result.current.dirty).toBe(true)
  })

  it('a review predicate that says no saves directly', async () => {
    const save = vi.fn<Options['save']>(async (values) => ({ ...record, ...values }))
    const { result } = renderKit({ save, review: (changes) => changes.some((c) => c.field === 'temperature') })
    edit(result, { name: 'beta' })
    await submit(result)
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1))
    expect(result.current.review).toBeNull()
  })
})

describe('create', () => {
  const empty: Values = { name: '', temperature: 1 }
  const created: Rec = { id: 9, name: 'new', temperature: 1, extra: '' }

  it('after a network failure, the next submit finds the created record instead of writing again', async () => {
    const save = vi.fn<Options['save']>(async () => {
      throw new ApiError({ kind: 'network', message: 'Failed to fetch' })
    })
    const findCreated = vi.fn<NonNullable<Options['findCreated']>>(async () => created)
    const fetchLatest = vi.fn(async () => record)
    const onSaved = vi.fn()
    const { result } = renderKit({ record: null, empty, save, findCreated, fetchLatest, onSaved })
    expect(result.current.creating).toBe(true)
    expect(result.current.form.getValues()).toEqual(empty)
    edit(result, { name: 'new' })

    await submit(result)
    await waitFor(() => expect(result.current.messages).toHaveLength(1))
    await idle(result)
    expect(findCreated).not.toHaveBeenCalled()
    expect(save).toHaveBeenCalledTimes(1)
    expect(result.current.messages[0]).toMatch(/^Could not reach the server to save the thing\. Your edits are kept/)
    expect(result.current.form.getValues()).toEqual({ name: 'new', temperature: 1 })

    await submit(result)
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
    await idle(result)
    expect(findCreated).toHaveBeenCalledTimes(1)
    expect(findCreated.mock.calls[0]?.[0]).toEqual({ name: 'new', temperature: 1 })
    expect(save).toHaveBeenCalledTimes(1)
    expect(fetchLatest).not.toHaveBeenCalled()
    expect(onSaved).toHaveBeenCalledWith(created, { created: true, previous: null })
    expect(result.current.base).toBe(created)
    expect(result.current.messages).toEqual([])
    expect(result.current.dirty).toBe(false)
  })

  it.each([
    ['nothing is found', null],
    ['what is found holds other values', { ...created, temperature: 0.3 }],
  ])('writes again when %s', async (_name, found) => {
    const save = vi
      .fn<Options['save']>()
      .mockRejectedValueOnce(ApiError.fromResponse(502, 'Bad gateway'))
      .mockResolvedValueOnce(created)
    const findCreated = vi.fn(async (): Promise<Rec | null> => found)
    const onSaved = vi.fn()
    const { result } = renderKit({ record: null, empty, save, findCreated, onSaved })
    edit(result, { name: 'new' })
    await submit(result)
    await waitFor(() => expect(result.current.messages).toHaveLength(1))
    await idle(result)
    await submit(result)
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2))
    await idle(result)
    expect(findCreated).toHaveBeenCalledTimes(1)
    expect(save.mock.calls[1]?.[1].base).toBeNull()
    expect(result.current.base).toBe(created)
    expect(onSaved).toHaveBeenCalledTimes(1)
    expect(onSaved).toHaveBeenCalledWith(created, { created: true, previous: null })
  })

  it('a rejected attempt (400) is not uncertain: the next submit writes without looking', async () => {
    const save = vi
      .fn<Options['save']>()
      .mockRejectedValueOnce(ApiError.fromResponse(400, { name: ['Already exists.'] }))
      .mockResolvedValueOnce(created)
    const findCreated = vi.fn(async (): Promise<Rec | null> => created)
    const { result } = renderKit({ record: null, empty, save, findCreated })
    edit(result, { name: 'new' })
    await submit(result)
    await waitFor(() => expect(result.current.form.getFieldState('name').error?.message).toBe('Already exists.'))
    await idle(result)
    await submit(result)
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2))
    expect(findCreated).not.toHaveBeenCalled()
  })
})

describe('timeout', () => {
  it('gives up on a save without an answer, aborts it, keeps the edit and frees the button', async () => {
    const signals: AbortSignal[] = []
    const save = vi.fn((_values: Values, ctx: Ctx) => {
      signals.push(ctx.signal)
      return new Promise<Rec>(() => undefined)
    })
    // No version check here: only the write runs against the short timeout.
    const { result } = renderKit({ save, fetchLatest: undefined, timeoutMs: 50 })
    edit(result, { name: 'beta' })
    await submit(result)
    await waitFor(() => expect(result.current.messages).toHaveLength(1))
    await idle(result)
    expect(result.current.messages[0]).toMatch(
      /did not answer in time, so could not save the thing\. Your edits are kept/,
    )
    expect(signals[0]?.aborted).toBe(true)
    expect(result.current.form.getValues().name).toBe('beta')
    await submit(result)
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2))
  })
})

describe('offline', () => {
  let online = true
  beforeEach(() => {
    online = true
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online })
  })
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'onLine')
    // React Query's onlineManager heard "offline" too: it would pause the next tests' queries.
    window.dispatchEvent(new Event('online'))
  })

  it('does not try to reach the server, says so, and notices coming back online', async () => {
    const fetchLatest = vi.fn(async () => record)
    const save = vi.fn<Options['save']>(async (values) => ({ ...record, ...values }))
    const { result } = renderKit({ fetchLatest, save })
    edit(result, { name: 'beta' })
    online = false
    act(() => void window.dispatchEvent(new Event('offline')))
    expect(result.current.online).toBe(false)
    await submit(result)
    await waitFor(() => expect(result.current.messages).toHaveLength(1))
    expect(result.current.messages[0]).toMatch(
      /^The browser is offline, so could not save the thing\. Your edits are kept/,
    )
    expect(fetchLatest).not.toHaveBeenCalled()
    expect(save).not.toHaveBeenCalled()
    expect(result.current.form.getValues().name).toBe('beta')

    online = true
    act(() => void window.dispatchEvent(new Event('online')))
    expect(result.current.messages).toEqual(['You are back online. Your edits are kept: save when ready.'])
  })
})

describe('drafts', () => {
  const draft = {
    connection: 'c',
    scope: ['x', 1] as const,
    // The temperature stands in for a secret: never stored.
    strip: ({ temperature: _secret, ...rest }: Values): Partial<Values> => rest,
  }

  it('keeps edits as a draft after a pause, without what strip removes', async () => {
    const { result, queryClient } = renderKit({ draft })
    await draftLoaded(queryClient)
    expect(idb.get).toHaveBeenCalledWith(KEY)
    edit(result, { name: 'b' })
    edit(result, { name: 'be', temperature: 1.2 })
    edit(result, { name: 'bet' })
    await act(() => new Promise((resolve) => setTimeout(resolve, 150)))
    expect(idb.set).not.toHaveBeenCalled()
    await waitFor(() => expect(idb.set).toHaveBeenCalledTimes(1), { timeout: 3000 })
    expect(idb.set).toHaveBeenCalledWith(KEY, { values: { name: 'bet' }, base: record, savedAt: expect.any(Number) })
  })

  it('clears the draft when the edit goes back to the record', async () => {
    const { result, queryClient } = renderKit({ draft })
    await draftLoaded(queryClient)
    edit(result, { name: 'beta' })
    await waitFor(() => expect(idb.store.has(KEY)).toBe(true), { timeout: 3000 })
    act(() => result.current.discard())
    await waitFor(() => expect(idb.store.has(KEY)).toBe(false), { timeout: 3000 })
  })

  it('clears the draft after a successful save', async () => {
    const { result, queryClient } = renderKit({ draft })
    await draftLoaded(queryClient)
    edit(result, { name: 'beta' })
    await waitFor(() => expect(idb.store.has(KEY)).toBe(true), { timeout: 3000 })
    await submit(result)
    await waitFor(() => expect(result.current.base).not.toBe(record))
    await waitFor(() => expect(idb.store.has(KEY)).toBe(false), { timeout: 3000 })
    // And the debounced write of the reset form does not bring it back.
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)))
    expect(idb.store.has(KEY)).toBe(false)
  })

  it('offers a stored draft that differs; restoring puts it on the form as an edit', async () => {
    idb.store.set(KEY, { values: { name: 'from draft' }, base: record, savedAt: 1 })
    const { result } = renderKit({ draft })
    await waitFor(() => expect(result.current.draft.offered).not.toBeNull())
    expect(result.current.draft.offered?.values).toEqual({ name: 'from draft' })
    expect(result.current.dirty).toBe(false)
    act(() => result.current.draft.restore())
    expect(result.current.draft.offered).toBeNull()
    expect(result.current.form.getValues()).toEqual({ name: 'from draft', temperature: 0.5 })
    expect(result.current.dirty).toBe(true)
    expect(result.current.dirtyCount).toBe(1)
    expect(result.current.shouldBlock()).toBe(true)
  })

  it('a draft started from an older version is measured against it, so saving merges', async () => {
    const older: Rec = { ...record, temperature: 0.2 }
    idb.store.set(KEY, { values: { name: 'from draft' }, base: older, savedAt: 1 })
    const save = vi.fn<Options['save']>(async (values) => ({ ...record, ...values }))
    const { result } = renderKit({ draft, save })
    await waitFor(() => expect(result.current.draft.offered).not.toBeNull())
    act(() => result.current.draft.restore())
    expect(result.current.base).toEqual(older)
    expect(result.current.form.getValues()).toEqual({ name: 'from draft', temperature: 0.2 })
    await submit(result)
    await waitFor(() => expect(result.current.conflict).not.toBeNull())
    expect(result.current.conflict?.merge.fields.map((f) => [f.field, f.kind])).toEqual([
      ['name', 'mine'],
      ['temperature', 'theirs'],
    ])
    expect(save).not.toHaveBeenCalled()
  })

  it('discarding the offered draft removes it and leaves the form alone', async () => {
    idb.store.set(KEY, { values: { name: 'from draft' }, base: record, savedAt: 1 })
    const { result } = renderKit({ draft })
    await waitFor(() => expect(result.current.draft.offered).not.toBeNull())
    act(() => result.current.draft.discard())
    expect(result.current.draft.offered).toBeNull()
    await waitFor(() => expect(idb.del).toHaveBeenCalledWith(KEY))
    expect(idb.store.has(KEY)).toBe(false)
    expect(result.current.form.getValues()).toEqual({ name: 'alpha', temperature: 0.5 })
    expect(result.current.dirty).toBe(false)
  })

  it('offers no draft that equals the record', async () => {
    idb.store.set(KEY, { values: { name: 'alpha' }, base: record, savedAt: 1 })
    const { result, queryClient } = renderKit({ draft })
    await draftLoaded(queryClient)
    expect(result.current.draft.offered).toBeNull()
  })

  // Regression: a save (or Discard) with a draft still on offer once left the offer up, and Restore
  // then rolled the form back over the pre-save record.
  it('stops offering a draft that a save removed from storage', async () => {
    idb.store.set(KEY, { values: { name: 'from draft' }, base: record, savedAt: 1 })
    const { result } = renderKit({ draft, fetchLatest: undefined })
    await waitFor(() => expect(result.current.draft.offered).not.toBeNull())
    edit(result, { temperature: 1 })
    await submit(result)
    await waitFor(() => expect(result.current.base).not.toBe(record))
    await waitFor(() => expect(idb.store.has(KEY)).toBe(false))
    expect(result.current.draft.offered).toBeNull()
  })

  it('does not autosave over a draft on offer', async () => {
    const stored = { values: { name: 'from draft' }, base: record, savedAt: 1 }
    idb.store.set(KEY, stored)
    const { result } = renderKit({ draft })
    await waitFor(() => expect(result.current.draft.offered).not.toBeNull())
    edit(result, { name: 'typed meanwhile' })
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)))
    expect(idb.set).not.toHaveBeenCalled()
    expect(idb.store.get(KEY)).toBe(stored)
  })
})

describe('leave guard', () => {
  it('blocks while dirty, and not after a successful save, even before a re-render', async () => {
    let blockedInOnSaved: boolean | null = null
    const { result } = renderKit({
      // onSaved navigates away in the pages: the guard must already let it through.
      onSaved: () => void (blockedInOnSaved = stale.shouldBlock()),
    })
    edit(result, { name: 'beta' })
    const stale = result.current
    expect(stale.shouldBlock()).toBe(true)
    await submit(result)
    await waitFor(() => expect(blockedInOnSaved).toBe(false))
    expect(stale.shouldBlock()).toBe(false)
  })

  it('blocks again when the save failed', async () => {
    const { result } = renderKit({
      save: async () => {
        throw new ApiError({ kind: 'network', message: 'Failed to fetch' })
      },
    })
    edit(result, { name: 'beta' })
    await submit(result)
    await waitFor(() => expect(result.current.messages).toHaveLength(1))
    await idle(result)
    expect(result.current.shouldBlock()).toBe(true)
  })
})
