/**
 * Route tags hold a JsonLogic rule evaluated against a message's tags. These
 * helpers validate a rule's shape, render it as a readable sentence (and as a
 * tree for chips), and evaluate it with json-logic-js.
 */
import jsonLogic from 'json-logic-js'
import { isPlainObject } from '@/contract/common'

/** Operators json-logic-js knows out of the box. */
const OPERATORS = new Set([
  'var',
  'missing',
  'missing_some',
  'if',
  '?:',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'or',
  'and',
  '>',
  '>=',
  '<',
  '<=',
  'max',
  'min',
  '+',
  '-',
  '*',
  '/',
  '%',
  'map',
  'reduce',
  'filter',
  'all',
  'none',
  'some',
  'merge',
  'in',
  'cat',
  'substr',
  'log',
])
const COMPARISONS: Record<string, string> = {
  '==': '==',
  '===': '==',
  '!=': '!=',
  '!==': '!=',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
}
const BINARY = new Set(['==', '===', '!=', '!==', '>', '>=', 'in'])

/** The first problem with a rule's shape, or null when it is a valid JsonLogic rule (an empty object is allowed). */
export function validateRule(rule: unknown, path = 'tags'): string | null {
  if (Array.isArray(rule)) {
    for (const [i, item] of rule.entries()) {
      const p = validateRule(item, `${path}[${i}]`)
      if (p) return p
    }
    return null
  }
  if (!isPlainObject(rule)) return null
  const keys = Object.keys(rule)
  if (keys.length === 0) return path === 'tags' ? null : `${path}: an empty object is not a condition.`
  if (keys.length > 1)
    return `${path}: a condition has exactly one operator, found ${keys.map((k) => `"${k}"`).join(', ')}. Combine conditions with {"and": [...]} or {"or": [...]}.`
  const op = keys[0] as string
  if (!OPERATORS.has(op)) return `${path}: unknown operator "${op}".`
  const args = rule[op]
  if ((op === 'and' || op === 'or') && (!Array.isArray(args) || args.length === 0))
    return `${path}: "${op}" needs a non-empty list of conditions.`
  if (BINARY.has(op) && (!Array.isArray(args) || args.length !== 2))
    return `${path}: "${op}" needs exactly two values, e.g. {"${op}": [{"var": "channel"}, "webchat"]}.`
  if (op === 'var' && !(typeof args === 'string' || typeof args === 'number' || Array.isArray(args)))
    return `${path}: "var" takes a tag name.`
  return validateRule(args, `${path}.${op}`)
}

function operand(node: unknown): string {
  if (isPlainObject(node) && Object.keys(node).length === 1 && 'var' in node) {
    const v = node.var
    const name = Array.isArray(v) ? v[0] : v
    return name === '' || name === undefined ? 'tags' : String(name)
  }
  if (Array.isArray(node)) return `[${node.map(operand).join(', ')}]`
  if (isPlainObject(node)) return describeRule(node, true)
  return JSON.stringify(node) ?? 'null'
}

/** A rule as a sentence, e.g. `channel == "webchat" AND language in ["nl", "en"]`. */
export function describeRule(rule: unknown, nested = false): string {
  if (!isPlainObject(rule)) return operand(rule)
  const keys = Object.keys(rule)
  if (keys.length === 0) return 'No conditions'
  if (keys.length > 1) return JSON.stringify(rule)
  const op = keys[0] as string
  const raw = rule[op]
  const args = Array.isArray(raw) ? raw : [raw]
  const wrap = (s: string) => (nested ? `(${s})` : s)
  if (op === 'and' || op === 'or') {
    if (args.length === 1) return describeRule(args[0], nested)
    return wrap(args.map((a) => describeRule(a, true)).join(op === 'and' ? ' AND ' : ' OR '))
  }
  if (op === '!') return `NOT ${describeRule(args[0], true)}`
  if (op === '!!') return `${operand(args[0])} is set`
  if (op === 'var') return operand(rule)
  if (op in COMPARISONS) {
    const sym = COMPARISONS[op] as string
    if (args.length === 3) return `${operand(args[0])} ${sym} ${operand(args[1])} ${sym} ${operand(args[2])}`
    return `${operand(args[0])} ${sym} ${operand(args[1])}`
  }
  if (op === 'in') return `${operand(args[0])} in ${operand(args[1])}`
  if (op === 'missing') return `missing ${args.map(operand).join(', ')}`
  return `${op}(${args.map(operand).join(', ')})`
}

/** A rule as a tree of groups and leaf conditions, for rendering chips. */
export type RuleNode =
  | { kind: 'group'; op: 'AND' | 'OR'; children: RuleNode[] }
  | { kind: 'not'; child: RuleNode }
  | { kind: 'leaf'; text: string }

export function ruleTree(rule: unknown): RuleNode {
  if (isPlainObject(rule) && Object.keys(rule).length === 1) {
    const op = Object.keys(rule)[0] as string
    const args = rule[op]
    if ((op === 'and' || op === 'or') && Array.isArray(args)) {
      if (args.length === 1) return ruleTree(args[0])
      return { kind: 'group', op: op === 'and' ? 'AND' : 'OR', children: args.map(ruleTree) }
    }
    if (op === '!') return { kind: 'not', child: ruleTree(Array.isArray(args) ? args[0] : args) }
  }
  return { kind: 'leaf', text: describeRule(rule) }
}

export type RuleResult = { ok: true; matches: boolean; value: unknown } | { ok: false; error: string }

/** Evaluates a rule against sample tags. An empty rule matches nothing: it states no condition. */
export function evaluateRule(rule: Record<string, unknown>, tags: unknown): RuleResult {
  if (Object.keys(rule).length === 0) return { ok: true, matches: false, value: null }
  try {
    const value: unknown = jsonLogic.apply(rule as jsonLogic.RulesLogic, tags)
    return { ok: true, matches: jsonLogic.truthy(value), value }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) }
  }
}

/** Parses text that must hold a JSON object; the error is phrased for a form field. */
export function parseJsonObjectText(
  text: string,
): { ok: true; value: Record<string, unknown> } | { ok: false; error: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return { ok: false, error: `Invalid JSON: ${e instanceof Error ? e.message : String(e)}` }
  }
  if (!isPlainObject(value)) return { ok: false, error: 'Expected a JSON object.' }
  return { ok: true, value }
}
