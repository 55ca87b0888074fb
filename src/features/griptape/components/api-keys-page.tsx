/**
 * API keys: the organization's, or one user's (the API lists both), paged in
 * the URL. Create shows the secret once; rename and (de)activate are PATCHes;
 * delete goes through the one DeleteDialog.
 */
import { useState } from 'react'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { KeyRound, Plus } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { griptapeApiKeysApi, griptapeApiKeyQueries } from '@/api/resources/griptape/api-keys'
import type { ApiKeyOwner } from '@/api/resources/griptape/keys'
import { griptapeUserQueries } from '@/api/resources/griptape/users'
import type { ApiKey, CreatedApiKey } from '@/contract/griptape/api-key'
import type { User } from '@/contract/griptape/user'
import { toast } from '@/lib/notify'
import { DeleteDialog } from '@/components/edit/delete-dialog'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Field } from '@/components/ui/field'
import { ListStates } from '@/components/ui/list-states'
import { Page, Panel } from '@/components/ui/page'
import { TableSkeleton } from '@/components/ui/skeleton'
import { EmptyState, ErrorState } from '@/components/ui/states'
import { useApiKeyGone, useUpdateApiKey } from '../api/api-key-mutations'
import { pageParams, type ApiKeySearch } from '../griptape-search'
import { CreateApiKeyForm, RenameApiKeyForm } from './api-key-forms'
import { formatTime, PageControls } from './pagination'
import { SecretDialog } from './secret-dialog'

/** The organization the keys belong to: the users' (the API has no "current organization" call). */
export function organizationOf(users: readonly User[]): string | null {
  const ids = [...new Set(users.flatMap((u) => u.organizations))].sort()
  return ids[0] ?? null
}

export function ApiKeysPage({
  search,
  onSearch,
}: {
  search: ApiKeySearch
  onSearch: (next: Partial<ApiKeySearch>) => void
}) {
  const client = useApiClient()
  const users = useQuery(griptapeUserQueries.list(client))
  if (users.isPending)
    return (
      <Page title="API keys">
        <Panel>
          <TableSkeleton label="Loading API keys" />
        </Panel>
      </Page>
    )
  if (users.isError)
    return (
      <Page title="API keys">
        <Panel>
          <ErrorState
            title="Could not load the organization’s users"
            error={users.error}
            onRetry={() => void users.refetch()}
          />
        </Panel>
      </Page>
    )
  const organization = organizationOf(users.data.users)
  const user = search.user ? users.data.users.find((u) => u.user_id === search.user) : undefined
  const owner: ApiKeyOwner | null = user
    ? { kind: 'user', id: user.user_id }
    : organization
      ? { kind: 'organization', id: organization }
      : null
  return (
    <ApiKeysView
      owner={owner}
      users={users.data.users}
      search={search}
      onSearch={onSearch}
      ownerLabel={user ? `${user.name ?? user.email}’s keys` : 'The organization’s keys'}
    />
  )
}

function ApiKeysView({
  owner,
  users,
  search,
  onSearch,
  ownerLabel,
}: {
  owner: ApiKeyOwner | null
  users: User[]
  search: ApiKeySearch
  onSearch: (next: Partial<ApiKeySearch>) => void
  ownerLabel: string
}) {
  const [creating, setCreating] = useState(false)
  const [created, setCreated] = useState<CreatedApiKey | null>(null)
  return (
    <Page
      title="API keys"
      description="Keys that call Griptape Cloud for this organization. A key’s secret is shown once, when it is created."
      actions={
        owner ? (
          <Button variant="primary" onClick={() => setCreating(true)}>
            <Plus className="size-4" aria-hidden /> New API key
          </Button>
        ) : null
      }
    >
      <Field label="Whose keys" className="max-w-sm">
        <select
          className="h-9 rounded-md border border-border bg-surface px-2 text-sm shadow-sm focus-visible:outline-2 focus-visible:outline-accent"
          value={search.user ?? ''}
          onChange={(e) => onSearch({ user: e.target.value || undefined, page: undefined })}
        >
          <option value="">The organization (every key)</option>
          {users.map((u) => (
            <option key={u.user_id} value={u.user_id}>
              Created by {u.name ?? u.email}
            </option>
          ))}
        </select>
      </Field>
      {owner ? (
        <KeyList owner={owner} search={search} onSearch={onSearch} label={ownerLabel} />
      ) : (
        <Panel>
          <EmptyState title="No organization" description="The API lists no user with an organization to hold keys." />
        </Panel>
      )}
      <Dialog open={creating && owner !== null} onOpenChange={setCreating} title="New API key">
        {owner ? (
          <CreateApiKeyForm
            owner={owner}
            onCancel={() => setCreating(false)}
            onCreated={(key) => {
              setCreating(false)
              setCreated(key)
            }}
          />
        ) : null}
      </Dialog>
      <SecretDialog created={created} onClose={() => setCreated(null)} />
    </Page>
  )
}

