/**
 * Configuration as code, inbound: a bundle file against the active connection,
 * through the same comparison, plan, confirmation and report as a promotion.
 * Items of the file that cannot be read are listed and left out; header values
 * the file names as placeholders are typed in the plan (masked, in memory only).
 */
import { useId, useMemo, useState } from 'react'
import { Link } from '@tanstack/react-router'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useConnection } from '@/api/connection-context'
import {
  bundleToSnapshot,
  parseBundle,
  resolveSecrets,
  type BundleError,
  type BundleParseResult,
} from '@/lib/account/bundle'
import { readSnapshot } from '@/lib/account/read-snapshot'
import { Breadcrumb } from '@/components/ui/breadcrumb'
import { Badge } from '@/components/ui/badge'
import { Page, Panel } from '@/components/ui/page'
import { invalidateSnapshots, snapshotQueries } from '../api/snapshot-queries'
import { CompareAndPromote } from './compare-and-promote'
import { SideStatus } from './side-status'

interface ReadFile {
  /** Distinguishes two reads of the same file (each starts a fresh comparison). */
  serial: number
  name: string
  result: BundleParseResult
}

export function ImportBundlePage({
  onlyDifferences,
  onOnlyDifferencesChange,
}: {
  onlyDifferences: boolean
  onOnlyDifferencesChange: (on: boolean) => void
}) {
  const active = useConnection()
  const queryClient = useQueryClient()
  const inputId = useId()
  const [file, setFile] = useState<ReadFile | null>(null)
  const [readError, setReadError] = useState<string | null>(null)
  const target = useQuery({ ...snapshotQueries.read(active), enabled: !active.needsCredentials })
  const parsed = file?.result.ok ? file.result : null
  const source = useMemo(() => (parsed && file ? bundleToSnapshot(parsed.bundle, file.name) : null), [parsed, file])
  // Literal header values written in the file count as given; placeholders are asked for in the plan.
  const preset = useMemo(() => (parsed ? resolveSecrets(parsed.bundle, () => undefined).secrets : {}), [parsed])
  const scopes = active.client.scopes
  const canWrite = scopes === null || scopes.includes('assistants:write')

  const onFile = async (picked: File | undefined) => {
    setReadError(null)
    if (!picked) return
    try {
      const text = await picked.text()
      setFile((prev) => ({ serial: (prev?.serial ?? 0) + 1, name: picked.name, result: parseBundle(text) }))
    } catch (e) {
      setFile(null)
      setReadError(`Could not read ${picked.name}: ${(e as Error).message}`)
    }
  }

  return (
    <Page
      title="Import a bundle"
      breadcrumb={<Breadcrumb to="/environments" label="Environments" current="Import" mono={false} />}
      description={
        <>
          Applies a bundle file (exported from an environment, or kept in version control) to the active connection,{' '}
          <strong>{active.environment.label}</strong>, through a reviewed plan.{' '}
          <Link to="/settings" className="text-accent underline">
            Change the connection in Settings
          </Link>
          .
        </>
      }
    >
      <Panel className="flex flex-col gap-2 p-4">
        <label htmlFor={inputId} className="text-sm font-medium">
          Bundle file (JSON)
        </label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          className="text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-surface file:px-3 file:py-1.5 file:text-sm"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <p className="text-xs text-muted">
          Format <code>assistants-console/bundle</code> version 1 (JSON Schema in{' '}
          <code>contract/bundle.schema.json</code>
          ). Header values are placeholders such as <code>{'${secret:demo-crm/Authorization}'}</code>, typed in the
          plan.
        </p>
        {readError ? (
          <p role="alert" className="text-sm text-danger">
            {readError}
          </p>
        ) : null}
        {file && !file.result.ok ? (
          <BundleErrors title={`${file.name} cannot be imported`} errors={file.result.errors} tone="danger" />
        ) : null}
        {parsed && parsed.errors.length > 0 ? (
          <BundleErrors
            title={`${parsed.errors.length} item${parsed.errors.length === 1 ? '' : 's'} of ${file?.name} left out`}
            errors={parsed.errors}
            tone="warning"
          />
        ) : null}
      </Panel>
      <SideStatus
        side="Right"
        environment={active.environment}
        query={active.needsCredentials ? null : target}
        needsCredentials={active.needsCredentials}
      />
      {file && source && target.data ? (
        <CompareAndPromote
          key={`${file.serial}|${active.client.key}`}
          source={source}
          target={target.data}
          targetEnvironment={active.environment}
          targetClient={active.client}
          readTarget={(signal) => readSnapshot(active.client, { label: active.environment.label, signal })}
          onApplied={() => void invalidateSnapshots(queryClient, active)}
          onlyDifferences={onlyDifferences}
          onOnlyDifferencesChange={onOnlyDifferencesChange}
          canWrite={canWrite}
          writeBlockedReason={canWrite ? null : `Read-only: this token was not granted assistants:write.`}
          pickAll
          hideTargetOnly
          presetSecrets={preset}
        />
      ) : null}
    </Page>
  )
}

function BundleErrors({ title, errors, tone }: { title: string; errors: BundleError[]; tone: 'danger' | 'warning' }) {
  return (
    <div role={tone === 'danger' ? 'alert' : undefined} className="flex flex-col gap-1">
      <p className={`text-sm font-medium ${tone === 'danger' ? 'text-danger' : 'text-warning'}`}>{title}</p>
      <ul aria-label="Problems in the bundle" className="flex flex-col gap-1 text-sm">
        {errors.map((e, i) => (
          <li key={i} className="flex flex-wrap items-baseline gap-2">
            <Badge tone={tone}>{e.where}</Badge>
            <span>{e.message}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
