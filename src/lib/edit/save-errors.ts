/**
 * What a failed write means for the person editing: one sentence that says
 * what happened and that the edit is kept, chosen by the kind of failure.
 * Field errors are placed at their fields by the caller (applyServerErrors).
 */
import { errorMessage, isApiError } from '@/api/api-error'

export type FailureKind =
  'offline' | 'timeout' | 'network' | 'auth' | 'forbidden' | 'gone' | 'server' | 'invalid' | 'other'

export class TimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(`No answer within ${seconds} s.`)
    this.name = 'TimeoutError'
  }
}

export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false
}

export function failureKind(e: unknown): FailureKind {
  if (e instanceof TimeoutError) return 'timeout'
  if (isOffline()) return 'offline'
  if (!isApiError(e)) return 'other'
  if (e.kind === 'network') return 'network'
  if (e.kind === 'aborted') return 'timeout'
  if (e.status === 401 || e.kind === 'auth') return 'auth'
  if (e.status === 403) return 'forbidden'
  if (e.status === 404) return 'gone'
  if (e.status !== null && e.status >= 500) return 'server'
  if (e.status === 400 || e.status === 422 || (e.status === 412 && e.hasFieldErrors)) return 'invalid'
  return 'other'
}

const KEPT = 'Your edits are kept.'

/** The banner sentence for a failed action (`what`: e.g. "save", "check the server’s version"). */
export function describeFailure(e: unknown, what: string): string {
  switch (failureKind(e)) {
    case 'offline':
      return `The browser is offline, so could not ${what}. ${KEPT} Save again once you are back online.`
    case 'timeout':
      return `The server did not answer in time, so could not ${what}. ${KEPT} The change may still have reached the server: saving again checks first.`
    case 'network':
      return `Could not reach the server to ${what}. ${KEPT} Save again when it is back.`
    case 'auth':
      return `The server no longer accepts this sign-in (401), so could not ${what}. ${KEPT} Sign in again in Settings, then save.`
    case 'forbidden':
      return `This connection is not allowed to ${what} (403 Forbidden). ${KEPT} Use a client with write access.`
    case 'gone':
      return `It no longer exists on the server: someone deleted it. ${KEPT} Copy what you need before leaving.`
    case 'server':
      return `The server failed while trying to ${what} (${isApiError(e) ? e.status : 'error'}: ${errorMessage(e)}). ${KEPT} Try again.`
    default:
      return `Could not ${what}: ${errorMessage(e)} ${KEPT}`
  }
}
