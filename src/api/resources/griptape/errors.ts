/**
 * Griptape's error answers (`ClientErrorResponseContent`: a `type` and one item
 * per problem) as the console's ApiError. Field paths are the API's (`_mock.chunks`,
 * `args.0`); a form passes `fieldName` to key them by its own field names.
 */
import { ApiError } from '@/api/api-error'
import type { ErrorReader } from '@/api/http-client'
import { readClientError } from '@/contract/griptape/fields'

/** Maps an API field path to the form field showing it; null leaves it for the banner, under its API path. */
export type FieldNameMap = (apiPath: string) => string | null

export function griptapeErrorReader(fieldName: FieldNameMap = (p) => p): ErrorReader {
  return (status, body, statusText) => {
    const read = readClientError(body)
    if (!read) return null
    const fieldErrors: Record<string, string[]> = {}
    for (const [path, messages] of Object.entries(read.fieldErrors)) {
      const key = fieldName(path) ?? path
      ;(fieldErrors[key] ??= []).push(...messages)
    }
    const summary = [...read.general, ...Object.entries(read.fieldErrors).map(([f, m]) => `${f}: ${m.join(' ')}`)].join(
      ' ',
    )
    const statusLine = `${status} ${statusText || read.type}`
    return new ApiError({
      kind: status === 401 ? 'auth' : 'http',
      status,
      body,
      fieldErrors,
      nonFieldErrors: read.general,
      message: summary ? `${summary}` : statusLine,
      detail: null,
    })
  }
}

/** The reader for requests that feed no form: every message under its API path. */
export const readGriptapeError = griptapeErrorReader()
