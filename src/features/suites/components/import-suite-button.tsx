/**
 * Import a suite file: validated as a whole first, its errors listed per case
 * (nothing is imported then); a suite whose id exists asks whether to replace
 * it or import a copy. The write is one record, so it lands whole or not at all.
 */
import { useRef, useState } from 'react'
import { useNavigate } from '@tanstack/react-router'
import { AlertCircle, Upload } from 'lucide-react'
import { toast } from '@/lib/notify'
import { suiteStore, type ImportMode } from '@/lib/qa/suite-store'
import type { Suite } from '@/lib/qa/suite-format'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { readSuiteFile, type SuiteFileError } from '../suite-file-io'

type State =
  | { step: 'idle' }
  | { step: 'errors'; fileName: string; errors: SuiteFileError[] }
  | { step: 'conflict'; suite: Suite; existing: string }

export function ImportSuiteButton({ variant = 'secondary' }: { variant?: 'primary' | 'secondary' }) {
  const input = useRef<HTMLInputElement>(null)
  const navigate = useNavigate()
  const [state, setState] = useState<State>({ step: 'idle' })
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  const store = async (suite: Suite, mode: ImportMode) => {
    setBusy(true)
    setFailure(null)
    try {
      const saved = await suiteStore.importSuite(suite, mode)
      setState({ step: 'idle' })
      toast.success(`Imported “${saved.name}” (${saved.cases.length} case${saved.cases.length === 1 ? '' : 's'})`)
      await navigate({ to: '/suites/$suiteId', params: { suiteId: saved.id } })
    } catch (e) {
      const message = `Nothing was imported: ${e instanceof Error ? e.message : String(e)}`
      // The choice dialog shows its own failure; a plain import has no dialog open.
      if (mode === 'new') toast.error(message)
      else setFailure(message)
    } finally {
      setBusy(false)
    }
  }

  const chosen = async (file: File) => {
    const read = await readSuiteFile(file)
    if (!read.ok) return setState({ step: 'errors', fileName: file.name, errors: read.errors })
    await suiteStore.ready()
    const existing = suiteStore.entry(read.suite.id)
    if (existing) return setState({ step: 'conflict', suite: read.suite, existing: existing.suite.name })
    await store(read.suite, 'new')
  }

  const close = () => {
    if (busy) return
    setState({ step: 'idle' })
    setFailure(null)
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        tabIndex={-1}
        aria-label="Suite file to import"
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = '' // choosing the same file again still imports
          if (file) void chosen(file)
        }}
      />
      <Button variant={variant} onClick={() => input.current?.click()}>
        <Upload className="size-4" aria-hidden /> Import suite
      </Button>
      <Dialog
        open={state.step === 'errors'}
        onOpenChange={(o) => !o && close()}
        title="The suite file has errors"
        description={
          state.step === 'errors'
            ? `${state.fileName}: ${state.errors.length} error${state.errors.length === 1 ? '' : 's'}. Nothing was imported; fix the file and import it again.`
            : undefined
        }
        className="w-[min(92vw,40rem)]"
        footer={<Button onClick={close}>Close</Button>}
      >
        {state.step === 'errors' ? (
          <ul aria-label="Import errors" className="flex flex-col gap-1.5 text-sm">
            {state.errors.map((e, i) => (
              <li key={i} className="rounded-md border border-border px-3 py-2">
                <span className="font-medium">
                  {e.caseIndex === null ? 'Suite' : `Case ${e.caseIndex + 1}${e.caseName ? ` “${e.caseName}”` : ''}`}
                </span>
                {e.path ? <code className="ml-2 text-xs text-muted">{e.path}</code> : null}
                <p className="text-danger">{e.message}</p>
              </li>
            ))}
          </ul>
        ) : null}
      </Dialog>
      <Dialog
        open={state.step === 'conflict'}
        onOpenChange={(o) => !o && close()}
        title="This suite is already here"
        description={
          state.step === 'conflict'
            ? `A suite with the id “${state.suite.id}” exists (“${state.existing}”). Replace it with the file, or import the file as a copy beside it?`
            : undefined
        }
        footer={
          state.step === 'conflict' ? (
            <>
              <Button onClick={close} disabled={busy}>
                Cancel
              </Button>
              <Button onClick={() => void store(state.suite, 'copy')} disabled={busy}>
                Import as copy
              </Button>
              <Button variant="danger" onClick={() => void store(state.suite, 'replace')} disabled={busy}>
                Replace
              </Button>
            </>
          ) : null
        }
      >
        {failure ? (
          <p role="alert" className="flex gap-2 text-sm text-danger">
            <AlertCircle className="mt-0.5 size-4 shrink-0" aria-hidden /> {failure}
          </p>
        ) : null}
      </Dialog>
    </>
  )
}
