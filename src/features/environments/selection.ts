/**
 * What the compare page shows and what the user picked to promote. Items are
 * referred to by kind and key (never by ids, which differ per environment);
 * only items whose promotion would change the target (left = source) can be
 * picked.
 */
import type { AccountDiff, ItemDiff, ItemKind } from '@/lib/account/model'

export interface ItemRef {
  kind: ItemKind
  key: string
}

/** In the order an admin reads an account: assistants, the APIs they call, their routes. */
export const KIND_ORDER: readonly ItemKind[] = ['assistant', 'api', 'route']

export const KIND_LABEL: Record<ItemKind, { one: string; many: string }> = {
  assistant: { one: 'assistant', many: 'Assistants' },
  api: { one: 'API', many: 'APIs' },
  route: { one: 'route', many: 'Routes' },
}

export function refId(ref: ItemRef): string {
  return `${ref.kind}:${ref.key}`
}

/** Promoting left → right changes the target only for items that differ or exist only on the left. */
export function isPromotable(item: ItemDiff): boolean {
  return item.state === 'differs' || item.state === 'only-left'
}

/**
 * The items per kind, in display order, optionally without those that are the same on both
 * sides, and without those only the target has (an imported file says nothing about them).
 */
export function groupItems(
  diff: AccountDiff,
  onlyDifferences: boolean,
  hideTargetOnly = false,
): { kind: ItemKind; items: ItemDiff[] }[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    items: diff.items.filter(
      (i) =>
        i.kind === kind && !(onlyDifferences && i.state === 'same') && !(hideTargetOnly && i.state === 'only-right'),
    ),
  }))
}

/** The picked items still promotable in this diff (after a refresh, promoted items are the same and drop out). */
export function selectedRefs(diff: AccountDiff, selected: ReadonlySet<string>): ItemRef[] {
  return diff.items.filter((i) => isPromotable(i) && selected.has(refId(i))).map(({ kind, key }) => ({ kind, key }))
}

export function toggle(selected: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(selected)
  if (on) next.add(id)
  else next.delete(id)
  return next
}

/** Selects (or clears) every promotable item of a group. */
export function toggleGroup(selected: ReadonlySet<string>, items: readonly ItemDiff[], on: boolean): Set<string> {
  const next = new Set(selected)
  for (const item of items.filter(isPromotable)) {
    if (on) next.add(refId(item))
    else next.delete(refId(item))
  }
  return next
}

/** 'all' | 'some' | 'none' of a group's promotable items are selected (drives a tri-state checkbox). */
export function groupState(selected: ReadonlySet<string>, items: readonly ItemDiff[]): 'all' | 'some' | 'none' {
  const promotable = items.filter(isPromotable)
  const n = promotable.filter((i) => selected.has(refId(i))).length
  return n === 0 ? 'none' : n === promotable.length ? 'all' : 'some'
}
