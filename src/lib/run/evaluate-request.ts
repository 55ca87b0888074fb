/** The evaluate request: the `input` field's validation, the body and path, and "copy as curl". */
import type { JsonObject } from '@/contract/common'
import type { RunRequest } from './run-model'

export const DEFAULT_INPUT = '{\n  "media_type": "chat"\n}'

export type InputParse = { ok: true; value: JsonObject } | { ok: false; error: string }

/** `input` must be a JSON object (the API answers 422 otherwise); say so at the field, before sending. */
export function parseInput(text: string): InputParse {
  if (text.trim() === '') return { ok: true, value: {} }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return { ok: false, error: `Not valid JSON: ${(e as Error).message}` }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      error: `Must be a JSON object ({ … }), not ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}.`,
    }
  }
  return { ok: true, value: value as JsonObject }
}

export const evaluatePath = (code: string): string => `/api/v2/assistants/${encodeURIComponent(code)}/evaluate`

export function evaluateQuery(req: RunRequest): Record<string, string> {
  return req.conversationId ? { conversation_id: req.conversationId } : {}
}

export function evaluateBody(req: RunRequest): { input: JsonObject; transcript?: RunRequest['transcript'] } {
  return req.transcript && req.transcript.length > 0
    ? { input: req.input, transcript: req.transcript }
    : { input: req.input }
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`

export const TOKEN_PLACEHOLDER = '<your-access-token>'

/** The exact request as curl; the token is a placeholder so a pasted command never leaks one. */
export function buildCurl(req: RunRequest, url: string): string {
  return [
    `curl -N -X POST ${shellQuote(url)}`,
    `  -H ${shellQuote(`Authorization: Bearer ${TOKEN_PLACEHOLDER}`)}`,
    `  -H ${shellQuote('Content-Type: application/json')}`,
    `  -H ${shellQuote('Accept: text/event-stream, application/json')}`,
    `  --data-raw ${shellQuote(JSON.stringify(evaluateBody(req)))}`,
  ].join(' \\\n')
}

/** An absolute URL even when the API is served from the console's own origin ('' or a path base URL). */
export function absoluteUrl(url: string, origin: string): string {
  return new URL(url, origin).toString()
}
