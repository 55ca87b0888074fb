/**
 * The History tab: the versions this console replaced when saving (newest
 * first) and the server's current one; any two diffed; "Restore" loads a
 * version into the Configuration form as unsaved changes, to be reviewed and
 * saved as usual (nothing is written from here).
 */
import { useId } from 'react'
import { Link } from '@tanstack/react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import { History } from 'lucide-react'
import { useApiClient, useConnectionIdentity } from '@/api/connection-context'
import { assistantQueries } from '@/api/resources/assistants'
import { DiffView } from '@/components/editor/code-editor'
import { buttonClasses } from '@/components/ui/button'
import { Panel } from '@/components/ui/page'
import { EmptyState } from '@/components/ui/states'
import { ASSISTANT_FORM_FIELDS, FIELD_LABELS, diffFormValues, toFormValues } from '../assistant-form-schema'
import { useVersions, versionsFor } from './version-store'
import { useToolCatalogue } from '../components/tool-picker'
import { formatFieldValue } from '../assistant-form-schema'

export const CURRENT = 'current'

const when = (at: number) => new Date(at).toLocaleString()

export function HistoryPage({
  code,
  a,
  b,
  onCompare,
}: {
  code: string
  a: string | undefined
  b: string | undefined
  onCompare: (next: { a?: string | undefined; b?: string | undefined }) => void
}) {
  const client = useApiClient()
  const identity = useConnectionIdentity()
  const { data: current } = useSuspenseQuery(assistantQueries.detail(client, code))
  const store = versionsFor(identity, code)
  const { loaded, versions } = useVersions(store)
  const { nameOf } = useToolCatalogue()
  const id = useId()

  const options = [
    { id: CURRENT, label: 'Current (on the server)', values: toFormValues(current) },
    ...versions.map((v, i) => ({
      id: v.id,
      label: `Version ${versions.length - i}, replaced ${when(v.replacedAt)}`,
      values: v.values,
    })),
  ]
  const left = options.find((o) => o.id === a) ?? options[1] ?? options[0]
  const right = options.find((o) => o.id === b) ?? options[0]

  if (!loaded)
    return (
      <p role="status" className="text-sm text-muted">
        Loading history…
      </p>
    )
  if (versions.length === 0)
    return (
      <Panel>
        <EmptyState
          icon={<History className="size-6" aria-hidden />}
          title="No earlier versions yet"
          description="Each save made from this console keeps the version it replaced here (in this browser, for this connection)."
        />
      </Panel>
    )

  const changes = left && right ? diffFormValues(left.values, right.values) : []
  const otherChanges = changes.filter((c) => c.field !== 'instructions')
  return (
    <div className="grid items-start gap-5 lg:grid-cols-[20rem_minmax(0,1fr)]">
      <Panel className="overflow-hidden">
        <h2 className="border-b border-border px-4 py-3 text-sm font-semibold">Versions</h2>
        <ol aria-label="Versions" className="divide-y divide-border">
          <li className="px-4 py-3">
            <p className="text-sm font-medium">Current (on the server)</p>
          </li>
          {versions.map((v, i) => (
            <li key={v.id} className="flex flex-col gap-1 px-4 py-3">
              <p className="text-sm font-medium">Version {versions.length - i}</p>
              <p className="text-xs text-muted">Replaced {when(v.replacedAt)}</p>
              <p className="text-xs">Then changed: {v.changed.join(', ')}</p>
              <div className="mt-1 flex gap-2">
                <button
                  type="button"
                  className={buttonClasses('ghost', 'sm')}
                  onClick={() => onCompare({ a: v.id, b: CURRENT })}
                  aria-label={`Compare version ${versions.length - i} with current`}
                >
                  Compare with current
                </button>
                <Link
                  to="/assistants/$code"
                  params={{ code }}
                  search={{ restore: v.id }}
                  className={buttonClasses('secondary', 'sm')}
                  aria-label={`Restore version ${versions.length - i}`}
                >
                  Restore…
                </Link>
              </div>
            </li>
          ))}
        </ol>
      </Panel>
      <Panel className="flex min-w-0 flex-col gap-4 p-4">
        <div className="flex flex-wrap items-end gap-3">
          {(['a', 'b'] as const).map((side) => (
            <div key={side} className="flex min-w-0 flex-col gap-1">
              <label htmlFor={`${id}-${side}`} className="text-xs text-muted">
                {side === 'a' ? 'Compare' : 'with'}
              </label>
              <select
                id={`${id}-${side}`}
                className="rounded-md border border-border bg-surface px-2 py-1.5 text-sm"
                value={(side === 'a' ? left : right)?.id}
                onChange={(e) => onCompare({ [side]: e.target.value })}
              >
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        <div role="status" className="text-sm">
          {changes.length === 0
            ? 'These two versions are identical.'
            : `${changes.length} field${changes.length === 1 ? '' : 's'} differ: ${changes.map((c) => FIELD_LABELS[c.field]).join(', ')}.`}
        </div>
        {left && right && changes.some((c) => c.field === 'instructions') ? (
          <section aria-label="Instructions diff" className="flex flex-col gap-1">
            <h3 className="text-xs font-medium text-muted">Instructions</h3>
            <DiffView
              original={left.values.instructions}
              modified={right.values.instructions}
              language="instructions"
              height={320}
              modelName="assistant-history"
            />
          </section>
        ) : null}
        {otherChanges.length > 0 ? (
          <table className="w-full text-sm">
            <caption className="sr-only">Other fields that differ</caption>
            <thead className="text-left text-xs text-muted">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Field
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {left?.id === CURRENT ? 'Current' : 'Compared'}
                </th>
                <th scope="col" className="py-1 font-medium">
                  {right?.id === CURRENT ? 'Current' : 'With'}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {ASSISTANT_FORM_FIELDS.filter((f) => otherChanges.some((c) => c.field === f)).map((f) => (
                <tr key={f}>
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                    {FIELD_LABELS[f]}
                  </th>
                  <td className="py-1.5 pr-3 font-mono text-xs">{formatFieldValue(f, left?.values[f], nameOf)}</td>
                  <td className="py-1.5 font-mono text-xs">{formatFieldValue(f, right?.values[f], nameOf)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Panel>
    </div>
  )
}
