/**
 * Environments: two connections of the account side by side (left = source,
 * right = target), what differs per kind, and promotion of picked items from
 * left to right through a reviewed plan. The URL holds the two environments
 * and the "only differences" filter.
 */
import { Link } from '@tanstack/react-router'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { FileUp } from 'lucide-react'
import { useConnection, useConnectionStore } from '@/api/connection-context'
import type { ConnectionState } from '@/api/connection-store'
import { readSnapshot } from '@/lib/account/read-snapshot'
import { buttonClasses } from '@/components/ui/button'
import { Page } from '@/components/ui/page'
import { EmptyState } from '@/components/ui/states'
import { invalidateSnapshots, snapshotQueries } from '../api/snapshot-queries'
import { checkChoice, deepdeskEnvironments, type EnvironmentChoice } from '../environment-choice'
import { CompareAndPromote } from './compare-and-promote'
import { EnvironmentPickers } from './environment-pickers'
import { ExportButton } from './export-button'
import { SideStatus } from './side-status'

export interface EnvironmentsSearch {
  left?: string | undefined
  right?: string | undefined
  only?: boolean | undefined
}

export function EnvironmentsPage({
  search,
  onSearchChange,
}: {
  search: EnvironmentsSearch
  onSearchChange: (next: EnvironmentsSearch) => void
}) {
  const store = useConnectionStore()
  const active = useConnection()
  const view = deepdeskEnvironments(store.environments, active.environment)
  const choice: EnvironmentChoice = { left: search.left ?? '', right: search.right ?? '' }
  const checked = view ? checkChoice(choice, view.environments) : null
  return (
    <Page
      title="Environments"
      description="Compare two environments of the account and promote reviewed changes from the left (source) to the right (target)."
      actions={
        <Link to="/environments/import" className={buttonClasses()}>
          <FileUp className="size-4" aria-hidden /> Import a bundle
        </Link>
      }
    >
      {view ? (
        <EnvironmentPickers
          environments={view.environments}
          choice={choice}
          onChange={(next) => onSearchChange({ left: next.left, right: next.right })}
        />
      ) : null}
      {!checked ? (
        <EmptyState title="No Deepdesk environment" description="The console has no Deepdesk environment configured." />
      ) : !checked.ok ? (
        <EmptyState title="Pick two environments" description={checked.problem} />
      ) : (
        <Comparison
          left={store.connectionFor(checked.left.id) ?? active}
          right={store.connectionFor(checked.right.id) ?? active}
          onlyDifferences={search.only ?? false}
          onOnlyDifferencesChange={(on) => onSearchChange({ ...search, only: on || undefined })}
        />
      )}
    </Page>
  )
}

function Comparison({
  left,
  right,
  onlyDifferences,
  onOnlyDifferencesChange,
}: {
  left: ConnectionState
  right: ConnectionState
  onlyDifferences: boolean
  onOnlyDifferencesChange: (on: boolean) => void
}) {
  const queryClient = useQueryClient()
  const leftQuery = useQuery({ ...snapshotQueries.read(left), enabled: !left.needsCredentials })
  const rightQuery = useQuery({ ...snapshotQueries.read(right), enabled: !right.needsCredentials })
  const scopes = right.client.scopes
  const canWrite = scopes === null || scopes.includes('assistants:write')
  return (
    <>
      <div className="grid gap-3 md:grid-cols-2">
        <SideStatus
          side="Left"
          environment={left.environment}
          query={left.needsCredentials ? null : leftQuery}
          needsCredentials={left.needsCredentials}
        />
        <SideStatus
          side="Right"
          environment={right.environment}
          query={right.needsCredentials ? null : rightQuery}
          needsCredentials={right.needsCredentials}
        />
      </div>
      {leftQuery.data && rightQuery.data ? (
        <CompareAndPromote
          // Other sides, another comparison: a plan open for the previous pair is closed.
          key={`${left.client.key}|${right.client.key}`}
          source={leftQuery.data}
          target={rightQuery.data}
          targetEnvironment={right.environment}
          targetClient={right.client}
          readTarget={(signal) => readSnapshot(right.client, { label: right.environment.label, signal })}
          onApplied={() => void invalidateSnapshots(queryClient, left, right)}
          onlyDifferences={onlyDifferences}
          onOnlyDifferencesChange={onOnlyDifferencesChange}
          canWrite={canWrite}
          actions={(picked) => <ExportButton snapshot={leftQuery.data} picked={picked} />}
          writeBlockedReason={
            canWrite ? null : `Read-only: the token for ${right.environment.label} was not granted assistants:write.`
          }
        />
      ) : null}
    </>
  )
}
