/**
 * Why a run failed, in a sentence that says what happened and what is left:
 * a connection cut mid-stream, a stream that ended early, silence past the
 * inactivity timeout, an HTTP error, the browser being offline, an answer that
 * breaks the contract. Each gets its own code, so the UI can tell them apart.
 */
import { errorMessage, isApiError } from '@/api/api-error'

export interface RunFailure {
  message: string
  code: string | null
}

/** What the run had got when it failed. */
export interface RunProgress {
  /** The server answered (headers arrived): a failure now is a cut, not a request that never got through. */
  responded: boolean
  chunks: number
  online: boolean
}

const chunksText = (n: number) => `${n.toLocaleString('en-US')} chunk${n === 1 ? '' : 's'}`

export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(2)).toLocaleString('en-US')} s`
}

const offlineNote = (p: RunProgress) => (p.online ? '' : ' The browser is offline.')

/** The stream closed cleanly but never said done or error. */
export function endedEarly(p: RunProgress): RunFailure {
  const message =
    p.chunks === 0
      ? 'The stream ended before any output arrived, with no done or error event.'
      : `The stream ended after ${chunksText(p.chunks)}, with no done or error event: the output is incomplete.`
  return { message, code: 'incomplete' }
}

/** Nothing came from the server for `timeoutMs`. */
export function timedOut(timeoutMs: number, p: RunProgress): RunFailure {
  const silence = formatSeconds(timeoutMs)
  const message = !p.responded
    ? `No answer from the server for ${silence}: stopped waiting.`
    : p.chunks === 0
      ? `No data for ${silence} after the stream opened: stopped waiting, no output arrived.`
      : `No data for ${silence} after ${chunksText(p.chunks)}: stopped waiting, the output is incomplete.`
  return { message: message + offlineNote(p), code: 'timeout' }
}

/** Anything evaluate threw. */
export function describeFailure(e: unknown, p: RunProgress): RunFailure {
  if (!isApiError(e)) return { message: errorMessage(e), code: null }
  if (e.kind === 'network') {
    if (p.responded) {
      const why = p.online ? '' : ' (the browser went offline)'
      const message =
        p.chunks === 0
          ? `The connection was lost${why} before any output arrived.`
          : `The connection was lost after ${chunksText(p.chunks)}${why}: the output is incomplete.`
      return { message, code: 'dropped' }
    }
    if (!p.online) return { message: 'The browser is offline: the request was not sent.', code: 'offline' }
    return { message: e.message, code: 'network' }
  }
  if (e.status) {
    // A non-DRF body's message already starts with the status line ("502 Bad Gateway: …").
    const message = e.message.startsWith(`${e.status} `) ? `HTTP ${e.message}` : `HTTP ${e.status}: ${e.message}`
    return { message, code: String(e.status) }
  }
  return { message: e.message, code: e.kind }
}

/** A short name for the kind of failure, or null for one the server reported itself (an `error` event). */
export function failureLabel(code: string | null): string | null {
  switch (code) {
    case 'timeout':
      return 'Timed out'
    case 'dropped':
      return 'Connection lost'
    case 'incomplete':
      return 'Stream cut short'
    case 'offline':
      return 'Offline'
    case 'network':
      return 'Unreachable'
    case 'contract':
      return 'Unexpected answer'
    case 'auth':
      return 'Not signed in'
    case 'interrupted':
      return 'Interrupted'
  }
  return code && /^\d{3}$/.test(code) ? `HTTP ${code}` : null
}
