/** The assistant list's URL state: page (1-based on screen), page size, name order and the on-page filter. */
import { z } from 'zod'

export const PAGE_SIZES = [10, 20, 50, 100] as const

export const assistantListSearchSchema = z.object({
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  size: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .optional()
    .catch(undefined),
  sort: z.enum(['asc', 'desc']).optional().catch(undefined),
  q: z.string().optional().catch(undefined),
})
export type AssistantListSearch = z.infer<typeof assistantListSearchSchema>
