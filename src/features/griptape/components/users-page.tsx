/** The organization's users (`GET /users`; the API does not page it), each with a link to the keys they created. */
import { Link } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import { Users } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { griptapeUserQueries } from '@/api/resources/griptape/users'
import type { User } from '@/contract/griptape/user'
import { ListStates } from '@/components/ui/list-states'
import { Page, Panel } from '@/components/ui/page'
import { EmptyState } from '@/components/ui/states'
import { formatTime } from './pagination'

export function UsersPage() {
  const client = useApiClient()
  const users = useQuery({ ...griptapeUserQueries.list(client), select: (d) => d.users })
  return (
    <Page
      title="Users"
      description="People in this Griptape Cloud organization. The API lists them; it does not edit them."
    >
      <Panel className="overflow-hidden">
        <ListStates
          query={users}
          what="users"
          empty={<EmptyState icon={<Users className="size-6" aria-hidden />} title="No users" />}
        >
          {(rows) => <UserTable rows={rows} />}
        </ListStates>
      </Panel>
    </Page>
  )
}

function UserTable({ rows }: { rows: User[] }) {
  return (
    <div className="overflow-x-auto">
      <table aria-label="Users" className="w-full min-w-[40rem] table-fixed text-sm">
        <thead className="bg-surface-2/80 text-left text-xs text-muted uppercase">
          <tr>
            <th scope="col" className="w-[26%] px-4 py-2.5 font-medium">
              Name
            </th>
            <th scope="col" className="w-[30%] px-4 py-2.5 font-medium">
              Email
            </th>
            <th scope="col" className="w-[24%] px-4 py-2.5 font-medium">
              Joined
            </th>
            <th scope="col" className="w-[20%] px-4 py-2.5 font-medium">
              <span className="sr-only">Keys</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.user_id} className="border-t border-border">
              <td className="truncate px-4 py-2.5 font-medium">{u.name ?? '—'}</td>
              <td className="truncate px-4 py-2.5">{u.email}</td>
              <td className="px-4 py-2.5 text-muted tabular-nums">{formatTime(u.created_at)}</td>
              <td className="px-4 py-2.5 text-right">
                <Link
                  to="/griptape/api-keys"
                  search={{ user: u.user_id }}
                  className="text-sm font-medium text-accent hover:underline"
                >
                  API keys
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
