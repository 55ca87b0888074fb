import { createFileRoute, redirect } from '@tanstack/react-router'

export const Route = createFileRoute('/griptape/')({
  beforeLoad: () => {
    throw redirect({ to: '/griptape/assistants' })
  },
})
