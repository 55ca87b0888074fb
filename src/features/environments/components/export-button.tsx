/**
 * Configuration as code: the source's picked items (with what they depend on)
 * or, with nothing picked, everything, as a bundle file. Header values are
 * never in it: each is a named placeholder, filled in at import.
 */
import { Download } from 'lucide-react'
import { serializeBundle, toBundle } from '@/lib/account/bundle'
import type { AccountSnapshot } from '@/lib/account/model'
import { Button } from '@/components/ui/button'
import { downloadText, fileSlug } from '../download'
import type { ItemRef } from '../selection'

export function ExportButton({ snapshot, picked }: { snapshot: AccountSnapshot; picked: ItemRef[] }) {
  const all = picked.length === 0
  const onExport = () => {
    const bundle = toBundle(snapshot, all ? 'all' : picked)
    const stamp = new Date().toISOString().slice(0, 10)
    downloadText(
      `${fileSlug(snapshot.label)}-${all ? 'all' : 'selected'}-${stamp}.bundle.json`,
      serializeBundle(bundle),
    )
  }
  return (
    <Button onClick={onExport} title="A JSON bundle file; header values are left out (named placeholders).">
      <Download className="size-4" aria-hidden />
      {all ? `Export all of ${snapshot.label}` : `Export ${picked.length} selected`}
    </Button>
  )
}
