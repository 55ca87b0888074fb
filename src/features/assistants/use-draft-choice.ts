/**
 * The restore-or-discard choice for a stored draft. Until the user chooses, new
 * edits are not autosaved (that would overwrite the draft being offered).
 */
import { useState } from 'react'
import { clearDraft, type Draft } from '@/lib/drafts'
import { ASSISTANT_FORM_FIELDS, type AssistantFormValues } from './assistant-form-schema'

export function useDraftChoice(key: string, stored: Draft<Partial<AssistantFormValues>> | null) {
  const [decided, setDecided] = useState(stored === null)
  return {
    /** The draft still on offer, if any. */
    offered: decided ? null : stored,
    decided,
    /** The draft's values, limited to the form's fields, laid over `current`. */
    restoreOnto(current: AssistantFormValues): AssistantFormValues {
      setDecided(true)
      const next = { ...current }
      const values = stored?.values ?? {}
      for (const f of ASSISTANT_FORM_FIELDS) if (values[f] !== undefined) Object.assign(next, { [f]: values[f] })
      return next
    },
    discard() {
      setDecided(true)
      void clearDraft(key)
    },
  }
}
