/** Shown instead of a Deepslate page while the connection's vendor or organization id is unusable. */
import { Link } from '@tanstack/react-router'
import { Building2 } from 'lucide-react'
import { buttonClasses } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/states'

export function TenantNotice({ problems }: { problems: string[] }) {
  return (
    <EmptyState
      icon={<Building2 className="size-6" aria-hidden />}
      title="Set the vendor and organization first"
      description={
        <>Every Deepslate call is made under a vendor and an organization (both UUIDs). {problems.join(' ')}</>
      }
      action={
        <Link to="/settings" className={buttonClasses('primary')}>
          Open Settings
        </Link>
      }
    />
  )
}
