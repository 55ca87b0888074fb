/**
 * An assertion as the case editor holds it: one flat shape for every type,
 * with JSON parts (schema, expected values, payload fields) as text and
 * numbers as text, so half-typed values stay in the form. The schema checks
 * each type's fields where they are typed (a regex compiles, a schema is an
 * object, a limit is above 0); `fromDraft` turns a valid draft into the
 * suite format's assertion.
 */
import { z } from 'zod'
import { parseJsonPath } from '@/lib/qa/json-path'
import { schemaProblem } from '@/lib/qa/json-schema-check'
import { toolMatchSchema, type Assertion, type AssertionType, type ToolMatch } from '@/lib/qa/suite-format'

export interface ToolMatchDraft {
  name: string
  api_code: string
  method: string
  path: string
  /** JSON object text; empty for none. */
  payload: string
  /** JSON object text; empty for none. */
  arguments: string
}

export interface AssertionDraft {
  type: AssertionType
  negate: boolean
  label: string
  /** contains, equals */
  value: string
  case_sensitive: boolean
  trim: boolean
  /** regex */
  pattern: string
  flags: string
  /** json_path: the path, and the expected value as JSON text (plain text counts as a string; empty: the path exists). */
  path: string
  equals: string
  /** json_schema: JSON object text. */
  schema: string
  /** tool_called */
  match: ToolMatchDraft
  min: string
  max: string
  /** tool_order: a JSON array of tool matches. */
  calls: string
  /** ttft_under, total_time_under */
  ms: string
  /** judge */
  assistant: string
  rubric: string
}

/** Menu order and wording. `negated` is how the assertion reads when negated. */
export const ASSERTION_TYPES: { type: AssertionType; label: string; negated: string }[] = [
  { type: 'contains', label: 'Output contains', negated: 'Output does not contain' },
  { type: 'equals', label: 'Output equals', negated: 'Output does not equal' },
  { type: 'regex', label: 'Output matches a regex', negated: 'Output does not match the regex' },
  { type: 'is_json', label: 'Output is JSON', negated: 'Output is not JSON' },
  { type: 'json_path', label: 'JSON path equals', negated: 'JSON path does not equal' },
  { type: 'json_schema', label: 'Output validates against a JSON Schema', negated: 'Output does not validate' },
  { type: 'tool_called', label: 'Tool was called', negated: 'Tool was not called' },
  { type: 'tool_order', label: 'Tools called in order', negated: 'Tools not called in this order' },
  { type: 'run_succeeded', label: 'Run succeeded', negated: 'Run did not succeed' },
  { type: 'ttft_under', label: 'Time to first token under', negated: 'Time to first token not under' },
  { type: 'total_time_under', label: 'Total time under', negated: 'Total time not under' },
  { type: 'judge', label: 'Judge (another assistant grades)', negated: 'Judge fails the output' },
]

/** The field a new assertion of this type starts in (keyboard focus after adding it). */
export const FIRST_FIELD: Record<AssertionType, string> = {
  contains: 'value',
  equals: 'value',
  regex: 'pattern',
  is_json: 'negate',
  json_path: 'path',
  json_schema: 'schema',
  tool_called: 'match.name',
  tool_order: 'calls',
  run_succeeded: 'negate',
  ttft_under: 'ms',
  total_time_under: 'ms',
  judge: 'assistant',
}

export const typeLabel = (type: AssertionType, negate = false): string => {
  const t = ASSERTION_TYPES.find((x) => x.type === type)
  return t ? (negate ? t.negated : t.label) : type
}

const emptyMatch = (): ToolMatchDraft => ({ name: '', api_code: '', method: '', path: '', payload: '', arguments: '' })

export function emptyDraft(type: AssertionType): AssertionDraft {
  return {
    type,
    negate: false,
    label: '',
    value: '',
    case_sensitive: false,
    trim: true,
    pattern: '',
    flags: '',
    path: '$.',
    equals: '',
    schema: '{\n  "type": "object"\n}',
    match: type === 'tool_called' ? { ...emptyMatch(), name: 'call_api' } : emptyMatch(),
    min: '',
    max: '',
    calls: '[\n  { "name": "call_api" },\n  { "name": "call_api" }\n]',
    ms: type === 'ttft_under' ? '2000' : '10000',
    assistant: '',
    rubric: '',
  }
}

const json = (v: unknown) => JSON.stringify(v, null, 2)
const objectText = (o: Record<string, unknown> | undefined) => (o && Object.keys(o).length > 0 ? json(o) : '')

