/**
 * Suites as files: parse (every error, per case, with its path; nothing
 * half-imported), serialize (stable key order, 2-space JSON, trailing newline,
 * so a suite in git diffs cleanly), and new suites and case ids.
 */
import type { z } from 'zod'
import { parseJsonPath } from './json-path'
import { schemaProblem } from './json-schema-check'
import {
  assertionSchema,
  SUITE_FORMAT,
  SUITE_FORMAT_VERSION,
  suiteSchema,
  type Assertion,
  type Suite,
  type TestCase,
} from './suite-format'

export interface SuiteFileError {
  /** Index in `cases`, or null for an error outside any case. */
  caseIndex: number | null
  caseName: string | null
  /** Like `cases[3].assertions[1].pattern`; '' for the file as a whole. */
  path: string
  message: string
}

export type SuiteFileParse = { ok: true; suite: Suite } | { ok: false; errors: SuiteFileError[] }

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('')
}

function friendly(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator === 'type' && 'options' in issue)
        return `Unknown assertion type; use one of: ${(issue.options as unknown[]).join(', ')}.`
      return issue.message
    case 'invalid_type':
      return /received undefined/.test(issue.message) ? `Required (${issue.expected}).` : `Expected ${issue.expected}.`
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'Must not be empty.' : issue.message
    default:
      return issue.message
  }
}

function caseOf(raw: unknown, path: readonly PropertyKey[]): { caseIndex: number | null; caseName: string | null } {
  if (path[0] !== 'cases' || typeof path[1] !== 'number') return { caseIndex: null, caseName: null }
  const cases = isRecord(raw) && Array.isArray(raw.cases) ? raw.cases : []
  const c: unknown = cases[path[1]]
  return { caseIndex: path[1], caseName: isRecord(c) && typeof c.name === 'string' ? c.name : null }
}

/** What the schema cannot say: regexes that do not compile, JSON paths and schemas that cannot be used, min > max. */
function assertionProblems(a: Record<string, unknown>): { key: string; message: string }[] {
  const out: { key: string; message: string }[] = []
  if (a.type === 'regex' && typeof a.pattern === 'string') {
    const flags = typeof a.flags === 'string' ? a.flags : ''
    const compiles = (f: string) => {
      try {
        new RegExp(a.pattern as string, f)
        return null
      } catch (e) {
        return (e as Error).message
      }
    }
    const patternError = compiles('')
    if (patternError) out.push({ key: 'pattern', message: `Invalid regular expression: ${patternError}` })
    else if (compiles(flags)) out.push({ key: 'flags', message: `Invalid regular expression flags "${flags}".` })
  }
  if (a.type === 'json_path' && typeof a.path === 'string') {
    const parsed = parseJsonPath(a.path)
    if (!parsed.ok) out.push({ key: 'path', message: parsed.error })
  }
  if (a.type === 'json_schema' && isRecord(a.schema)) {
    const problem = schemaProblem(a.schema)
    if (problem) out.push({ key: 'schema', message: `Invalid JSON Schema: ${problem}` })
  }
  if (a.type === 'tool_called' && typeof a.min === 'number' && typeof a.max === 'number' && a.min > a.max)
    out.push({ key: 'max', message: `max (${a.max}) is less than min (${a.min}).` })
  return out
}

function extraErrors(raw: Record<string, unknown>): SuiteFileError[] {
  const errors: SuiteFileError[] = []
  if (!Array.isArray(raw.cases)) return errors
  const seen = new Map<string, number>()
  raw.cases.forEach((c: unknown, i) => {
    if (!isRecord(c)) return
    const caseName = typeof c.name === 'string' ? c.name : null
    if (typeof c.id === 'string') {
      const first = seen.get(c.id)
      if (first !== undefined)
        errors.push({
          caseIndex: i,
          caseName,
          path: `cases[${i}].id`,
          message: `Duplicate case id "${c.id}" (also cases[${first}]).`,
        })
      else seen.set(c.id, i)
    }
    if (!Array.isArray(c.assertions)) return
    c.assertions.forEach((a: unknown, j) => {
      if (!isRecord(a)) return
      for (const p of assertionProblems(a))
        errors.push({ caseIndex: i, caseName, path: `cases[${i}].assertions[${j}].${p.key}`, message: p.message })
    })
  })
  return errors
}

