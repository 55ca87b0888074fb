/** Builds a promotion plan (stub: being implemented). */
import type { AccountSnapshot, ItemKind, Plan } from './model'

export function buildPlan(
  source: AccountSnapshot,
  target: AccountSnapshot,
  _selection: { kind: ItemKind; key: string }[] | 'all',
): Plan {
  return { source: source.label, target: target.label, steps: [] }
}