function toMatchDraft(m: ToolMatch): ToolMatchDraft {
  return {
    name: m.name,
    api_code: m.api_code ?? '',
    method: m.method ?? '',
    path: m.path ?? '',
    payload: objectText(m.payload),
    arguments: objectText(m.arguments),
  }
}

export function toDraft(a: Assertion): AssertionDraft {
  const d: AssertionDraft = { ...emptyDraft(a.type), negate: a.negate ?? false, label: a.label ?? '' }
  switch (a.type) {
    case 'contains':
      return { ...d, value: a.value, case_sensitive: a.case_sensitive ?? false }
    case 'equals':
      return { ...d, value: a.value, trim: a.trim ?? true }
    case 'regex':
      return { ...d, pattern: a.pattern, flags: a.flags ?? '' }
    case 'json_path':
      return { ...d, path: a.path, equals: a.equals === undefined ? '' : json(a.equals) }
    case 'json_schema':
      return { ...d, schema: json(a.schema) }
    case 'tool_called':
      return { ...d, match: toMatchDraft(a.match), min: a.min?.toString() ?? '', max: a.max?.toString() ?? '' }
    case 'tool_order':
      return { ...d, calls: json(a.calls) }
    case 'ttft_under':
    case 'total_time_under':
      return { ...d, ms: String(a.ms) }
    case 'judge':
      return { ...d, assistant: a.assistant, rubric: a.rubric }
    default:
      return d
  }
}

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

