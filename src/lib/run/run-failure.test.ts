import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/api-error'
import { describeFailure, endedEarly, failureLabel, timedOut } from './run-failure'

const streaming = { responded: true, chunks: 12, online: true }
const waiting = { responded: false, chunks: 0, online: true }

describe('run failures', () => {
  it('a connection cut mid-stream says how far it got', () => {
    const cut = new ApiError({ kind: 'network', message: 'The connection was lost mid-stream (network error).' })
    expect(describeFailure(cut, streaming)).toEqual({
      message: 'The connection was lost after 12 chunks: the output is incomplete.',
      code: 'dropped',
    })
    expect(describeFailure(cut, { ...streaming, chunks: 1, online: false }).message).toBe(
      'The connection was lost after 1 chunk (the browser went offline): the output is incomplete.',
    )
    expect(describeFailure(cut, { ...streaming, chunks: 0 }).message).toBe(
      'The connection was lost before any output arrived.',
    )
  })

  it('a request that never got through: unreachable, or offline', () => {
    const unreachable = new ApiError({ kind: 'network', message: 'Could not reach the server: Failed to fetch' })
    expect(describeFailure(unreachable, waiting)).toEqual({
      message: 'Could not reach the server: Failed to fetch',
      code: 'network',
    })
    expect(describeFailure(unreachable, { ...waiting, online: false })).toEqual({
      message: 'The browser is offline: the request was not sent.',
      code: 'offline',
    })
  })

  it('HTTP errors carry their status once, DRF-shaped or not', () => {
    expect(describeFailure(ApiError.fromResponse(404, { detail: 'Assistant not found.' }), waiting)).toEqual({
      message: 'HTTP 404: Assistant not found.',
      code: '404',
    })
    const html = ApiError.fromResponse(502, '<html><title>502 Bad Gateway</title></html>', 'Bad Gateway')
    expect(describeFailure(html, waiting)).toEqual({
      message: 'HTTP 502 Bad Gateway: The server answered an HTML page: “502 Bad Gateway”.',
      code: '502',
    })
    expect(describeFailure(ApiError.fromResponse(500, null), waiting).message).toBe('HTTP 500 Server error')
  })

  it('a broken answer and anything else thrown', () => {
    const contract = new ApiError({ kind: 'contract', message: 'A "delta" event does not match the contract: x' })
    expect(describeFailure(contract, streaming)).toEqual({ message: contract.message, code: 'contract' })
    expect(describeFailure(new Error('boom'), streaming)).toEqual({ message: 'boom', code: null })
  })

  it('an early end and a timeout', () => {
    expect(endedEarly(streaming)).toEqual({
      message: 'The stream ended after 12 chunks, with no done or error event: the output is incomplete.',
      code: 'incomplete',
    })
    expect(timedOut(30_000, streaming)).toEqual({
      message: 'No data for 30 s after 12 chunks: stopped waiting, the output is incomplete.',
      code: 'timeout',
    })
    expect(timedOut(2000, { ...streaming, chunks: 0 }).message).toBe(
      'No data for 2 s after the stream opened: stopped waiting, no output arrived.',
    )
    expect(endedEarly({ ...streaming, chunks: 0 }).message).toBe(
      'The stream ended before any output arrived, with no done or error event.',
    )
    expect(timedOut(1500, { ...waiting, online: false }).message).toBe(
      'No answer from the server for 1.5 s: stopped waiting. The browser is offline.',
    )
  })

  it('labels each kind, and none for an error the server reported', () => {
    expect(failureLabel('timeout')).toBe('Timed out')
    expect(failureLabel('dropped')).toBe('Connection lost')
    expect(failureLabel('502')).toBe('HTTP 502')
    expect(failureLabel('mock_failure')).toBeNull()
    expect(failureLabel(null)).toBeNull()
  })
})
