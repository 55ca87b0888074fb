/** Client-side filtering and sorting of the assistants list (the API has no server-side search). */
import type { Assistant } from '@/contract/assistant'

export const ASSISTANT_SORT_KEYS = ['code', 'name', 'model', 'tools'] as const
export type AssistantSortKey = (typeof ASSISTANT_SORT_KEYS)[number]

export function filterAndSortAssistants(items: Assistant[], query: string, sort: AssistantSortKey, desc: boolean): Assistant[] {
  const q = query.trim().toLowerCase()
  const filtered = q === '' ? items : items.filter((a) => a.code.toLowerCase().includes(q) || a.name.toLowerCase().includes(q))
  const value = (a: Assistant): string | number => (sort === 'tools' ? a.tools.length : sort === 'model' ? (a.model ?? '') : a[sort].toLowerCase())
  const sorted = [...filtered].sort((a, b) => {
    const va = value(a)
    const vb = value(b)
    const c = va < vb ? -1 : va > vb ? 1 : a.code.localeCompare(b.code)
    return desc ? -c : c
  })
  return sorted
}
