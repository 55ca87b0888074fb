/**
 * Shown instead of a page that belongs to another platform than the active
 * connection (a bookmark, a palette jump, a link from another tab): one click
 * connects to that platform, or goes back to this platform's pages.
 */
import { useState } from 'react'
import { Link } from '@tanstack/react-router'
import { ArrowRightLeft } from 'lucide-react'
import { useConnection, useConnectionStore } from '@/api/connection-context'
import { defaultSettings } from '@/api/connection-store'
import { errorMessage } from '@/api/api-error'
import type { Platform } from '@/api/platforms'
import { PLATFORM_REGISTRY } from '@/platforms/registry'
import { Button, buttonClasses } from '@/components/ui/button'

export function PlatformMismatch({ page }: { page: Platform }) {
  const store = useConnectionStore()
  const { environment } = useConnection()
  const current = PLATFORM_REGISTRY[environment.platform]
  const target = PLATFORM_REGISTRY[page]
  const choices = store.environments.filter((e) => e.platform === page)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const connect = async (environmentId: string) => {
    const env = choices.find((e) => e.id === environmentId)
    if (!env || busy) return
    setBusy(true)
    setError(null)
    try {
      await store.connect(defaultSettings(env))
    } catch (e) {
      setError(`${errorMessage(e)} Enter the credentials in Settings.`)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-4 px-6 py-16 text-center">
      <div className="rounded-full bg-surface-2 p-3 text-muted">
        <ArrowRightLeft className="size-6" aria-hidden />
      </div>
      <h1 className="text-lg font-semibold">This page belongs to {target.label}</h1>
      <p className="text-sm text-muted">
        You are connected to {current.label} · {environment.label}. Switch connection to open it.
      </p>
      <div className="flex flex-wrap justify-center gap-2">
        {choices.map((env) => (
          <Button key={env.id} variant="primary" disabled={busy} onClick={() => void connect(env.id)}>
            Connect to {target.label} · {env.label}
          </Button>
        ))}
        <Link to={current.home} className={buttonClasses()}>
          Go to {current.label}
        </Link>
        <Link to="/settings" className={buttonClasses('ghost')}>
          Settings
        </Link>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  )
}
