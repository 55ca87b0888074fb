/**
 * Three-way merge of form values, field by field: the version an edit started
 * from (base), the user's values (mine) and the server's current version
 * (theirs). A field only one side changed takes that side; a field both
 * changed the same way is settled; a field both changed differently is a
 * conflict the user decides. Never "overwrite with mine" wholesale: that
 * silently reverts the other admin's changes to fields the user never touched.
 */

/** Equality of one field's values; `field` lets a form compare some fields its own way. */
export type Equal = (a: unknown, b: unknown, field?: string) => boolean

/** Structural equality for form values (numbers within rounding, arrays and objects deep). */
export const sameValue: Equal = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number')
    return a === b || Math.abs(a - b) < 1e-9 || (Number.isNaN(a) && Number.isNaN(b))
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a)
    const kb = Object.keys(b)
    const ra = a as Record<string, unknown>
    const rb = b as Record<string, unknown>
    return ka.length === kb.length && ka.every((k) => k in rb && sameValue(ra[k], rb[k]))
  }
  return a === b
}

export interface FieldChange<F extends string = string> {
  field: F
  before: unknown
  after: unknown
}

/** The fields whose values differ, in the given order. */
export function diffValues<F extends string>(
  fields: readonly F[],
  before: Partial<Record<F, unknown>>,
  after: Partial<Record<F, unknown>>,
  equal: Equal = sameValue,
): FieldChange<F>[] {
  return fields
    .filter((f) => !equal(before[f], after[f], f))
    .map((field) => ({ field, before: before[field], after: after[field] }))
}

export type MergeKind = 'mine' | 'theirs' | 'same' | 'conflict'

export interface MergedField<F extends string = string> {
  field: F
  kind: MergeKind
  base: unknown
  mine: unknown
  theirs: unknown
}

export interface Merge<V, F extends string = string> {
  /** Every field either side changed, in field order. */
  fields: MergedField<F>[]
  /** Values with each non-conflicting field settled; conflicting fields hold mine until the user chooses. */
  values: V
  conflicts: F[]
}

export function mergeThreeWay<V extends Record<F, unknown>, F extends string>(
  fields: readonly F[],
  base: V,
  mine: V,
  theirs: V,
  equal: Equal = sameValue,
): Merge<V, F> {
  const values = { ...mine }
  const out: MergedField<F>[] = []
  for (const field of fields) {
    const mineChanged = !equal(base[field], mine[field], field)
    const theirsChanged = !equal(base[field], theirs[field], field)
    if (!mineChanged && !theirsChanged) continue
    let kind: MergeKind
    if (mineChanged && theirsChanged) kind = equal(mine[field], theirs[field], field) ? 'same' : 'conflict'
    else kind = mineChanged ? 'mine' : 'theirs'
    if (kind === 'theirs') values[field] = theirs[field]
    out.push({ field, kind, base: base[field], mine: mine[field], theirs: theirs[field] })
  }
  return { fields: out, values, conflicts: out.filter((f) => f.kind === 'conflict').map((f) => f.field) }
}

/** The merged values once the user has chosen a side for every conflicting field. */
export function resolveMerge<V extends Record<F, unknown>, F extends string>(
  merge: Merge<V, F>,
  choices: Partial<Record<F, 'mine' | 'theirs'>>,
): V {
  const values = { ...merge.values }
  for (const f of merge.fields) {
    if (f.kind === 'conflict' && choices[f.field] === 'theirs') values[f.field] = f.theirs as V[F]
  }
  return values
}
