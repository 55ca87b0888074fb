/**
 * One error type for everything the API layer can fail with, so pages render
 * errors one way: HTTP status with DRF field/non-field errors and `detail`, a
 * network failure, or an answer that breaks the contract.
 */
import type { z } from 'zod'
import { describeForeignBody, readDrfBody } from '@/contract/errors'

export type ApiErrorKind = 'http' | 'network' | 'contract' | 'auth' | 'aborted'

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number | null
  readonly fieldErrors: Record<string, string[]>
  readonly nonFieldErrors: string[]
  readonly detail: string | null
  readonly body: unknown
  /** The platform's id for this call (e.g. Deepslate's traceId), shown so support can find it. */
  readonly reference: string | null

  constructor(init: {
    kind: ApiErrorKind
    message: string
    status?: number | null
    body?: unknown
    fieldErrors?: Record<string, string[]>
    nonFieldErrors?: string[]
    detail?: string | null
    reference?: string | null
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.kind = init.kind
    this.status = init.status ?? null
    this.body = init.body
    this.fieldErrors = init.fieldErrors ?? {}
    this.nonFieldErrors = init.nonFieldErrors ?? []
    this.detail = init.detail ?? null
    this.reference = init.reference ?? null
  }

  /**
   * An HTTP error answer. Field errors are filled only from a DRF-shaped body;
   * any other body (a 422 `{"error": ...}`, a proxy's HTML page, plain text)
   * becomes a general message, never errors at form fields.
   */
  static fromResponse(status: number, body: unknown, statusText = ''): ApiError {
    const kind = status === 401 ? 'auth' : 'http'
    const statusLine = `${status} ${statusText || describeStatus(status)}`
    const drf = readDrfBody(body)
    if (!drf) {
      const said = describeForeignBody(body)
      return new ApiError({ kind, status, body, message: said ? `${statusLine}: ${said}` : statusLine })
    }
    const { fieldErrors, nonFieldErrors, detail } = drf
    const fieldSummary = Object.entries(fieldErrors)
      .map(([f, m]) => `${f}: ${m.join(' ')}`)
      .join('; ')
    const message = detail ?? (nonFieldErrors.length > 0 ? nonFieldErrors.join(' ') : fieldSummary || statusLine)
    return new ApiError({ kind, status, body, fieldErrors, nonFieldErrors, detail, message })
  }

  static fromContract(what: string, error: z.ZodError, body: unknown): ApiError {
    const first = error.issues[0]
    const where = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : ''
    return new ApiError({
      kind: 'contract',
      body,
      message: `The server's answer for ${what} does not match the contract (${where}).`,
    })
  }

  get isNotFound(): boolean {
    return this.status === 404
  }
  get isForbidden(): boolean {
    return this.status === 403
  }
  get hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0
  }
}

function describeStatus(status: number): string {
  const known: Record<number, string> = {
    400: 'Bad request',
    401: 'Not authenticated',
    403: 'Forbidden',
    404: 'Not found',
    409: 'Conflict',
    415: 'Unsupported media type',
    422: 'Unprocessable entity',
    429: 'Too many requests',
    500: 'Server error',
    502: 'Bad gateway',
    503: 'Service unavailable',
  }
  return known[status] ?? 'Error'
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

/** A human sentence for any thrown value. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message
  return String(e)
}
