import { createFileRoute } from '@tanstack/react-router'
import { griptapeUserQueries } from '@/api/resources/griptape/users'
import { UsersPage } from '@/features/griptape/components/users-page'

export const Route = createFileRoute('/griptape/users')({
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(griptapeUserQueries.list(context.connection.getSnapshot().client))
  },
  component: UsersPage,
})
