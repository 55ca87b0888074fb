/**
 * The scripted QA grader (seeded as `demo-qa-grader`): judges `input.output`
 * against `input.rubric` and answers `{"pass": bool, "reason": string}`, the
 * contract of the suites' judge assertion. Deterministic, so a suite that uses
 * it passes or fails for a reason a reader can check by hand:
 * - every phrase the rubric puts in double quotes must appear in the output
 *   (case-insensitive); a quoted phrase after "not", "never", "no" or "without"
 *   in the same sentence must not appear ("… and not "X" or "Y"" forbids both);
 * - a rubric without quoted phrases passes when the output holds at least half
 *   of the rubric's keywords.
 */
import type { JsonObject } from '../../../src/contract/common'
import { keywords } from './text'

export interface Grade {
  pass: boolean
  reason: string
}

export interface RubricTerm {
  phrase: string
  /** The rubric forbids it ("does not mention …"). */
  forbidden: boolean
}

export function isGraderInstructions(instructions: string): boolean {
  return /\brubric\b/i.test(instructions) && /\bgrad(e|er|es|ing)\b/i.test(instructions)
}

const QUOTED = /["“”]([^"“”]+)["“”]/g
const NEGATION = /\b(not|never|no|without)\b|n't\b/i
/** Between two quoted phrases, only a list separator: the second keeps the first one's polarity. */
const LIST_SEPARATOR = /^\s*(,|,?\s*(and|or|nor))?\s*$/i

export function rubricTerms(rubric: string): RubricTerm[] {
  const terms: RubricTerm[] = []
  let previousEnd = 0
  let previous: RubricTerm | null = null
  for (const match of rubric.matchAll(QUOTED)) {
    let context = rubric.slice(previousEnd, match.index)
    const sentenceBreak = Math.max(context.lastIndexOf('.'), context.lastIndexOf(';'), context.lastIndexOf('\n'))
    if (sentenceBreak >= 0) {
      context = context.slice(sentenceBreak + 1)
      previous = null
    }
    const phrase = (match[1] ?? '').trim()
    const forbidden: boolean = previous && LIST_SEPARATOR.test(context) ? previous.forbidden : NEGATION.test(context)
    previousEnd = match.index + match[0].length
    if (phrase === '') continue
    previous = { phrase, forbidden }
    terms.push(previous)
  }
  return terms
}

const quote = (items: string[]): string => items.map((s) => `"${s}"`).join(', ')

function gradeTerms(output: string, terms: RubricTerm[]): Grade {
  const text = output.replace(/\s+/g, ' ').toLowerCase()
  const has = (phrase: string) => text.includes(phrase.replace(/\s+/g, ' ').toLowerCase())
  const missing = terms.filter((t) => !t.forbidden && !has(t.phrase)).map((t) => t.phrase)
  const present = terms.filter((t) => t.forbidden && has(t.phrase)).map((t) => t.phrase)
  if (missing.length === 0 && present.length === 0) {
    const required = terms.filter((t) => !t.forbidden).map((t) => t.phrase)
    const absent = terms.filter((t) => t.forbidden).map((t) => t.phrase)
    const parts = [
      required.length > 0 ? `contains ${quote(required)}` : null,
      absent.length > 0 ? `does not contain ${quote(absent)}` : null,
    ].filter((p) => p !== null)
    return { pass: true, reason: `The output ${parts.join(' and ')}, as the rubric requires.` }
  }
  const problems = [
    missing.length > 0 ? `it lacks ${quote(missing)}` : null,
    present.length > 0 ? `it contains ${quote(present)}, which the rubric rules out` : null,
  ].filter((p) => p !== null)
  return { pass: false, reason: `The output does not meet the rubric: ${problems.join('; ')}.` }
}

function gradeKeywords(output: string, rubric: string): Grade {
  const wanted = [...new Set(keywords(rubric))]
  if (wanted.length === 0) {
    const pass = output.trim() !== ''
    return {
      pass,
      reason: pass ? 'The rubric names nothing to check; the output is not empty.' : 'The output is empty.',
    }
  }
  const have = new Set(keywords(output))
  const found = wanted.filter((k) => have.has(k))
  const lacking = wanted.filter((k) => !have.has(k))
  const pass = found.length * 2 >= wanted.length
  const detail = `${found.length} of ${wanted.length} rubric keywords${lacking.length > 0 ? ` (missing: ${lacking.join(', ')})` : ''}`
  return {
    pass,
    reason: pass ? `The output covers ${detail}.` : `The output covers only ${detail}; at least half are needed.`,
  }
}

function asText(value: unknown): string | null {
  if (value === undefined || value === null) return null
  return typeof value === 'string' ? value : JSON.stringify(value)
}

export function grade(input: JsonObject): Grade {
  const output = asText(input.output)
  const rubric = asText(input.rubric)
  if (output === null) return { pass: false, reason: 'Nothing to grade: the input has no "output".' }
  if (rubric === null || rubric.trim() === '')
    return { pass: false, reason: 'Nothing to grade against: the input has no "rubric".' }
  const terms = rubricTerms(rubric)
  return terms.length > 0 ? gradeTerms(output, terms) : gradeKeywords(output, rubric)
}
