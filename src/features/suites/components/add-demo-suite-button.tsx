/**
 * "Add the demo suite": the repo's `suites/demo.json` (cases for the seeded
 * assistants), loaded only when asked for. Hidden when the build has no demo file.
 */
import { useState } from 'react'
import { useNavigate } from '@tanstack/react-router'
import { Sparkles } from 'lucide-react'
import { toast } from '@/lib/notify'
import { parseSuiteFile } from '@/lib/qa/suite-file'
import { suiteStore } from '@/lib/qa/suite-store'
import { Button } from '@/components/ui/button'

// A glob, not an import: the file is loaded on click, and a checkout without it still builds.
const demo = import.meta.glob<unknown>('/suites/demo.json', { import: 'default' })
const loadDemo = Object.values(demo)[0]
export const hasDemoSuite = loadDemo !== undefined

export function AddDemoSuiteButton() {
  const navigate = useNavigate()
  const [busy, setBusy] = useState(false)
  const add = async () => {
    if (!loadDemo || busy) return
    setBusy(true)
    try {
      const parsed = parseSuiteFile(JSON.stringify(await loadDemo()))
      if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path} ${e.message}`).join('; '))
      await suiteStore.ready()
      const saved = await suiteStore.importSuite(parsed.suite, suiteStore.entry(parsed.suite.id) ? 'copy' : 'new')
      toast.success(`Added “${saved.name}” with ${saved.cases.length} cases`)
      await navigate({ to: '/suites/$suiteId', params: { suiteId: saved.id } })
    } catch (e) {
      toast.error(`Could not add the demo suite: ${e instanceof Error ? e.message : String(e)}`)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button variant="primary" onClick={() => void add()} disabled={busy}>
      <Sparkles className="size-4" aria-hidden /> {busy ? 'Adding…' : 'Add the demo suite'}
    </Button>
  )
}
