/**
 * How a compared field reads on the page. Header values never get here as
 * values: secret fields carry only 'set' | 'absent' | 'unknown', and the page
 * says "same" or "differs" instead.
 */
import type { DiffState, FieldDiff, ItemDiff } from '@/lib/account/model'

/** Absent (the item or field is not there) is not the same as an empty or null value. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '—'
  if (value === null) return 'not set'
  if (typeof value === 'string') return value === '' ? '(empty)' : value
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return value.length ? value.join(', ') : '(none)'
  if (Array.isArray(value) && value.every((v) => isNamed(v)))
    return value.length ? value.map((v) => v.name).join(', ') : '(none)'
  return JSON.stringify(value)
}

function isNamed(v: unknown): v is { name: string } {
  return typeof v === 'object' && v !== null && typeof (v as { name?: unknown }).name === 'string'
}

/** Instructions read best as a text diff; everything else as two values side by side. */
export function isTextDiff(
  field: FieldDiff,
): field is FieldDiff & { left: string | undefined; right: string | undefined } {
  return (
    field.field === 'instructions' &&
    (typeof field.left === 'string' || field.left === undefined) &&
    (typeof field.right === 'string' || field.right === undefined)
  )
}

/** A header compared without its values: what the page shows for it. */
export function secretState(state: DiffState | 'unknown', leftLabel: string, rightLabel: string): string {
  switch (state) {
    case 'same':
      return 'same'
    case 'differs':
      return 'differs'
    case 'only-left':
      return `only in ${leftLabel}`
    case 'only-right':
      return `only in ${rightLabel}`
    case 'unknown':
      return 'cannot compare (value not known)'
  }
}

/** A secret field of a plan step or diff (left/right are 'set' | 'absent' | 'unknown'). */
export function secretFieldText(field: FieldDiff): string {
  if (field.left === 'unknown' || field.right === 'unknown') return 'value not known'
  if (field.left === 'absent') return 'added'
  if (field.right === 'absent') return 'removed'
  return 'differs'
}

export function stateLabel(state: DiffState, leftLabel: string, rightLabel: string): string {
  switch (state) {
    case 'same':
      return 'Same'
    case 'differs':
      return 'Differs'
    case 'only-left':
      return `Only in ${leftLabel}`
    case 'only-right':
      return `Only in ${rightLabel}`
  }
}

/** The non-secret fields of an item, secret ones apart (they are listed from `secrets`). */
export function visibleFields(item: ItemDiff): FieldDiff[] {
  return item.fields.filter((f) => !f.secret)
}
