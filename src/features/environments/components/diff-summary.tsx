/** How many items per kind are the same, differ, or exist on one side only. */
import type { AccountDiff } from '@/lib/account/model'
import { Panel } from '@/components/ui/page'
import { KIND_LABEL, KIND_ORDER } from '../selection'

export function DiffSummary({ diff, left, right }: { diff: AccountDiff; left: string; right: string }) {
  const cell = 'px-3 py-2 text-right tabular-nums'
  return (
    <Panel className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Summary per kind</caption>
        <thead className="text-xs text-muted">
          <tr className="border-b border-border">
            <th scope="col" className="px-3 py-2 text-left font-medium">
              Kind
            </th>
            <th scope="col" className={cell}>
              Same
            </th>
            <th scope="col" className={cell}>
              Differs
            </th>
            <th scope="col" className={cell}>
              Only in {left}
            </th>
            <th scope="col" className={cell}>
              Only in {right}
            </th>
          </tr>
        </thead>
        <tbody>
          {KIND_ORDER.map((kind) => {
            const c = diff.counts[kind]
            return (
              <tr key={kind} className="border-b border-border last:border-0">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {KIND_LABEL[kind].many}
                </th>
                <td className={cell}>{c.same}</td>
                <td className={`${cell} ${c.differs ? 'font-semibold text-warning' : ''}`}>{c.differs}</td>
                <td className={cell}>{c['only-left']}</td>
                <td className={cell}>{c['only-right']}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </Panel>
  )
}
