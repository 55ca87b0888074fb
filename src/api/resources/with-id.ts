/**
 * The spec marks `id` optional on routes, threads and tools; an answer for
 * `…/{id}/` that omits it is about the id that was asked for.
 */
import { z } from 'zod'
import { isPlainObject } from '@/contract/common'

export function withId<S extends z.ZodType>(schema: S, id: number) {
  return z.preprocess((v) => (isPlainObject(v) && v.id === undefined ? { ...v, id } : v), schema)
}
