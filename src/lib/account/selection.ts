/**
 * What a selection of items means once dependencies are followed: an
 * assistant brings the APIs its instructions mention and its routes; a route
 * brings its assistant when the target lacks it. Each pulled-in item says why.
 * Shared by the planner and the bundle export, so both pull in the same things.
 */
import type { AccountSnapshot, ItemKind } from './model'

export type Selection = { kind: ItemKind; key: string }[] | 'all'

export interface Expanded {
  /** Code → why it is included (null: selected itself). */
  apis: Map<string, string | null>
  assistants: Map<string, string | null>
  /** Source route key → why. */
  routes: Map<string, string | null>
  /** Assistants whose routes are made equal (selected themselves, or everything). */
  routeOwners: Set<string>
}

function add(map: Map<string, string | null>, key: string, reason: string | null): void {
  // Selected itself wins over a reason; the first reason is kept.
  if (!map.has(key) || (reason === null && map.get(key) !== null)) map.set(key, reason)
}

export function expandSelection(
  source: AccountSnapshot,
  selection: Selection,
  target: AccountSnapshot | null = null,
): Expanded {
  const out: Expanded = { apis: new Map(), assistants: new Map(), routes: new Map(), routeOwners: new Set() }
  const assistants = new Map(source.assistants.map((a) => [a.code, a]))
  const apiCodes = new Set(source.apis.map((a) => a.code))
  const withApis = (code: string, reason: string | null) => {
    add(out.assistants, code, reason)
    for (const api of assistants.get(code)?.apiCodes ?? [])
      if (apiCodes.has(api)) add(out.apis, api, `${code} mentions this API in its instructions`)
  }

  if (selection === 'all') {
    for (const api of source.apis) add(out.apis, api.code, null)
    for (const a of source.assistants) {
      add(out.assistants, a.code, null)
      out.routeOwners.add(a.code)
    }
    for (const r of source.routes) add(out.routes, r.key, null)
    return out
  }

  for (const { kind, key } of selection) {
    if (kind === 'api' && apiCodes.has(key)) add(out.apis, key, null)
    if (kind === 'assistant' && assistants.has(key)) {
      withApis(key, null)
      out.routeOwners.add(key)
      for (const r of source.routes) if (r.assistant === key) add(out.routes, r.key, `a route of ${key}`)
    }
    if (kind === 'route') {
      const route = source.routes.find((r) => r.key === key)
      if (!route) continue
      add(out.routes, key, null)
      const missing = target !== null && !target.assistants.some((a) => a.code === route.assistant)
      if (missing && assistants.has(route.assistant))
        withApis(route.assistant, `its route needs it, and ${target.label} does not have it`)
    }
  }
  return out
}
