/** "New suite": asks for a name, creates the suite and opens it. */
import { useId, useState } from 'react'
import { useNavigate } from '@tanstack/react-router'
import { Plus } from 'lucide-react'
import { toast } from '@/lib/notify'
import { suiteStore } from '@/lib/qa/suite-store'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'

export function CreateSuiteButton({ variant = 'primary' }: { variant?: 'primary' | 'secondary' }) {
  const id = useId()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const create = async () => {
    if (busy) return
    if (name.trim() === '') return setError('Give the suite a name.')
    setBusy(true)
    try {
      const suite = await suiteStore.create({ name })
      setOpen(false)
      setName('')
      toast.success(`Suite “${suite.name}” created`)
      await navigate({ to: '/suites/$suiteId', params: { suiteId: suite.id } })
    } catch (e) {
      setError(`Could not create the suite: ${e instanceof Error ? e.message : String(e)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)}>
        <Plus className="size-4" aria-hidden /> New suite
      </Button>
      <Dialog
        open={open}
        onOpenChange={(o) => {
          if (busy) return
          setOpen(o)
          if (!o) setError(null)
        }}
        title="New suite"
        footer={
          <>
            <Button onClick={() => setOpen(false)} disabled={busy}>
              Cancel
            </Button>
            <Button variant="primary" type="submit" form={`${id}-form`} disabled={busy}>
              {busy ? 'Creating…' : 'Create suite'}
            </Button>
          </>
        }
      >
        <form
          id={`${id}-form`}
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            void create()
          }}
        >
          <Field label="Name" error={error ?? undefined}>
            <Input
              value={name}
              onChange={(e) => {
                setName(e.target.value)
                setError(null)
              }}
              placeholder="e.g. Routing regressions"
              autoComplete="off"
            />
          </Field>
        </form>
      </Dialog>
    </>
  )
}