export function parseSuiteFile(text: string): SuiteFileParse {
  const whole = (message: string): SuiteFileParse => ({
    ok: false,
    errors: [{ caseIndex: null, caseName: null, path: '', message }],
  })
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    return whole(`Not valid JSON: ${(e as Error).message}`)
  }
  if (!isRecord(raw)) return whole('A suite file is a JSON object.')
  if (raw.format !== SUITE_FORMAT)
    return whole(
      `Not a suite file: "format" must be "${SUITE_FORMAT}"${raw.format === undefined ? '' : `, not ${JSON.stringify(raw.format)}`}.`,
    )
  if (typeof raw.version === 'number' && raw.version > SUITE_FORMAT_VERSION)
    return whole(
      `This suite was written in format version ${raw.version}; this version of the console reads version ${SUITE_FORMAT_VERSION}. Update the console.`,
    )
  const parsed = suiteSchema.safeParse(raw)
  const errors: SuiteFileError[] = parsed.success
    ? []
    : parsed.error.issues
        // Our own duplicate check covers every case even when others are broken; zod's runs only on a valid file.
        .filter((issue) => !(issue.code === 'custom' && /^Duplicate case id/.test(issue.message)))
        .map((issue) => ({ ...caseOf(raw, issue.path), path: formatPath(issue.path), message: friendly(issue) }))
  errors.push(...extraErrors(raw))
  if (errors.length > 0 || !parsed.success) {
    errors.sort((a, b) => (a.caseIndex ?? -1) - (b.caseIndex ?? -1))
    return { ok: false, errors }
  }
  return { ok: true, suite: parsed.data }
}

/** Assertion keys in a fixed order: type, the type's own fields in schema order, then negate and label. */
const ASSERTION_KEYS: Record<string, string[]> = Object.fromEntries(
  assertionSchema.options.map((o) => {
    const keys = Object.keys(o.shape).filter((k) => k !== 'type' && k !== 'negate' && k !== 'label')
    return [o.shape.type.value, ['type', ...keys, 'negate', 'label']]
  }),
)
const TOOL_MATCH_KEYS = ['name', 'api_code', 'method', 'path', 'payload', 'arguments']

function ordered(value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k]
  return out
}

function orderAssertion(a: Assertion): Record<string, unknown> {
  const rec = a as Record<string, unknown>
  const out = ordered(rec, ASSERTION_KEYS[a.type] ?? Object.keys(rec))
  if (a.type === 'tool_called') out.match = ordered(a.match, TOOL_MATCH_KEYS)
  if (a.type === 'tool_order') out.calls = a.calls.map((c) => ordered(c, TOOL_MATCH_KEYS))
  return out
}

function orderCase(c: TestCase): Record<string, unknown> {
  return {
    ...ordered(c, ['id', 'name', 'assistant', 'conversation_id', 'transcript', 'input']),
    assertions: c.assertions.map(orderAssertion),
    ...(c.source ? { source: ordered(c.source, ['kind', 'ref', 'label', 'href']) } : {}),
  }
}

/** Stable, pretty JSON: the same suite always gives the same text. */
export function serializeSuite(suite: Suite): string {
  const doc = {
    ...ordered(suite, ['format', 'version', 'id', 'name', 'description']),
    ...(suite.defaults ? { defaults: ordered(suite.defaults, ['concurrency', 'repeat']) } : {}),
    cases: suite.cases.map(orderCase),
  }
  return `${JSON.stringify(doc, null, 2)}\n`
}

const shortId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 10)

export const newCaseId = (): string => `case-${shortId()}`

export function newSuite(name: string): Suite {
  return { format: SUITE_FORMAT, version: SUITE_FORMAT_VERSION, id: `suite-${shortId()}`, name, cases: [] }
}