function KeyList({
  owner,
  search,
  onSearch,
  label,
}: {
  owner: ApiKeyOwner
  search: ApiKeySearch
  onSearch: (next: Partial<ApiKeySearch>) => void
  label: string
}) {
  const client = useApiClient()
  const options = griptapeApiKeyQueries.list(client, owner, pageParams(search))
  const list = useQuery({ ...options, placeholderData: keepPreviousData })
  const rows = useQuery({ ...options, placeholderData: keepPreviousData, select: (d) => d.api_keys })
  return (
    <Panel className="overflow-hidden">
      <h2 className="border-b border-border px-4 py-2.5 text-sm font-semibold">{label}</h2>
      <ListStates
        query={rows}
        what="API keys"
        empty={
          <EmptyState
            icon={<KeyRound className="size-6" aria-hidden />}
            title="No API keys here"
            description="Create one with New API key."
          />
        }
      >
        {(items) => <KeyTable rows={items} />}
      </ListStates>
      {list.data && list.data.pagination.total_count > 0 ? (
        <PageControls
          pagination={list.data.pagination}
          what="API keys"
          onPage={(page) => onSearch({ page: page > 1 ? page : undefined })}
        />
      ) : null}
    </Panel>
  )
}

function KeyTable({ rows }: { rows: ApiKey[] }) {
  return (
    <div className="overflow-x-auto">
      <table aria-label="API keys" className="w-full min-w-[48rem] table-fixed text-sm">
        <thead className="bg-surface-2/80 text-left text-xs text-muted uppercase">
          <tr>
            <th scope="col" className="w-[26%] px-4 py-2.5 font-medium">
              Name
            </th>
            <th scope="col" className="w-[14%] px-4 py-2.5 font-medium">
              State
            </th>
            <th scope="col" className="w-[18%] px-4 py-2.5 font-medium">
              Created
            </th>
            <th scope="col" className="w-[18%] px-4 py-2.5 font-medium">
              Last used
            </th>
            <th scope="col" className="w-[24%] px-4 py-2.5 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((key) => (
            <KeyRow key={key.api_key_id} apiKey={key} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

function KeyRow({ apiKey }: { apiKey: ApiKey }) {
  const client = useApiClient()
  const [renaming, setRenaming] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const update = useUpdateApiKey(apiKey.api_key_id)
  const gone = useApiKeyGone()
  const toggle = () =>
    update.mutate(
      { active: !apiKey.active },
      { onSuccess: (k) => toast.success(`API key ${k.name} ${k.active ? 'activated' : 'deactivated'}`) },
    )
  return (
    <tr className="border-t border-border hover:bg-surface-2/60">
      <td className="truncate px-4 py-2.5 font-medium" title={apiKey.name}>
        {apiKey.name}
      </td>
      <td className="px-4 py-2.5">
        {apiKey.active ? <Badge tone="success">Active</Badge> : <Badge tone="warning">Deactivated</Badge>}
      </td>
      <td className="px-4 py-2.5 text-muted tabular-nums">{formatTime(apiKey.created_at)}</td>
      <td className="px-4 py-2.5 text-muted tabular-nums">{formatTime(apiKey.last_used)}</td>
      <td className="px-4 py-2.5">
        <div className="flex justify-end gap-1">
          <Button size="sm" variant="ghost" aria-label={`Rename ${apiKey.name}`} onClick={() => setRenaming(true)}>
            Rename
          </Button>
          <Button
            size="sm"
            variant="ghost"
            aria-label={`${apiKey.active ? 'Deactivate' : 'Activate'} ${apiKey.name}`}
            disabled={update.isPending}
            onClick={toggle}
          >
            {apiKey.active ? 'Deactivate' : 'Activate'}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            className="text-danger"
            aria-label={`Delete ${apiKey.name}`}
            onClick={() => setDeleting(true)}
          >
            Delete
          </Button>
        </div>
        <Dialog open={renaming} onOpenChange={setRenaming} title={`Rename ${apiKey.name}`}>
          {renaming ? (
            <RenameApiKeyForm apiKey={apiKey} onDone={() => setRenaming(false)} onCancel={() => setRenaming(false)} />
          ) : null}
        </Dialog>
        <DeleteDialog
          open={deleting}
          onOpenChange={setDeleting}
          title={`Delete API key ${apiKey.name}?`}
          description="Anything still calling Griptape Cloud with this key stops working at once. This cannot be undone."
          confirmLabel="Delete key"
          remove={() => griptapeApiKeysApi.remove(client, apiKey.api_key_id)}
          onGone={async (how) => {
            toast.success(
              how === 'deleted' ? `API key ${apiKey.name} deleted` : `API key ${apiKey.name} was already gone`,
            )
            await gone()
          }}
        />
      </td>
    </tr>
  )
}
