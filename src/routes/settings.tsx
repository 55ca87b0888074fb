import { createFileRoute } from '@tanstack/react-router'
import { ConnectionSettingsPage } from '@/features/settings/components/connection-settings-page'

export const Route = createFileRoute('/settings')({
  component: ConnectionSettingsPage,
})
