/**
 * An assistant's icon, resolved against the connection (see icon-src.ts). A
 * missing, refused or broken icon shows a placeholder instead of a broken image.
 */
import { useState } from 'react'
import { Bot } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { cn } from '@/lib/cn'
import { resolveIconSrc } from '../icon-src'

interface AssistantIconProps {
  iconSrc: string | null | undefined
  /** Accessible name, e.g. "Help Center Assistant icon". */
  label: string
  size?: 'sm' | 'md' | 'lg'
  className?: string
}

const SIZES = { sm: 'size-8', md: 'size-10', lg: 'size-16' } as const

export function AssistantIcon({ iconSrc, label, size = 'sm', className }: AssistantIconProps) {
  const src = resolveIconSrc(iconSrc, useApiClient().baseUrl)
  // Keyed by the address, so a new address (live preview) gets a fresh chance to load.
  return <IconImage key={src ?? ''} src={src} label={label} className={cn(SIZES[size], className)} />
}

function IconImage({ src, label, className }: { src: string | null; label: string; className: string }) {
  const [failed, setFailed] = useState(false)
  if (!src || failed)
    return (
      <span
        role="img"
        aria-label={`${label} (no image)`}
        className={cn('inline-flex shrink-0 items-center justify-center rounded-md bg-surface-2 text-muted', className)}
      >
        <Bot className="size-1/2" aria-hidden />
      </span>
    )
  return (
    <img
      src={src}
      alt={label}
      onError={() => setFailed(true)}
      referrerPolicy="no-referrer"
      className={cn('shrink-0 rounded-md bg-surface-2 object-cover', className)}
    />
  )
}
