/**
 * Reads routing instructions in the guide's format: a category list
 * (`- Change subscription: 65fd...`), a default (`assign the category_id "..."`)
 * and the call_api parameters (`- api_code:`, `- path:`, `- method:`), then
 * picks the category whose name shares most keywords with the transcript.
 */
import type { TranscriptTurn } from '../../../src/contract/evaluate'
import { keywords } from './text'

export interface Category {
  name: string
  id: string
}

export interface CallApiPlan {
  api_code: string
  path: string
  method: string
  payload?: unknown
  headers?: Record<string, string>
}

export interface RoutingInstructions {
  categories: Category[]
  defaultId: string | null
  call: CallApiPlan | null
}

const CALL_KEYS = new Set(['api_code', 'path', 'method', 'payload', 'headers'])
const LIST_LINE = /^\s*[-*•]\s*([^:]+?)\s*:\s*(.+?)\s*$/

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

export function parseRoutingInstructions(instructions: string): RoutingInstructions {
  const categories: Category[] = []
  const call: Record<string, string> = {}
  for (const line of instructions.split(/\r?\n/)) {
    const match = LIST_LINE.exec(line)
    if (!match) continue
    const key = (match[1] ?? '').trim()
    const value = (match[2] ?? '').trim()
    if (CALL_KEYS.has(key.toLowerCase())) call[key.toLowerCase()] = value
    else if (/^[A-Za-z0-9_-]+$/.test(value)) categories.push({ name: key, id: value })
  }
  const defaultId = /category_id\s*["'“]([^"'”]+)["'”]/i.exec(instructions)?.[1] ?? null
  const headers = parseJson(call.headers)
  const plan: CallApiPlan | null =
    call.api_code && call.path
      ? {
          api_code: call.api_code,
          path: call.path,
          method: (call.method ?? 'POST').toUpperCase(),
          ...(call.payload !== undefined ? { payload: parseJson(call.payload) } : {}),
          ...(typeof headers === 'object' && headers !== null ? { headers: headers as Record<string, string> } : {}),
        }
      : null
  return { categories, defaultId, call: plan }
}

export function isRoutingInstructions(instructions: string, parsed: RoutingInstructions): boolean {
  return (
    /categori[sz]|categor(y|ies)/i.test(instructions) && (parsed.categories.length > 0 || parsed.defaultId !== null)
  )
}

/** Customer words count double: the customer says what the conversation is about. */
export function pickCategory(
  parsed: RoutingInstructions,
  turns: readonly TranscriptTurn[],
  fallbackText: string,
): Category {
  const customer = new Set(
    keywords(
      turns
        .filter((t) => t.speaker === 'customer')
        .map((t) => t.text)
        .join(' ') || fallbackText,
    ),
  )
  const others = new Set(
    keywords(
      turns
        .filter((t) => t.speaker !== 'customer')
        .map((t) => t.text)
        .join(' '),
    ),
  )
  let best: Category | null = null
  let bestScore = 0
  for (const category of parsed.categories) {
    const score = keywords(category.name).reduce(
      (sum, k) => sum + (customer.has(k) ? 2 : 0) + (others.has(k) ? 1 : 0),
      0,
    )
    if (score > bestScore) {
      best = category
      bestScore = score
    }
  }
  if (best) return best
  const fallbackId = parsed.defaultId ?? parsed.categories[0]?.id ?? 'unknown'
  return parsed.categories.find((c) => c.id === fallbackId) ?? { name: 'Other', id: fallbackId }
}

/** Fills `{new_category_id}`-style placeholders in a path or payload. */
export function substitute(text: string, values: Record<string, string>): string {
  return text.replace(/\{([a-z_]+)\}/gi, (whole, name: string) => values[name] ?? whole)
}
