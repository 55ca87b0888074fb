/** Griptape's page-numbered lists: `?page=&page_size=` in, a `pagination` object out. */
import { z } from 'zod'
import { messages } from './fields'

export const DEFAULT_PAGE_SIZE = 10
export const MAX_PAGE_SIZE = 100

/** Query values arrive as text; each must be a whole number in range. */
export function queryInteger(min: number, max: number) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return undefined
      const n = raw.trim() === '' ? Number.NaN : Number(raw)
      if (!Number.isInteger(n)) {
        ctx.addIssue({ code: 'custom', message: messages.integer })
        return z.NEVER
      }
      if (n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: n < min ? messages.min(min) : messages.maxValue(max) })
        return z.NEVER
      }
      return n
    })
}

export const pageQuerySchema = z.object({
  page: queryInteger(1, 1_000_000).transform((v) => v ?? 1),
  page_size: queryInteger(1, MAX_PAGE_SIZE).transform((v) => v ?? DEFAULT_PAGE_SIZE),
})
export type PageQuery = z.output<typeof pageQuerySchema>

/** As answered: the four counts always, next/previous only when there is such a page. */
export const paginationSchema = z.looseObject({
  page_number: z.number(),
  page_size: z.number(),
  total_count: z.number(),
  total_pages: z.number(),
  next_page: z.number().optional(),
  previous_page: z.number().optional(),
})
export type Pagination = z.infer<typeof paginationSchema>
