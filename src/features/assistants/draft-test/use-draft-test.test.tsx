// @vitest-environment happy-dom
/**
 * The draft test's lifecycle with a fake client and runner: the copy is created,
 * both runs go (the draft one through the copy), and the copy is deleted on
 * success, on a failing run, on Stop and when the component goes away.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import type { Assistant } from '@/contract/assistant'
import { draftCopyCode } from '@/lib/qa/draft-copy-code'
import type { SuiteRun } from '@/lib/qa/results'
import type { Suite } from '@/lib/qa/suite-format'
import { fakeRun } from '@/lib/qa/testing/run-fixture'
import { useDraftTest, type DraftRunOptions, type DraftTestDeps, type DraftTestRequest } from './use-draft-test'

afterEach(cleanup)

const original: Assistant = { code: 'routing', name: 'Routing', instructions: 'old', tools: [2] }
const suite: Suite = {
  format: 'assistants-console/suite',
  version: 1,
  id: 's1',
  name: 'Demo',
  cases: [
    {
      id: 'c1',
      name: 'routes',
      assistant: 'routing',
      conversation_id: null,
      transcript: null,
      input: {},
      assertions: [],
    },
  ],
}
const request: DraftTestRequest = {
  connection: 'conn',
  original,
  values: { name: 'Routing', instructions: 'new', tools: [2] },
  fingerprint: 'fp',
  suite,
  caseIds: ['c1'],
  repeat: 1,
}

function suiteRun(opts: DraftRunOptions, status: SuiteRun['status'], passed: boolean): SuiteRun {
  return {
    id: `run-${opts.label}`,
    suiteId: opts.suite.id,
    suiteName: opts.suite.name,
    connectionKey: 'conn',
    assistantOverrides: opts.assistantOverrides,
    label: opts.label,
    startedAt: 0,
    finishedAt: 1,
    concurrency: opts.concurrency,
    repeat: opts.repeat,
    status,
    attempts: [{ caseId: 'c1', attempt: 0, status: passed ? 'passed' : 'failed', run: fakeRun(), assertions: [] }],
  }
}

/** A fake server with assistants, a runner that can be held open, and call records. */
function fakes(overrides: Partial<DraftTestDeps> = {}) {
  const assistants = new Set<string>(['routing'])
  const runs: DraftRunOptions[] = []
  const released: string[] = []
  const deps: DraftTestDeps = {
    createCopy: vi.fn(async (a: Assistant) => {
      const code = draftCopyCode(a.code, 'abc123')
      assistants.add(code)
      return { ...a, code }
    }),
    deleteCopy: vi.fn(async (code: string) => void assistants.delete(code)),
    runSuite: vi.fn(async (opts: DraftRunOptions) => {
      runs.push(opts)
      const run = suiteRun(opts, 'finished', opts.label === 'live')
      opts.onUpdate(run)
      return run
    }),
    guard: vi.fn(() => ({ release: () => void released.push('released') })),
    remember: vi.fn(),
    now: () => 42,
    ...overrides,
  }
  return { deps, assistants, runs, released }
}

/** A runner that waits for its signal to abort, then resolves a stopped run (as the real one does). */
const untilStopped = (runs: DraftRunOptions[]) =>
  vi.fn(
    (opts: DraftRunOptions) =>
      new Promise<SuiteRun>((resolve) => {
        runs.push(opts)
        opts.signal.addEventListener('abort', () => resolve(suiteRun(opts, 'stopped', true)))
      }),
  )

