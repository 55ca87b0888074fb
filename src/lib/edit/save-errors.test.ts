/** What a failed write tells the person editing: the kind of failure, and that the edit is kept. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/api-error'
import { TimeoutError, describeFailure, failureKind, isOffline, type FailureKind } from './save-errors'

const KEPT = 'Your edits are kept.'

afterEach(() => {
  vi.unstubAllGlobals()
})

const network = new ApiError({ kind: 'network', message: 'Failed to fetch' })
const aborted = new ApiError({ kind: 'aborted', message: 'The request was aborted' })

const cases: [string, unknown, FailureKind, RegExp][] = [
  [
    'a TimeoutError',
    new TimeoutError(30),
    'timeout',
    /did not answer in time, so could not save the route\. .*saving again checks first/,
  ],
  ['an aborted request', aborted, 'timeout', /did not answer in time/],
  ['a network failure', network, 'network', /^Could not reach the server to save the route\./],
  [
    'a 401',
    ApiError.fromResponse(401, { detail: 'Token expired.' }),
    'auth',
    /no longer accepts this sign-in \(401\).*Sign in again/,
  ],
  ['an auth error without a status', new ApiError({ kind: 'auth', message: 'no token' }), 'auth', /\(401\)/],
  [
    'a 403',
    ApiError.fromResponse(403, { detail: 'No.' }),
    'forbidden',
    /not allowed to save the route \(403 Forbidden\)/,
  ],
  ['a 404', ApiError.fromResponse(404, { detail: 'Not found.' }), 'gone', /no longer exists on the server/],
  [
    'a 500',
    ApiError.fromResponse(500, { detail: 'Boom.' }),
    'server',
    /failed while trying to save the route \(500: Boom\.\)/,
  ],
  [
    'a 503 HTML page',
    ApiError.fromResponse(503, '<html><title>Down</title></html>'),
    'server',
    /\(503: 503 Service unavailable: .*Down/,
  ],
  [
    'a 400',
    ApiError.fromResponse(400, { name: ['Required.'] }),
    'invalid',
    /^Could not save the route: name: Required\. /,
  ],
  [
    'a 422',
    ApiError.fromResponse(422, { error: { message: 'Bad input' } }),
    'invalid',
    /^Could not save the route: 422 .*Bad input/,
  ],
  ['a 409', ApiError.fromResponse(409, { detail: 'Conflict.' }), 'other', /^Could not save the route: Conflict\. /],
  [
    'a contract error',
    new ApiError({ kind: 'contract', message: 'Bad shape.' }),
    'other',
    /^Could not save the route: Bad shape\./,
  ],
  ['a plain Error', new Error('kaput'), 'other', /^Could not save the route: kaput /],
  ['a thrown string', 'weird', 'other', /^Could not save the route: weird /],
]

describe('failureKind and describeFailure', () => {
  it.each(cases)('%s', (_name, error, kind, sentence) => {
    expect(failureKind(error)).toBe(kind)
    const message = describeFailure(error, 'save the route')
    expect(message).toMatch(sentence)
    expect(message).toContain(KEPT)
  })

  it('never says "undefined" or "null" in a sentence', () => {
    for (const [, error] of cases) expect(describeFailure(error, 'save')).not.toMatch(/undefined|null/)
  })
})

describe('offline', () => {
  it('isOffline follows navigator.onLine, and is false without a navigator', () => {
    vi.stubGlobal('navigator', { onLine: false })
    expect(isOffline()).toBe(true)
    vi.stubGlobal('navigator', { onLine: true })
    expect(isOffline()).toBe(false)
    vi.stubGlobal('navigator', undefined)
    expect(isOffline()).toBe(false)
  })

  it('an offline browser explains any API failure, and the edit is kept', () => {
    vi.stubGlobal('navigator', { onLine: false })
    for (const e of [network, ApiError.fromResponse(500, { detail: 'x' }), null]) {
      expect(failureKind(e)).toBe('offline')
      const message = describeFailure(e, 'save the assistant')
      expect(message).toMatch(/^The browser is offline, so could not save the assistant\./)
      expect(message).toContain(KEPT)
      expect(message).toContain('once you are back online')
    }
  })

  it('a timeout is still a timeout when offline (the answer may have reached the server)', () => {
    vi.stubGlobal('navigator', { onLine: false })
    expect(failureKind(new TimeoutError(5))).toBe('timeout')
  })
})

describe('TimeoutError', () => {
  it('names itself and says how long it waited', () => {
    const e = new TimeoutError(12)
    expect(e).toBeInstanceOf(Error)
    expect(e.name).toBe('TimeoutError')
    expect(e.seconds).toBe(12)
    expect(e.message).toBe('No answer within 12 s.')
  })
})
