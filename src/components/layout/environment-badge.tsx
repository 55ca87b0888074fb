import type { Environment } from '@/api/console-config'
import { Badge } from '@/components/ui/badge'

const tone = { mock: 'accent', staging: 'warning', production: 'danger', custom: 'neutral' } as const
const kindLabel = { mock: 'Mock', staging: 'Staging', production: 'PRODUCTION', custom: 'Custom' } as const

export function EnvironmentBadge({ environment }: { environment: Environment }) {
  return (
    <Badge tone={tone[environment.kind]} className={environment.kind === 'production' ? 'font-bold tracking-wide' : ''}>
      {kindLabel[environment.kind]}
    </Badge>
  )
}