function parseJson(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (e) {
    return { ok: false, error: `Not valid JSON: ${e instanceof Error ? e.message : String(e)}` }
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Optional JSON object text: empty is none. */
function parseObjectText(text: string): Parsed<Record<string, unknown> | undefined> {
  if (text.trim() === '') return { ok: true, value: undefined }
  const parsed = parseJson(text)
  if (!parsed.ok) return parsed
  return isObject(parsed.value)
    ? { ok: true, value: parsed.value }
    : { ok: false, error: 'Must be a JSON object, e.g. {"category": "billing"}.' }
}

/** The expected value of a JSON path: JSON when it parses, else the text as a string. */
const parseExpected = (text: string): unknown => {
  const parsed = parseJson(text)
  return parsed.ok ? parsed.value : text
}

function parseCount(text: string): Parsed<number | undefined> {
  if (text.trim() === '') return { ok: true, value: undefined }
  const n = Number(text)
  return Number.isInteger(n) && n >= 0 ? { ok: true, value: n } : { ok: false, error: 'A whole number, 0 or more.' }
}

function regexProblem(pattern: string, flags: string): string | null {
  if (pattern === '') return 'Enter a pattern.'
  try {
    new RegExp(pattern, flags)
    return null
  } catch (e) {
    return e instanceof Error ? e.message : String(e)
  }
}

function matchFromDraft(m: ToolMatchDraft): Parsed<ToolMatch> {
  const payload = parseObjectText(m.payload)
  const args = parseObjectText(m.arguments)
  if (!payload.ok) return payload
  if (!args.ok) return args
  const opt = (s: string) => (s.trim() === '' ? undefined : s.trim())
  const match: ToolMatch = { name: m.name.trim() }
  const apiCode = opt(m.api_code)
  const method = opt(m.method)
  const path = opt(m.path)
  if (apiCode) match.api_code = apiCode
  if (method) match.method = method.toUpperCase()
  if (path) match.path = path
  if (payload.value) match.payload = payload.value
  if (args.value) match.arguments = args.value
  return { ok: true, value: match }
}

type Issue = { path: (string | number)[]; message: string }

/** Problems of one draft, at its fields' paths (relative to the draft). */
export function draftIssues(d: AssertionDraft): Issue[] {
  const issues: Issue[] = []
  const add = (path: (string | number)[], message: string) => issues.push({ path, message })
  switch (d.type) {
    case 'contains':
      if (d.value === '') add(['value'], 'Enter the text to look for.')
      break
    case 'regex': {
      const flagsOk = /^[dgimsuvy]*$/.test(d.flags)
      // With bad flags every pattern fails to compile: say what is wrong once, at the flags.
      const problem = regexProblem(d.pattern, flagsOk ? d.flags : '')
      if (problem) add(['pattern'], problem === 'Enter a pattern.' ? problem : `Does not compile: ${problem}`)
      if (!flagsOk) add(['flags'], 'Flags are letters among d, g, i, m, s, u, v, y.')
      break
    }
    case 'json_path': {
      const parsed = parseJsonPath(d.path)
      if (!parsed.ok) add(['path'], parsed.error)
      break
    }
    case 'json_schema': {
      const parsed = parseJson(d.schema)
      if (!parsed.ok) add(['schema'], parsed.error)
      else if (!isObject(parsed.value)) add(['schema'], 'A JSON Schema here is a JSON object, e.g. {"type": "object"}.')
      else {
        const problem = schemaProblem(parsed.value)
        if (problem) add(['schema'], `Not a usable JSON Schema: ${problem}.`)
      }
      break
    }
    case 'tool_called': {
      if (d.match.name.trim() === '') add(['match', 'name'], 'Enter the tool name, e.g. call_api.')
      const payload = parseObjectText(d.match.payload)
      if (!payload.ok) add(['match', 'payload'], payload.error)
      const args = parseObjectText(d.match.arguments)
      if (!args.ok) add(['match', 'arguments'], args.error)
      const min = parseCount(d.min)
      const max = parseCount(d.max)
      if (!min.ok) add(['min'], min.error)
      if (!max.ok) add(['max'], max.error)
      if (min.ok && max.ok && min.value !== undefined && max.value !== undefined && min.value > max.value)
        add(['max'], 'At most must not be below at least.')
      break
    }
    case 'tool_order': {
      const parsed = parseJson(d.calls)
      if (!parsed.ok) add(['calls'], parsed.error)
      else if (!Array.isArray(parsed.value) || parsed.value.length < 2)
        add(['calls'], 'A JSON array of at least two tool matches, e.g. [{"name": "a"}, {"name": "b"}].')
      else {
        const bad = parsed.value.findIndex((m) => !toolMatchSchema.safeParse(m).success)
        if (bad >= 0) add(['calls'], `Item ${bad + 1} is not a tool match: it needs at least a "name".`)
      }
      break
    }
    case 'ttft_under':
    case 'total_time_under': {
      const ms = Number(d.ms)
      if (d.ms.trim() === '' || !Number.isFinite(ms) || ms <= 0) add(['ms'], 'A number of milliseconds above 0.')
      break
    }
    case 'judge':
      if (d.assistant.trim() === '') add(['assistant'], 'Choose the assistant that grades.')
      if (d.rubric.trim() === '') add(['rubric'], 'Write the rubric the judge grades against.')
      break
    default:
      break
  }
  return issues
}

export const assertionDraftSchema: z.ZodType<AssertionDraft, AssertionDraft> = z
  .custom<AssertionDraft>()
  .superRefine((d, ctx) => {
    for (const issue of draftIssues(d)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })
  })

/** A valid draft as the suite format's assertion; null while it has problems. */
export function fromDraft(d: AssertionDraft): Assertion | null {
  if (draftIssues(d).length > 0) return null
  const base = { ...(d.negate ? { negate: true } : {}), ...(d.label.trim() ? { label: d.label.trim() } : {}) }
  switch (d.type) {
    case 'contains':
      return { ...base, type: 'contains', value: d.value, ...(d.case_sensitive ? { case_sensitive: true } : {}) }
    case 'equals':
      return { ...base, type: 'equals', value: d.value, ...(d.trim ? {} : { trim: false }) }
    case 'regex':
      return { ...base, type: 'regex', pattern: d.pattern, ...(d.flags ? { flags: d.flags } : {}) }
    case 'is_json':
      return { ...base, type: 'is_json' }
    case 'json_path':
      return {
        ...base,
        type: 'json_path',
        path: d.path.trim(),
        equals: d.equals.trim() === '' ? undefined : parseExpected(d.equals),
      }
    case 'json_schema':
      return { ...base, type: 'json_schema', schema: JSON.parse(d.schema) as Record<string, unknown> }
    case 'tool_called': {
      const match = matchFromDraft(d.match)
      if (!match.ok) return null
      const min = parseCount(d.min)
      const max = parseCount(d.max)
      return {
        ...base,
        type: 'tool_called',
        match: match.value,
        ...(min.ok && min.value !== undefined ? { min: min.value } : {}),
        ...(max.ok && max.value !== undefined ? { max: max.value } : {}),
      }
    }
    case 'tool_order':
      return { ...base, type: 'tool_order', calls: z.array(toolMatchSchema).parse(JSON.parse(d.calls)) }
    case 'run_succeeded':
      return { ...base, type: 'run_succeeded' }
    case 'ttft_under':
      return { ...base, type: 'ttft_under', ms: Number(d.ms) }
    case 'total_time_under':
      return { ...base, type: 'total_time_under', ms: Number(d.ms) }
    case 'judge':
      return { ...base, type: 'judge', assistant: d.assistant.trim(), rubric: d.rubric.trim() }
    default:
      return null
  }
}
