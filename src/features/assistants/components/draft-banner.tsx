/**
 * Offers back an unsaved draft of this form (kept in IndexedDB), and keeps
 * saving new edits as a draft once the user has decided about the old one:
 * autosaving earlier would overwrite (or clear) the draft before it is offered.
 */
import { useQuery } from '@tanstack/react-query'
import { useWatch, type Control } from 'react-hook-form'
import { History } from 'lucide-react'
import { loadDraft, useAutosaveDraft, type Draft } from '@/lib/drafts'
import { Button } from '@/components/ui/button'
import type { AssistantFormValues } from '../assistant-form-schema'

export function useStoredDraft(key: string) {
  return useQuery({
    queryKey: ['local-draft', key],
    queryFn: () => loadDraft<Partial<AssistantFormValues>>(key),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  })
}

export function DraftBanner({
  draft,
  onRestore,
  onDiscard,
}: {
  draft: Draft<Partial<AssistantFormValues>>
  onRestore: () => void
  onDiscard: () => void
}) {
  const when = new Date(draft.savedAt).toLocaleString()
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-accent/30 bg-accent/5 px-4 py-2.5 text-sm"
    >
      <History className="size-4 text-accent" aria-hidden />
      <span className="flex-1">
        You have an unsaved draft from <time dateTime={new Date(draft.savedAt).toISOString()}>{when}</time>.
      </span>
      <Button size="sm" variant="primary" onClick={onRestore}>
        Restore
      </Button>
      <Button size="sm" variant="ghost" onClick={onDiscard}>
        Discard
      </Button>
    </div>
  )
}

/** Renders nothing; autosaves the form while it is dirty. */
export function DraftAutosave({
  draftKey,
  control,
  dirty,
  base,
}: {
  draftKey: string
  control: Control<AssistantFormValues>
  dirty: boolean
  base: unknown
}) {
  const values = useWatch({ control })
  useAutosaveDraft(draftKey, values, dirty, base)
  return null
}
