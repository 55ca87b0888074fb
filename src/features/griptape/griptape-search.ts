/**
 * Search parameters of the Griptape pages, read leniently from the URL (a bad
 * value falls back to its default instead of breaking the page). The URL is
 * the one source of paging and filter state.
 */
import { z } from 'zod'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@/contract/griptape/pagination'
import { RUN_STATUSES, type RunStatus } from '@/contract/griptape/assistant-run'

const page = z.coerce.number().int().min(1).optional().catch(undefined)
const pageSize = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional().catch(undefined)

export const pageSearchSchema = z.object({ page, page_size: pageSize })
export type PageSearch = z.infer<typeof pageSearchSchema>

export const pageParams = (search: PageSearch) => ({
  page: search.page ?? 1,
  pageSize: search.page_size ?? DEFAULT_PAGE_SIZE,
})

/** `status=FAILED,ERROR`: known statuses only, in the contract's order. */
export function parseStatuses(raw: string | undefined): RunStatus[] {
  const wanted = new Set((raw ?? '').split(',').map((s) => s.trim().toUpperCase()))
  return RUN_STATUSES.filter((s) => wanted.has(s))
}

export const assistantSearchSchema = pageSearchSchema.extend({
  status: z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) => {
      const list = parseStatuses(v)
      return list.length > 0 ? list.join(',') : undefined
    }),
  /** The run followed live on the page. */
  run: z.string().optional().catch(undefined),
})
export type AssistantSearch = z.input<typeof assistantSearchSchema>

export const runSearchSchema = z.object({ event: z.string().optional().catch(undefined) })

export const apiKeySearchSchema = pageSearchSchema.extend({
  /** Whose keys: the organization's (default) or a user's id. */
  user: z.string().optional().catch(undefined),
})
export type ApiKeySearch = z.infer<typeof apiKeySearchSchema>