describe('useDraftTest', () => {
  it('creates the copy, runs live and draft side by side, deletes the copy and remembers the result', async () => {
    const f = fakes()
    const { result } = renderHook(() => useDraftTest(f.deps))
    await act(() => result.current.start(request))

    expect(f.deps.createCopy).toHaveBeenCalledWith(original, request.values)
    expect(f.runs.map((r) => [r.label, r.assistantOverrides, r.concurrency])).toEqual([
      ['live', {}, 1],
      ['draft', { routing: 'routing--draft-test-abc123' }, 1],
    ])
    expect(f.deps.deleteCopy).toHaveBeenCalledWith('routing--draft-test-abc123')
    expect([...f.assistants]).toEqual(['routing'])
    expect(f.released).toEqual(['released'])
    const { state } = result.current
    expect(state.phase).toBe('done')
    expect(state.live?.attempts[0]?.status).toBe('passed')
    expect(state.draft?.attempts[0]?.status).toBe('failed')
    expect(f.deps.remember).toHaveBeenCalledWith(
      expect.objectContaining({ assistant: 'routing', fingerprint: 'fp', finishedAt: 42, stopped: false }),
    )
  })

  it('deletes the copy when a run fails, stops the other run and says why', async () => {
    const runs: DraftRunOptions[] = []
    const hold = untilStopped(runs)
    const f = fakes({
      runSuite: vi.fn((opts: DraftRunOptions) =>
        opts.label === 'draft' ? Promise.reject(new Error('503 Service Unavailable')) : hold(opts),
      ),
    })
    const { result } = renderHook(() => useDraftTest(f.deps))
    await act(() => result.current.start(request))
    expect(runs[0]?.signal.aborted).toBe(true)
    expect(f.deps.deleteCopy).toHaveBeenCalledTimes(1)
    expect([...f.assistants]).toEqual(['routing'])
    expect(result.current.state.phase).toBe('failed')
    expect(result.current.state.error).toBe('503 Service Unavailable')
    expect(f.deps.remember).not.toHaveBeenCalled()
  })

  it('on Stop cancels both runs, deletes the copy and keeps the partial result as stopped', async () => {
    const runs: DraftRunOptions[] = []
    const f = fakes({ runSuite: untilStopped(runs) })
    const { result } = renderHook(() => useDraftTest(f.deps))
    let done: Promise<void> = Promise.resolve()
    act(() => {
      done = result.current.start(request)
    })
    await waitFor(() => expect(runs).toHaveLength(2))
    expect(result.current.state.phase).toBe('running')
    expect(result.current.active).toBe(true)
    await act(async () => {
      result.current.stop()
      await done
    })
    expect(runs.every((r) => r.signal.aborted)).toBe(true)
    expect(f.deps.deleteCopy).toHaveBeenCalledTimes(1)
    expect([...f.assistants]).toEqual(['routing'])
    expect(result.current.state).toMatchObject({ phase: 'done', stopped: true })
    expect(f.deps.remember).toHaveBeenCalledWith(expect.objectContaining({ stopped: true }))
  })

  it('deletes the copy when the component goes away mid-run', async () => {
    const runs: DraftRunOptions[] = []
    const f = fakes({ runSuite: untilStopped(runs) })
    const { result, unmount } = renderHook(() => useDraftTest(f.deps))
    act(() => void result.current.start(request))
    await waitFor(() => expect(runs).toHaveLength(2))
    unmount()
    await waitFor(() => expect(f.deps.deleteCopy).toHaveBeenCalledWith('routing--draft-test-abc123'))
    expect([...f.assistants]).toEqual(['routing'])
  })

  it('stopped while the copy is being created: the copy is deleted and no run starts', async () => {
    let finishCreate: (a: Assistant) => void = () => undefined
    const f = fakes({
      createCopy: vi.fn(() => new Promise<Assistant>((resolve) => (finishCreate = resolve))),
    })
    const { result } = renderHook(() => useDraftTest(f.deps))
    let done: Promise<void> = Promise.resolve()
    act(() => {
      done = result.current.start(request)
    })
    expect(result.current.state.phase).toBe('copying')
    await act(async () => {
      result.current.stop()
      finishCreate({ ...original, code: 'routing--draft-test-zzz999' })
      await done
    })
    expect(f.runs).toHaveLength(0)
    expect(f.deps.deleteCopy).toHaveBeenCalledWith('routing--draft-test-zzz999')
    expect(result.current.state.phase).toBe('failed')
  })

  it('a copy that cannot be created: no run, nothing to delete, the reason shown', async () => {
    const f = fakes({ createCopy: vi.fn(() => Promise.reject(new Error('403 Forbidden'))) })
    const { result } = renderHook(() => useDraftTest(f.deps))
    await act(() => result.current.start(request))
    expect(f.runs).toHaveLength(0)
    expect(f.deps.deleteCopy).not.toHaveBeenCalled()
    expect(result.current.state).toMatchObject({
      phase: 'failed',
      error: 'Could not create the temporary copy: 403 Forbidden',
    })
  })

  it('a copy that cannot be deleted is reported, kept under the page-hide guard, and deleted on retry', async () => {
    let fail = true
    const f = fakes()
    const deleteCopy = vi.fn(async (code: string) => {
      if (fail) throw new Error('Could not reach the server')
      f.assistants.delete(code)
    })
    f.deps.deleteCopy = deleteCopy
    const { result } = renderHook(() => useDraftTest(f.deps))
    await act(() => result.current.start(request))
    expect(result.current.state.leftover).toEqual({
      code: 'routing--draft-test-abc123',
      error: 'Could not reach the server',
    })
    expect(f.released).toEqual([])
    fail = false
    await act(() => result.current.retryDelete())
    expect(result.current.state.leftover).toBeNull()
    expect(result.current.state.phase).toBe('done')
    expect([...f.assistants]).toEqual(['routing'])
    expect(f.released).toEqual(['released'])
  })

  it('runs one test at a time', async () => {
    const runs: DraftRunOptions[] = []
    const f = fakes({ runSuite: untilStopped(runs) })
    const { result } = renderHook(() => useDraftTest(f.deps))
    act(() => void result.current.start(request))
    await act(() => result.current.start(request))
    expect(f.deps.createCopy).toHaveBeenCalledTimes(1)
    act(() => result.current.stop())
  })
})
