/**
 * Checks on the output text: contains, equals, regex, JSON, JSON path, JSON
 * Schema. Each returns whether the property holds and what was seen, in words;
 * assertions.ts turns that into a verdict (negation included).
 */
import { deepEqual, preview } from './deep-equal'
import { lookupJsonPath, parseJsonPath } from './json-path'
import { validateAgainstSchema } from './json-schema-check'
import type { Assertion } from './suite-format'

/** `holds`: the property as stated without negation. `unknown`: cannot be checked (reason says why). */
export type Observation =
  | {
      kind: 'checked'
      holds: boolean
      /** What was seen; the reason of a pass. */
      seen: string
      /** Own wording of a failure (else "expected <description>; <seen>"): when a negated check held, when a plain one did not. */
      failWhenHolds?: string
      failWhenNot?: string
    }
  | { kind: 'unknown'; reason: string }
  /** A precondition failed (output not JSON): fails whether negated or not. */
  | { kind: 'broken'; reason: string }

type OutputAssertion = Extract<
  Assertion,
  { type: 'contains' | 'equals' | 'regex' | 'is_json' | 'json_path' | 'json_schema' }
>

/** "output starts "Hello, I'm…"" or "the output is empty". */
export function outputStart(output: string): string {
  const flat = output.replace(/\s+/g, ' ').trim()
  if (flat === '') return 'the output is empty'
  return `output starts ${preview(flat, 60)}`
}

function around(output: string, index: number, length: number): string {
  const start = Math.max(0, index - 25)
  const end = Math.min(output.length, index + length + 25)
  const text = output.slice(start, end).replace(/\s+/g, ' ')
  return `"${start > 0 ? '…' : ''}${text}${end < output.length ? '…' : ''}"`
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string }

/** The output as JSON (surrounding whitespace allowed); the reason names a fenced block when that is the problem. */
export function parseOutputJson(output: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(output) as unknown }
  } catch (e) {
    if (output.trim() === '') return { ok: false, reason: 'the output is empty, not JSON' }
    const fenced = /^\s*```/.test(output) ? ' (it is wrapped in a ``` block)' : ''
    return { ok: false, reason: `the output is not JSON${fenced}: ${(e as Error).message} (${outputStart(output)})` }
  }
}

export function checkOutput(a: OutputAssertion, output: string): Observation {
  switch (a.type) {
    case 'contains': {
      const sensitive = a.case_sensitive === true
      const index = sensitive ? output.indexOf(a.value) : output.toLowerCase().indexOf(a.value.toLowerCase())
      return index >= 0
        ? { kind: 'checked', holds: true, seen: `found at ${around(output, index, a.value.length)}` }
        : { kind: 'checked', holds: false, seen: `not found (${outputStart(output)})` }
    }
    case 'equals': {
      const trim = a.trim !== false
      const got = trim ? output.trim() : output
      const want = trim ? a.value.trim() : a.value
      if (got === want) return { kind: 'checked', holds: true, seen: 'the output is exactly that' }
      let i = 0
      while (i < got.length && got[i] === want[i]) i += 1
      return {
        kind: 'checked',
        holds: false,
        seen: `they differ at character ${i + 1}: the output has ${around(got, i, 0)}`,
      }
    }
    case 'regex': {
      let re: RegExp
      try {
        re = new RegExp(a.pattern, (a.flags ?? '').replace('g', ''))
      } catch (e) {
        return { kind: 'unknown', reason: `the regular expression is invalid: ${(e as Error).message}` }
      }
      const m = re.exec(output)
      return m
        ? { kind: 'checked', holds: true, seen: `matched ${around(output, m.index, m[0].length)}` }
        : { kind: 'checked', holds: false, seen: `no match (${outputStart(output)})` }
    }
    case 'is_json': {
      const parsed = parseOutputJson(output)
      return parsed.ok
        ? { kind: 'checked', holds: true, seen: 'the output parses as JSON' }
        : { kind: 'checked', holds: false, seen: parsed.reason }
    }
    case 'json_path': {
      const path = parseJsonPath(a.path)
      if (!path.ok) return { kind: 'unknown', reason: `the JSON path is invalid: ${path.error}` }
      const parsed = parseOutputJson(output)
      if (!parsed.ok) return { kind: 'broken', reason: parsed.reason }
      const found = lookupJsonPath(parsed.value, path.segments)
      if (a.equals === undefined)
        return found.found
          ? { kind: 'checked', holds: true, seen: `${a.path} is ${preview(found.value, 60)}` }
          : { kind: 'checked', holds: false, seen: found.reason }
      if (!found.found) return { kind: 'checked', holds: false, seen: found.reason }
      const equal = deepEqual(found.value, a.equals)
      return { kind: 'checked', holds: equal, seen: `${a.path} is ${preview(found.value, 60)}` }
    }
    case 'json_schema': {
      const parsed = parseOutputJson(output)
      if (!parsed.ok) return { kind: 'broken', reason: parsed.reason }
      const result = validateAgainstSchema(a.schema, parsed.value)
      if (!result.ok) return { kind: 'unknown', reason: result.error }
      if (result.valid) return { kind: 'checked', holds: true, seen: 'the output is valid against the schema' }
      const shown = result.errors.slice(0, 3).join('; ')
      const more = result.errors.length > 3 ? ` (and ${result.errors.length - 3} more)` : ''
      return { kind: 'checked', holds: false, seen: `${shown}${more}` }
    }
  }
}
