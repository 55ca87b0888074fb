/** A virtualised, sortable table of assistants. Only the visible rows are in the DOM. */
import { useRef } from 'react'
import { Link } from '@tanstack/react-router'
import { useVirtualizer } from '@tanstack/react-virtual'
import { ArrowDown, ArrowUp } from 'lucide-react'
import type { Assistant } from '@/contract/assistant'
import { Badge } from '@/components/ui/badge'
import type { AssistantSortKey } from '../assistant-sort'

const ROW_HEIGHT = 52

const columns: { key: AssistantSortKey | null; label: string; className: string }[] = [
  { key: 'code', label: 'Code', className: 'w-[26%]' },
  { key: 'name', label: 'Name', className: 'w-[25%]' },
  { key: 'model', label: 'Model', className: 'w-[18%]' },
  { key: 'tools', label: 'Tools', className: 'w-[7%]' },
  { key: null, label: 'Flags', className: 'w-[24%]' },
]

export function AssistantTable({
  rows,
  sort,
  desc,
  onSort,
}: {
  rows: Assistant[]
  sort: AssistantSortKey
  desc: boolean
  onSort: (key: AssistantSortKey) => void
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is designed for this use; the compiler simply skips memoising this component.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const items = virtualizer.getVirtualItems()
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)

  return (
    <div ref={scrollRef} className="max-h-[calc(100vh-15rem)] min-h-64 overflow-auto">
      <table className="w-full table-fixed text-sm" aria-rowcount={rows.length + 1}>
        <thead className="sticky top-0 z-10 bg-surface-2/95 text-left text-xs text-muted uppercase backdrop-blur">
          <tr>
            {columns.map((c) => (
              <th
                key={c.label}
                scope="col"
                className={`px-4 py-2.5 font-medium ${c.className}`}
                aria-sort={c.key === sort ? (desc ? 'descending' : 'ascending') : undefined}
              >
                {c.key ? (
                  <button
                    type="button"
                    className="inline-flex items-center gap-1 uppercase hover:text-fg"
                    onClick={() => onSort(c.key as AssistantSortKey)}
                  >
                    {c.label}
                    {c.key === sort ? (
                      desc ? (
                        <ArrowDown className="size-3" aria-hidden />
                      ) : (
                        <ArrowUp className="size-3" aria-hidden />
                      )
                    ) : null}
                  </button>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden>
              <td colSpan={columns.length} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const a = rows[item.index] as Assistant
            return (
              <tr
                key={a.code}
                aria-rowindex={item.index + 2}
                className="border-t border-border hover:bg-surface-2/60"
                style={{ height: ROW_HEIGHT }}
              >
                <td className="truncate px-4 font-mono text-[13px]">
                  <Link
                    to="/assistants/$code"
                    params={{ code: a.code }}
                    className="font-medium text-accent hover:underline"
                  >
                    {a.code}
                  </Link>
                </td>
                <td className="truncate px-4">{a.name}</td>
                <td className="truncate px-4 text-muted">{a.model ?? '—'}</td>
                <td className="px-4 tabular-nums">{a.tools.length}</td>
                <td className="px-4">
                  <div className="flex gap-1 overflow-hidden">
                    {a.response_format_json ? <Badge tone="accent">JSON</Badge> : null}
                    {a.include_conversation_transcript ? <Badge>Transcript</Badge> : null}
                    {a.include_conversation_metadata ? <Badge>Metadata</Badge> : null}
                  </div>
                </td>
              </tr>
            )
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden>
              <td colSpan={columns.length} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
