/**
 * Compares two account snapshots item by item: APIs by code, assistants by
 * code, routes by assistant + rule (so a changed rule is one route only on each
 * side). Tools are compared by key (name + data), never by id; header values
 * only as same/differs.
 */
import { canonicalJson } from './canonical'
import { apiFieldDiffs, assistantFieldDiffs, compareHeaders } from './compare'
import type { AccountDiff, AccountSnapshot, DiffState, ItemDiff, ItemKind, RouteItem } from './model'

export function routeTitle(route: Pick<RouteItem, 'assistant' | 'rule'>): string {
  return `${route.assistant}: ${canonicalJson(route.rule)}`
}

function pair<T>(left: T[], right: T[], key: (t: T) => string): [string, T | undefined, T | undefined][] {
  const l = new Map(left.map((t) => [key(t), t]))
  const r = new Map(right.map((t) => [key(t), t]))
  const keys = [...new Set([...l.keys(), ...r.keys()])].sort()
  return keys.map((k) => [k, l.get(k), r.get(k)])
}

function presence(left: unknown, right: unknown): DiffState | null {
  if (left === undefined) return 'only-right'
  if (right === undefined) return 'only-left'
  return null
}

export function emptyCounts(): AccountDiff['counts'] {
  const zero = (): Record<DiffState, number> => ({ same: 0, differs: 0, 'only-left': 0, 'only-right': 0 })
  return { api: zero(), assistant: zero(), route: zero() }
}

export function diffAccounts(left: AccountSnapshot, right: AccountSnapshot): AccountDiff {
  const items: ItemDiff[] = []
  for (const [key, l, r] of pair(left.apis, right.apis, (a) => a.code)) {
    const only = presence(l, r)
    if (only || !l || !r) {
      items.push({ kind: 'api', key, title: key, state: only ?? 'same', fields: [] })
      continue
    }
    const fields = apiFieldDiffs(l, r)
    const secrets = compareHeaders(l, r)
    items.push({ kind: 'api', key, title: key, state: fields.length ? 'differs' : 'same', fields, secrets })
  }
  for (const [key, l, r] of pair(left.assistants, right.assistants, (a) => a.code)) {
    const only = presence(l, r)
    const fields = l && r ? assistantFieldDiffs(l, r) : []
    items.push({
      kind: 'assistant',
      key,
      title: key,
      state: only ?? (fields.length ? 'differs' : 'same'),
      fields,
    })
  }
  for (const [key, l, r] of pair(left.routes, right.routes, (x) => x.key)) {
    const route = (l ?? r) as RouteItem
    items.push({ kind: 'route', key, title: routeTitle(route), state: presence(l, r) ?? 'same', fields: [] })
  }
  const counts = emptyCounts()
  for (const item of items) counts[item.kind as ItemKind][item.state] += 1
  return { items, counts }
}
