/**
 * The compared items per kind: a checkbox to pick what to promote (only items
 * the promotion would change), the state, and a disclosure with the field by
 * field differences. Native checkboxes and buttons: Tab and Space do it all.
 */
import { useId, useState } from 'react'
import { ChevronDown, ChevronRight } from 'lucide-react'
import type { DiffState, ItemDiff, ItemKind } from '@/lib/account/model'
import { Badge } from '@/components/ui/badge'
import { Panel } from '@/components/ui/page'
import { stateLabel } from '../format-value'
import { groupState, isPromotable, KIND_LABEL, refId } from '../selection'
import { ItemDetails } from './item-details'

const STATE_TONE: Record<DiffState, 'neutral' | 'warning' | 'accent' | 'success'> = {
  same: 'success',
  differs: 'warning',
  'only-left': 'accent',
  'only-right': 'neutral',
}

interface DiffListProps {
  groups: { kind: ItemKind; items: ItemDiff[] }[]
  left: string
  right: string
  selected: ReadonlySet<string>
  onToggle: (item: ItemDiff, on: boolean) => void
  onToggleGroup: (items: ItemDiff[], on: boolean) => void
}

export function DiffList({ groups, left, right, selected, onToggle, onToggleGroup }: DiffListProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const flip = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  return (
    <div className="flex flex-col gap-4">
      {groups.map(({ kind, items }) => {
        const name = KIND_LABEL[kind].many
        const promotable = items.filter(isPromotable)
        const state = groupState(selected, items)
        return (
          <Panel key={kind}>
            <section aria-labelledby={`env-group-${kind}`}>
              <div className="flex items-center gap-3 border-b border-border px-4 py-2.5">
                <input
                  type="checkbox"
                  className="size-4 accent-[var(--color-accent)]"
                  aria-label={`Select every ${KIND_LABEL[kind].one} to promote`}
                  disabled={promotable.length === 0}
                  checked={state === 'all'}
                  ref={(el) => {
                    if (el) el.indeterminate = state === 'some'
                  }}
                  onChange={(e) => onToggleGroup(items, e.target.checked)}
                />
                <h2 id={`env-group-${kind}`} className="text-sm font-semibold">
                  {name}
                </h2>
                <span className="text-xs text-muted">{items.length} shown</span>
              </div>
              {items.length === 0 ? (
                <p className="px-4 py-3 text-sm text-muted">Nothing to show.</p>
              ) : (
                <ul aria-label={name} className="divide-y divide-border">
                  {items.map((item) => {
                    const id = refId(item)
                    return (
                      <DiffRow
                        key={id}
                        item={item}
                        left={left}
                        right={right}
                        expanded={open.has(id)}
                        onExpand={() => flip(id)}
                        checked={selected.has(id)}
                        onToggle={(on) => onToggle(item, on)}
                      />
                    )
                  })}
                </ul>
              )}
            </section>
          </Panel>
        )
      })}
    </div>
  )
}

function DiffRow({
  item,
  left,
  right,
  expanded,
  onExpand,
  checked,
  onToggle,
}: {
  item: ItemDiff
  left: string
  right: string
  expanded: boolean
  onExpand: () => void
  checked: boolean
  onToggle: (on: boolean) => void
}) {
  const detailsId = useId()
  const canPick = isPromotable(item)
  return (
    <li className="px-4 py-2">
      <div className="flex items-center gap-3">
        <input
          type="checkbox"
          className="size-4 accent-[var(--color-accent)]"
          aria-label={`Promote ${KIND_LABEL[item.kind].one} ${item.title}`}
          title={canPick ? undefined : 'Nothing to promote: it is the same, or only on the target.'}
          disabled={!canPick}
          checked={canPick && checked}
          onChange={(e) => onToggle(e.target.checked)}
        />
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={expanded ? detailsId : undefined}
          onClick={onExpand}
          className="flex min-w-0 flex-1 items-center gap-2 rounded text-left text-sm hover:text-accent"
        >
          {expanded ? (
            <ChevronDown className="size-4 shrink-0" aria-hidden />
          ) : (
            <ChevronRight className="size-4 shrink-0" aria-hidden />
          )}
          <span className="truncate font-mono text-[13px]">{item.title}</span>
        </button>
        <Badge tone={STATE_TONE[item.state]}>{stateLabel(item.state, left, right)}</Badge>
      </div>
      {expanded ? (
        <div id={detailsId} className="mt-2 pl-7">
          <ItemDetails item={item} left={left} right={right} />
        </div>
      ) : null}
    </li>
  )
}
