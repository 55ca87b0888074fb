// @vitest-environment happy-dom
/** useSuiteRun inside a real ConnectionProvider: the runs are the connection's, the evaluator gets its client. */
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import type { ApiClient } from '@/api/http-client'
import type { ConsoleConfig } from '@/api/console-config'
import type { Evaluator } from '@/lib/qa/evaluator'
import { suiteSchema } from '@/lib/qa/suite-format'
import { fakeRun } from '@/lib/qa/testing/run-fixture'

vi.mock('idb-keyval', () => ({
  get: vi.fn(async () => undefined),
  set: vi.fn(async () => undefined),
  del: vi.fn(async () => undefined),
}))
const { ConnectionProvider } = await import('@/api/connection-context')
const { ConnectionStore } = await import('@/api/connection-store')
const { useSuiteRun } = await import('./use-suite-run')

const config: ConsoleConfig = {
  environments: [
    {
      id: 'mock',
      platform: 'deepdesk',
      label: 'Local mock',
      baseUrl: 'http://mock',
      kind: 'mock',
      demoClientId: 'demo-client',
      demoClientSecret: 'demo-secret',
    },
  ],
}

const suite = suiteSchema.parse({
  format: 'assistants-console/suite',
  version: 1,
  id: 'hook-suite',
  name: 'Hook suite',
  cases: [{ id: 'a', name: 'A', assistant: 'bot', assertions: [{ type: 'contains', value: 'ok' }] }],
})

describe('useSuiteRun', () => {
  it('runs the suite with the connection’s client, keyed by its identity, and shows the run while it goes on', async () => {
    const connection = new ConnectionStore(config, null, null)
    const clients: ApiClient[] = []
    let answer: (() => void) | null = null
    const evaluatorFor = (client: ApiClient): Evaluator => {
      clients.push(client)
      return {
        run: (request) =>
          new Promise((resolve) => {
            answer = () => resolve(fakeRun({ assistant: request.assistant, output: 'ok' }))
          }),
      }
    }
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ConnectionProvider store={connection}>{children}</ConnectionProvider>
    )
    const { result } = renderHook(() => useSuiteRun(suite, { evaluatorFor }), { wrapper })
    expect(result.current.runs.connectionKey).toBe(connection.getSnapshot().identity)
    expect(result.current.runs.suiteId).toBe('hook-suite')

    let started: ReturnType<typeof result.current.start> | null = null
    act(() => {
      started = result.current.start({ concurrency: 2, repeat: 1 })
    })
    expect(clients).toEqual([connection.getSnapshot().client])
    expect(result.current.active.map((a) => a.total)).toEqual([1])
    expect(result.current.state.entries[0]?.status).toBe('running')

    await vi.waitFor(() => expect(answer).not.toBeNull())
    await act(async () => {
      answer?.()
      await started?.done
    })
    expect(result.current.active).toEqual([])
    expect(result.current.state.entries[0]).toMatchObject({
      status: 'finished',
      cases: [{ caseId: 'a', outcome: 'passed', passed: 1, total: 1 }],
    })
  })
})
