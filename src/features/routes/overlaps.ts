/**
 * Finds routes of different assistants that can match the same tags. Which
 * route wins then is not documented, so each overlap is a conflict an admin
 * should resolve. JsonLogic rules can't be intersected in general, so this
 * builds witness tag sets (tags that satisfy a rule, read from its comparisons)
 * for every route and for every pair of routes, and evaluates all rules against
 * them: every reported conflict is real (shown with the tags that cause it);
 * overlaps hidden behind operators it can't invert (`!`, custom ops) may be missed.
 */
import { isPlainObject } from '@/contract/common'
import { evaluateRule } from './json-logic'

export type Tags = Record<string, unknown>

export interface RouteRef {
  assistant: string
  id: number
  tags: Record<string, unknown>
}

export interface Overlap {
  /** Tags that every route below matches. */
  tags: Tags
  routes: RouteRef[]
  /**
   * `direct`: tags one route is written for already reach another assistant's route.
   * `combined`: only tags combining two rules' conditions reach both (e.g. channel and queue).
   */
  kind: 'direct' | 'combined'
}

const MAX_WITNESSES = 16
const MAX_CANDIDATES = 4000

function varPath(node: unknown): string | null {
  if (!isPlainObject(node) || Object.keys(node).length !== 1 || !('var' in node)) return null
  const v = node.var
  const path = Array.isArray(v) ? v[0] : v
  return typeof path === 'string' && path !== '' ? path : null
}

const isLiteral = (x: unknown): boolean => x === null || ['string', 'number', 'boolean'].includes(typeof x)

function withPath(path: string, value: unknown): Tags {
  const parts = path.split('.')
  let out: unknown = value
  for (let i = parts.length - 1; i >= 0; i--) out = { [parts[i] as string]: out }
  return out as Tags
}

/** Deep merge; null when the two disagree on a value. */
export function mergeTags(a: Tags, b: Tags): Tags | null {
  const out: Tags = { ...a }
  for (const [k, v] of Object.entries(b)) {
    if (!(k in out)) out[k] = v
    else if (isPlainObject(out[k]) && isPlainObject(v)) {
      const merged = mergeTags(out[k] as Tags, v)
      if (!merged) return null
      out[k] = merged
    } else if (JSON.stringify(out[k]) !== JSON.stringify(v)) return null
  }
  return out
}

function comparison(op: string, args: unknown[]): Tags[] {
  const [a, b] = args
  const left = varPath(a)
  const right = varPath(b)
  const path = left ?? right
  const value = left ? b : a
  if (!path || !isLiteral(value)) return []
  if (op === '==' || op === '===') return [withPath(path, value)]
  if (typeof value !== 'number') return []
  // `x > 5` holds for 6; `5 > x` (var on the right) holds for 4.
  const above = (op === '>' || op === '>=') === (left !== null)
  return [withPath(path, op.endsWith('=') ? value : above ? value + 1 : value - 1)]
}

/** Tag sets that satisfy the rule (as far as its comparisons tell). */
export function witnesses(rule: unknown): Tags[] {
  if (!isPlainObject(rule) || Object.keys(rule).length !== 1) return []
  const op = Object.keys(rule)[0] as string
  const raw = rule[op]
  const args = Array.isArray(raw) ? raw : [raw]
  switch (op) {
    case '==':
    case '===':
    case '>':
    case '>=':
    case '<':
    case '<=':
      return comparison(op, args)
    case 'var':
    case '!!': {
      const path = op === 'var' ? varPath(rule) : varPath(args[0])
      return path ? [withPath(path, true)] : []
    }
    case 'in': {
      const [needle, haystack] = args
      const needlePath = varPath(needle)
      if (needlePath && Array.isArray(haystack))
        return haystack
          .filter(isLiteral)
          .slice(0, MAX_WITNESSES)
          .map((v) => withPath(needlePath, v))
      const haystackPath = varPath(haystack)
      // "billing" in tags.categories: a list tag holding it (also true of a string tag containing it).
      if (haystackPath && typeof needle === 'string') return [withPath(haystackPath, [needle])]
      return []
    }
    case 'or':
      return args.flatMap(witnesses).slice(0, MAX_WITNESSES)
    case 'and': {
      let acc: Tags[] = [{}]
      for (const child of args) {
        const ws = witnesses(child)
        if (ws.length === 0) continue
        const next: Tags[] = []
        for (const a of acc)
          for (const w of ws)
            if (next.length < MAX_WITNESSES) {
              const m = mergeTags(a, w)
              if (m) next.push(m)
            }
        acc = next
      }
      return acc.length === 1 && Object.keys(acc[0] as Tags).length === 0 ? [] : acc
    }
    default:
      return []
  }
}

const matches = (route: RouteRef, tags: Tags): boolean => {
  const r = evaluateRule(route.tags, tags)
  return r.ok && r.matches
}

/** The routes (of any assistant) that match the tags. */
export function matchingRoutes(routes: RouteRef[], tags: Tags): RouteRef[] {
  return routes.filter((r) => matches(r, tags))
}

/** True when the matching routes belong to more than one assistant. */
export function isConflict(matched: RouteRef[]): boolean {
  return new Set(matched.map((r) => r.assistant)).size > 1
}

export function findOverlaps(routes: RouteRef[]): Overlap[] {
  const perRoute = routes.map((r) => witnesses(r.tags))
  const direct = perRoute.flat()
  const candidates: Tags[] = [...direct]
  for (let i = 0; i < routes.length && candidates.length < MAX_CANDIDATES; i++)
    for (let j = i + 1; j < routes.length && candidates.length < MAX_CANDIDATES; j++) {
      if (routes[i]?.assistant === routes[j]?.assistant) continue
      for (const a of perRoute[i] ?? [])
        for (const b of perRoute[j] ?? []) {
          const m = mergeTags(a, b)
          if (m) candidates.push(m)
        }
    }
  const found = new Map<string, Overlap>()
  candidates.forEach((tags, index) => {
    const kind = index < direct.length ? 'direct' : 'combined'
    const matched = matchingRoutes(routes, tags)
    if (!isConflict(matched)) return
    const key = matched
      .map((r) => `${r.assistant}#${r.id}`)
      .sort()
      .join('|')
    const seen = found.get(key)
    // Direct candidates come first, so a direct overlap is never relabelled as combined.
    if (!seen) found.set(key, { tags, routes: matched, kind })
  })
  // Direct overlaps first: they are the ones an admin most likely did not intend.
  return [...found.values()].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'direct' ? -1 : 1))
}
