/**
 * A comparison of a source and a target snapshot, and promotion from one to
 * the other: summary, "only differences" filter, the items per kind to pick
 * from, then the plan. Shared by the environments page (two live connections)
 * and bundle import (a file against the active connection).
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { ApiClient } from '@/api/http-client'
import type { Environment } from '@/api/console-config'
import { diffAccounts } from '@/lib/account/diff'
import type { AccountSnapshot } from '@/lib/account/model'
import { Button } from '@/components/ui/button'
import { Switch } from '@/components/ui/switch'
import { EmptyState } from '@/components/ui/states'
import { restoreFocus } from '@/lib/focus'
import { PromotionSession } from '../promotion-session'
import { groupItems, isPromotable, refId, selectedRefs, toggle, toggleGroup, type ItemRef } from '../selection'
import { DiffList } from './diff-list'
import { DiffSummary } from './diff-summary'
import { PromotionPanel } from './promotion-panel'

export interface CompareAndPromoteProps {
  source: AccountSnapshot
  target: AccountSnapshot
  targetEnvironment: Environment
  targetClient: ApiClient
  /** Reads the target afresh (a re-run plans against what is there now). */
  readTarget: (signal: AbortSignal) => Promise<AccountSnapshot>
  /** After each apply: refresh the comparison. */
  onApplied: () => void
  onlyDifferences: boolean
  onOnlyDifferencesChange: (on: boolean) => void
  /** Whether the connection may write (read-only tokens compare but do not promote). */
  canWrite: boolean
  writeBlockedReason?: string | null
  /** More actions beside "Plan promotion", given the picked items (e.g. export). */
  actions?: (picked: ItemRef[]) => ReactNode
  /** Start with every promotable item picked (an imported bundle is usually applied whole). */
  pickAll?: boolean
  /** Leave out of the lists what only the target has (importing a file: it says nothing about them). */
  hideTargetOnly?: boolean
  /** Header values known beforehand (a bundle's literal values). */
  presetSecrets?: Record<string, Record<string, string>>
}

export function CompareAndPromote(props: CompareAndPromoteProps) {
  const { source, target, targetEnvironment, onlyDifferences, canWrite } = props
  const diff = useMemo(() => diffAccounts(source, target), [source, target])
  const [selected, setSelected] = useState<ReadonlySet<string>>(() =>
    props.pickAll ? new Set(diff.items.filter(isPromotable).map(refId)) : new Set(),
  )
  const [session, setSession] = useState<PromotionSession | null>(null)
  const planButton = useRef<HTMLButtonElement>(null)
  const groups = groupItems(diff, onlyDifferences, props.hideTargetOnly)
  const picked = selectedRefs(diff, selected)

  // A session aborts what it still runs when it is closed or the page goes.
  useEffect(() => () => session?.dispose(), [session])

  const openPlan = () =>
    setSession(
      new PromotionSession({
        source,
        target,
        targetClient: props.targetClient,
        selection: picked,
        readTarget: props.readTarget,
        onApplied: props.onApplied,
        ...(props.presetSecrets ? { presetSecrets: props.presetSecrets } : {}),
      }),
    )
  const closePlan = () => {
    setSession(null)
    // Back where the user left: the picked items stay picked (those promoted drop out once equal).
    requestAnimationFrame(() => restoreFocus(planButton.current))
  }

  if (session)
    return <PromotionPanel session={session} source={source.label} target={targetEnvironment} onClose={closePlan} />

  const total = diff.items.length
  return (
    <div className="flex flex-col gap-4">
      <DiffSummary diff={diff} left={source.label} right={target.label} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-2 text-sm">
          <Switch id="env-only-differences" checked={onlyDifferences} onCheckedChange={props.onOnlyDifferencesChange} />
          <label htmlFor="env-only-differences">Only differences</label>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {props.actions?.(picked)}
          <Button
            ref={planButton}
            variant="primary"
            disabled={picked.length === 0 || !canWrite}
            title={!canWrite ? (props.writeBlockedReason ?? undefined) : undefined}
            onClick={openPlan}
          >
            Plan promotion{picked.length ? ` (${picked.length})` : ''}
          </Button>
        </div>
      </div>
      {!canWrite && props.writeBlockedReason ? <p className="text-sm text-muted">{props.writeBlockedReason}</p> : null}
      {total === 0 ? (
        <EmptyState title="Nothing to compare" description="Neither side has assistants, APIs or routes." />
      ) : (
        <DiffList
          groups={groups}
          left={source.label}
          right={target.label}
          selected={selected}
          onToggle={(item, on) => setSelected((s) => toggle(s, refId(item), on))}
          onToggleGroup={(items, on) => setSelected((s) => toggleGroup(s, items, on))}
        />
      )}
    </div>
  )
}
