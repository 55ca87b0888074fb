import { createFileRoute, redirect } from '@tanstack/react-router'

export const Route = createFileRoute('/deepslate/')({
  beforeLoad: () => {
    throw redirect({ to: '/deepslate/assistants', replace: true })
  },
})
