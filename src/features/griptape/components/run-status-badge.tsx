/**
 * Every Griptape run status with its own word, icon and tone, so no two look
 * alike and none relies on colour alone: STARTING is not QUEUED, ERROR (the
 * platform failed) is not FAILED (the structure failed).
 */
import { Ban, CircleCheck, CircleDashed, CircleX, LoaderCircle, OctagonAlert, Rocket } from 'lucide-react'
import type { RunStatus } from '@/contract/griptape/assistant-run'
import { Badge } from '@/components/ui/badge'

type Tone = 'neutral' | 'accent' | 'success' | 'danger' | 'warning'

export const RUN_STATUS_INFO: Record<RunStatus, { label: string; tone: Tone; Icon: typeof CircleCheck; hint: string }> =
  {
    QUEUED: { label: 'Queued', tone: 'neutral', Icon: CircleDashed, hint: 'Waiting for a worker.' },
    STARTING: { label: 'Starting', tone: 'accent', Icon: Rocket, hint: 'A worker is starting the structure.' },
    RUNNING: { label: 'Running', tone: 'accent', Icon: LoaderCircle, hint: 'The structure is running.' },
    SUCCEEDED: { label: 'Succeeded', tone: 'success', Icon: CircleCheck, hint: 'Finished with an output.' },
    FAILED: { label: 'Failed', tone: 'danger', Icon: CircleX, hint: 'The structure failed (an error artifact).' },
    ERROR: { label: 'Error', tone: 'danger', Icon: OctagonAlert, hint: 'The platform could not complete the run.' },
    CANCELLED: { label: 'Cancelled', tone: 'warning', Icon: Ban, hint: 'Cancelled before it finished.' },
  }

export function RunStatusBadge({ status, className }: { status: RunStatus; className?: string }) {
  const { label, tone, Icon, hint } = RUN_STATUS_INFO[status]
  return (
    <Badge tone={tone} className={className} title={hint} data-status={status}>
      <Icon className={status === 'RUNNING' ? 'size-3 animate-spin' : 'size-3'} aria-hidden />
      {label}
      {status === 'ERROR' ? <span className="sr-only"> (platform error)</span> : null}
    </Badge>
  )
}
