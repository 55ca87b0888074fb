/**
 * Loads a version chosen on the History tab into the Configuration form, once,
 * as unsaved changes (the kit's loadValues): the user reviews and saves as for
 * any edit, or discards.
 */
import { useEffect, useRef } from 'react'
import { toast } from '@/lib/notify'
import type { EditKit } from '@/lib/edit/use-edit-kit'
import type { Assistant } from '@/contract/assistant'
import type { AssistantFormValues } from '../assistant-form-schema'
import type { AssistantVersion } from './version-store'

export function useRestoreVersion(
  kit: EditKit<AssistantFormValues, Assistant>,
  version: AssistantVersion | null,
  onRestored: (() => void) | undefined,
) {
  const applied = useRef<string | null>(null)
  useEffect(() => {
    // Syncing with an external source (the URL asked for a stored version), once per version.
    if (!version || applied.current === version.id) return
    applied.current = version.id
    // The code is the record's identity: a version never renames the assistant.
    const { code: _code, ...values } = version.values
    kit.loadValues(values)
    toast.info(
      `Loaded the version replaced ${new Date(version.replacedAt).toLocaleString()} as unsaved changes. Review and save, or discard.`,
    )
    onRestored?.()
  }, [kit, version, onRestored])
}
