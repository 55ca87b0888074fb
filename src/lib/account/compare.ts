/**
 * Field-by-field comparison of one item in two snapshots, shared by the differ
 * and the planner. Only differing fields are returned. Header values are never
 * values here: a secret field's sides are 'set' | 'absent' | 'unknown'.
 */
import {
  UNKNOWN_SECRET,
  type ApiItem,
  type AssistantItem,
  type DiffState,
  type FieldDiff,
  type SecretComparison,
} from './model'

export const ASSISTANT_FIELDS = [
  'name',
  'instructions',
  'model',
  'response_format_json',
  'include_conversation_transcript',
  'include_conversation_metadata',
  'temperature',
  'top_p',
  'tools',
] as const satisfies readonly (keyof AssistantItem)[]
export type AssistantField = (typeof ASSISTANT_FIELDS)[number]

/** "0.2" and "0.20" are the same decimal. */
function sameDecimal(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b
  const x = Number(a)
  const y = Number(b)
  return Number.isFinite(x) && Number.isFinite(y) ? Math.abs(x - y) < 1e-9 : a === b
}

export function toolKeys(item: AssistantItem): string[] {
  return item.tools.map((t) => t.key).sort()
}

export function sameAssistantField(field: AssistantField, left: AssistantItem, right: AssistantItem): boolean {
  switch (field) {
    case 'temperature':
    case 'top_p':
      return sameDecimal(left[field], right[field])
    case 'tools':
      return toolKeys(left).join('\n') === toolKeys(right).join('\n')
    default:
      return left[field] === right[field]
  }
}

export function assistantFieldDiffs(left: AssistantItem, right: AssistantItem): FieldDiff[] {
  return ASSISTANT_FIELDS.filter((f) => !sameAssistantField(f, left, right)).map((field) => ({
    field,
    left: left[field],
    right: right[field],
  }))
}

export const HEADER_FIELD_PREFIX = 'headers.'

type SecretSide = 'set' | 'absent' | 'unknown'
function side(headers: Record<string, string>, name: string): SecretSide {
  const value = headers[name]
  return value === undefined ? 'absent' : value === UNKNOWN_SECRET ? 'unknown' : 'set'
}

/** Every header name of either side, compared without values. */
export function compareHeaders(left: ApiItem, right: ApiItem): SecretComparison[] {
  const names = [...new Set([...Object.keys(left.headers), ...Object.keys(right.headers)])].sort()
  return names.map((header) => {
    const l = side(left.headers, header)
    const r = side(right.headers, header)
    let state: DiffState | 'unknown'
    if (l === 'absent') state = 'only-right'
    else if (r === 'absent') state = 'only-left'
    else if (l === 'unknown' || r === 'unknown') state = 'unknown'
    else state = left.headers[header] === right.headers[header] ? 'same' : 'differs'
    return { header, state }
  })
}

export function apiFieldDiffs(left: ApiItem, right: ApiItem): FieldDiff[] {
  const out: FieldDiff[] = []
  if (left.url !== right.url) out.push({ field: 'url', left: left.url, right: right.url })
  for (const { header, state } of compareHeaders(left, right)) {
    // An unknown value cannot be said to differ; "same" is not a difference.
    if (state === 'same' || state === 'unknown') continue
    out.push({
      field: `${HEADER_FIELD_PREFIX}${header}`,
      left: side(left.headers, header),
      right: side(right.headers, header),
      secret: true,
    })
  }
  return out
}
