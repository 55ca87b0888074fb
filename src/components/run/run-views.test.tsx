// @vitest-environment happy-dom
/** The shared run views as suite results and the playground show them: status by run health, CX platform receipts. */
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen, within } from '@testing-library/react'
import { createRun, runReducer, type RunAction, type RunRecord } from '@/lib/run/run-model'
import { RunStore } from '@/lib/run/run-store'
import { EventTimeline } from './event-timeline'
import { RunStatusBadge, StatusBadge } from './run-status'
import { ToolFailuresNotice } from './tool-failures-notice'
import { toolFailures } from '@/lib/run/tool-failures'

afterEach(cleanup)

const CALL = { api_code: 'cx', path: '/some-path/categories?id=1', method: 'PUT' }

function runWith(...actions: RunAction[]): RunRecord {
  const start = createRun({
    id: 'r1',
    connectionKey: 'c',
    createdAt: 0,
    request: { assistant: 'a', conversationId: null, input: {}, transcript: null },
  })
  return actions.reduce(runReducer, start)
}

const call: RunAction = { type: 'tool_call', at: 1, id: 't1', name: 'call_api', arguments: CALL }
const done: RunAction = { type: 'done', at: 3, output: 'ok' }

describe('status badge', () => {
  it('a run whose tool call was skipped is amber "Succeeded with failed tool calls"', () => {
    const run = runWith(
      call,
      {
        type: 'tool_result',
        at: 2,
        id: 't1',
        name: 'call_api',
        ok: false,
        result: { skipped: true, reason: 'outbound calls to cx.example.com are disabled' },
        durationMs: 1,
      },
      done,
    )
    render(<RunStatusBadge run={run} />)
    expect(screen.getByText('Succeeded with failed tool calls').className).toContain('text-warning')
    render(<ToolFailuresNotice failures={toolFailures(run)} />)
    const notice = screen.getByRole('region', { name: 'Failed tool calls' })
    expect(notice.textContent).toContain('1 tool call failed or was skipped')
    expect(notice.textContent).toContain(
      'call_api PUT /some-path/categories?id=1 was skipped: outbound calls to cx.example.com are disabled',
    )
  })

  it('a clean run stays a green "Succeeded"; other statuses ignore tool failures', () => {
    const run = runWith(
      call,
      { type: 'tool_result', at: 2, id: 't1', name: 'call_api', ok: true, result: {}, durationMs: 1 },
      done,
    )
    render(<RunStatusBadge run={run} />)
    expect(screen.getByText('Succeeded').className).toContain('text-success')
    render(<StatusBadge status="failed" failedTools={2} />)
    expect(screen.getByText('Failed')).toBeTruthy()
    expect(screen.queryByText(/failed tool calls/)).toBeNull()
    render(<ToolFailuresNotice failures={[]} />)
    expect(screen.queryByRole('region', { name: 'Failed tool calls' })).toBeNull()
  })
})

describe('timeline', () => {
  it('shows what the CX platform received, once, and marks skipped results', () => {
    const store = new RunStore({ request: () => 0, cancel: () => undefined })
    store.load(
      runWith(call, {
        type: 'tool_result',
        at: 2,
        id: 't1',
        name: 'call_api',
        ok: true,
        result: {
          status: 200,
          ok: true,
          received_by_cx_platform: {
            via: 'in-process',
            method: 'PUT',
            path: '/some-path/categories',
            query: { id: ['1'] },
            headers: { 'some-header': '••••••' },
            body: { note: 'moved' },
          },
        },
        durationMs: 1,
      }),
    )
    render(<EventTimeline store={store} />)
    const received = screen.getByRole('region', { name: 'Received by CX platform' })
    expect(within(received).getByText('PUT')).toBeTruthy()
    expect(received.textContent).toContain('/some-path/categories')
    expect(received.textContent).toContain('id: 1')
    expect(received.textContent).toContain('some-header: ••••••')
    expect(received.textContent).toContain('"note": "moved"')
    expect(received.textContent).toContain('(built into the mock)')
    const result = screen.getByLabelText('Result of call_api')
    expect(result.textContent).toContain('"status": 200')
    expect(result.textContent).not.toContain('received_by_cx_platform')

    act(() => {
      store.load(
        runWith(call, {
          type: 'tool_result',
          at: 2,
          id: 't1',
          name: 'call_api',
          ok: false,
          result: { skipped: true, reason: 'no' },
          durationMs: 1,
        }),
      )
    })
    expect(screen.getByText('Skipped')).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Received by CX platform' })).toBeNull()
  })
})
