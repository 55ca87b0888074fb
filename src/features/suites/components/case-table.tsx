/**
 * A suite's cases: open one, move it up or down (focus stays on the moved
 * case's button, so reordering is keyboard-only too), delete it.
 */
import { useId, useState } from 'react'
import { Link } from '@tanstack/react-router'
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react'
import { toast } from '@/lib/notify'
import { suiteStore } from '@/lib/qa/suite-store'
import type { Suite, TestCase } from '@/lib/qa/suite-format'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { DeleteDialog } from '@/components/edit/delete-dialog'
import { sourceLabel } from '../case-seed'

export function CaseTable({ suite }: { suite: Suite }) {
  const id = useId()
  const [deleting, setDeleting] = useState<TestCase | null>(null)
  const buttonId = (caseId: string, dir: 'up' | 'down') => `${id}-${dir}-${caseId}`

  const move = async (c: TestCase, delta: -1 | 1) => {
    try {
      await suiteStore.moveCase(suite.id, c.id, delta)
    } catch (e) {
      toast.error(`Could not move the case: ${e instanceof Error ? e.message : String(e)}`)
      return
    }
    // The row moved in the DOM, which may have taken focus with it: put it back on the same button,
    // or on the other one once the case reached an end.
    requestAnimationFrame(() => {
      const same = document.getElementById(buttonId(c.id, delta < 0 ? 'up' : 'down'))
      const other = document.getElementById(buttonId(c.id, delta < 0 ? 'down' : 'up'))
      const target = same instanceof HTMLButtonElement && !same.disabled ? same : other
      target?.focus()
    })
  }

  return (
    <>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[44rem] text-sm" aria-label="Cases">
          <thead className="bg-surface-2/80 text-left text-xs text-muted uppercase">
            <tr>
              <th scope="col" className="w-10 px-4 py-2.5 text-right font-medium">
                #
              </th>
              <th scope="col" className="px-4 py-2.5 font-medium">
                Case
              </th>
              <th scope="col" className="px-4 py-2.5 font-medium">
                Assistant
              </th>
              <th scope="col" className="px-4 py-2.5 text-right font-medium">
                Assertions
              </th>
              <th scope="col" className="px-4 py-2.5 font-medium">
                Source
              </th>
              <th scope="col" className="px-4 py-2.5">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {suite.cases.map((c, index) => (
              <tr key={c.id} className="border-t border-border hover:bg-surface-2/60">
                <td className="px-4 py-2.5 text-right text-muted tabular-nums">{index + 1}</td>
                <td className="max-w-80 truncate px-4 py-2.5">
                  <Link
                    to="/suites/$suiteId/cases/$caseId"
                    params={{ suiteId: suite.id, caseId: c.id }}
                    className="font-medium text-accent hover:underline"
                  >
                    {c.name}
                  </Link>
                </td>
                <td className="px-4 py-2.5">
                  <Badge className="font-mono">{c.assistant}</Badge>
                </td>
                <td className="px-4 py-2.5 text-right tabular-nums">
                  {c.assertions.length === 0 ? <span className="text-warning">None</span> : c.assertions.length}
                </td>
                <td className="max-w-56 truncate px-4 py-2.5 text-muted">{sourceLabel(c.source)}</td>
                <td className="px-4 py-2.5">
                  <div className="flex justify-end gap-1">
                    <Button
                      id={buttonId(c.id, 'up')}
                      size="icon"
                      variant="ghost"
                      className="size-8"
                      aria-label={`Move ${c.name} up`}
                      disabled={index === 0}
                      onClick={() => void move(c, -1)}
                    >
                      <ArrowUp className="size-3.5" aria-hidden />
                    </Button>
                    <Button
                      id={buttonId(c.id, 'down')}
                      size="icon"
                      variant="ghost"
                      className="size-8"
                      aria-label={`Move ${c.name} down`}
                      disabled={index === suite.cases.length - 1}
                      onClick={() => void move(c, 1)}
                    >
                      <ArrowDown className="size-3.5" aria-hidden />
                    </Button>
                    <Button
                      size="icon"
                      variant="ghost"
                      className="size-8 hover:text-danger"
                      aria-label={`Delete ${c.name}`}
                      onClick={() => setDeleting(c)}
                    >
                      <Trash2 className="size-3.5" aria-hidden />
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DeleteDialog
        open={deleting !== null}
        onOpenChange={(o) => !o && setDeleting(null)}
        title={`Delete case “${deleting?.name ?? ''}”?`}
        description="It is removed from this suite in this browser. Past run results keep their copy."
        confirmLabel="Delete case"
        remove={() => (deleting ? suiteStore.deleteCase(suite.id, deleting.id) : Promise.resolve())}
        onGone={() => {
          if (deleting) toast.success(`Case “${deleting.name}” deleted`)
          setDeleting(null)
        }}
      />
    </>
  )
}
