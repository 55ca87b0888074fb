/**
 * Ctrl/Cmd+K: jump to any page, assistant, API or tool by typing (a lazy
 * chunk: loaded the first time the palette opens). Filtering is ours, and
 * capped, so 10,000 assistants stay instant.
 */
import { useMemo, useState } from 'react'
import { Command } from 'cmdk'
import { useNavigate } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import { Bot, Plug, Wrench } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { assistantQueries } from '@/api/resources/assistants'
import { apiQueries } from '@/api/resources/apis'
import { toolQueries } from '@/api/resources/tools'
import { describeTool } from '@/contract/tool'
import { useConnection, useConnectionStore } from '@/api/connection-context'
import { defaultSettings } from '@/api/connection-store'
import { PLATFORM_REGISTRY, SETTINGS_NAV, usePlatform } from '@/platforms/registry'

const MAX_PER_GROUP = 30

function matches(query: string, ...texts: string[]): boolean {
  const q = query.trim().toLowerCase()
  return q === '' || texts.some((t) => t.toLowerCase().includes(q))
}

const itemClass =
  'flex cursor-pointer items-center gap-2.5 rounded-md px-2.5 py-2 text-sm data-[selected=true]:bg-accent/10 data-[selected=true]:text-fg'
const groupClass =
  '[&_[cmdk-group-heading]]:px-2.5 [&_[cmdk-group-heading]]:py-1.5 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted'

export default function CommandPalette({
  open,
  onOpenChange,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  const client = useApiClient()
  const navigate = useNavigate()
  const [query, setQuery] = useState('')
  const platform = usePlatform()
  const store = useConnectionStore()
  const { environment } = useConnection()
  // Searching records is Deepdesk's (its admin API); other platforms offer their pages.
  const assistants = useQuery({ ...assistantQueries.list(client), enabled: platform.can('evaluate') })
  const apis = useQuery({ ...apiQueries.list(client), enabled: platform.can('apis') })
  const tools = useQuery({ ...toolQueries.list(client), enabled: platform.can('tools') })
  // Every platform's pages: the active one's directly, the others' through a connection switch.
  const pages = useMemo(
    () => [
      ...[...platform.nav, SETTINGS_NAV].map((p) => ({ ...p, key: p.to, environmentId: null as string | null })),
      ...Object.values(PLATFORM_REGISTRY)
        .filter((def) => def.id !== platform.id)
        .flatMap((def) => {
          const env = store.environments.find((e) => e.platform === def.id)
          return env
            ? def.nav.map((p) => ({
                ...p,
                key: `${env.id}:${p.to}`,
                label: `${def.label}: ${p.label}`,
                environmentId: env.id,
              }))
            : []
        }),
    ],
    [platform, store.environments],
  )

  const found = useMemo(
    () => ({
      pages: pages.filter((p) => matches(query, p.label)),
      assistants: (assistants.data ?? []).filter((a) => matches(query, a.code, a.name)).slice(0, MAX_PER_GROUP),
      apis: (apis.data ?? []).filter((a) => matches(query, a.code, a.url)).slice(0, MAX_PER_GROUP),
      tools: (tools.data ?? [])
        .map((t) => ({ id: t.id, ...describeTool(t) }))
        .filter((t) => matches(query, t.name, t.description))
        .slice(0, MAX_PER_GROUP),
    }),
    [query, pages, assistants.data, apis.data, tools.data],
  )

  const go = (action: () => Promise<void>) => {
    onOpenChange(false)
    void action()
  }

  return (
    <Command.Dialog
      open={open}
      onOpenChange={onOpenChange}
      label="Go to"
      shouldFilter={false}
      loop
      overlayClassName="fixed inset-0 z-40 bg-black/40"
      contentClassName="fixed top-[15vh] left-1/2 z-50 w-[min(92vw,38rem)] -translate-x-1/2 overflow-hidden rounded-xl border border-border bg-surface shadow-2xl"
    >
      <Command.Input
        value={query}
        onValueChange={setQuery}
        placeholder="Go to a page, assistant, API or tool…"
        aria-label="Go to"
        className="h-12 w-full border-b border-border bg-transparent px-4 text-sm outline-none placeholder:text-muted"
      />
      <Command.List className="max-h-[60vh] overflow-auto p-2">
        <Command.Empty className="p-4 text-center text-sm text-muted">Nothing matches “{query}”.</Command.Empty>
        {found.pages.length > 0 ? (
          <Command.Group heading="Pages" className={groupClass}>
            {found.pages.map((p) => (
              <Command.Item
                key={p.key}
                value={`page:${p.key}`}
                className={itemClass}
                onSelect={() =>
                  go(async () => {
                    const env = store.environments.find((e) => e.id === p.environmentId)
                    if (env && env.id !== environment.id) {
                      try {
                        await store.connect(defaultSettings(env))
                      } catch {
                        // Credentials needed: Settings asks for them.
                        await navigate({ to: '/settings' })
                        return
                      }
                    }
                    await navigate({ to: p.to })
                  })
                }
              >
                <p.icon className="size-4 text-muted" aria-hidden /> {p.label}
              </Command.Item>
            ))}
          </Command.Group>
        ) : null}
        {found.assistants.length > 0 ? (
          <Command.Group heading="Assistants" className={groupClass}>
            {found.assistants.map((a) => (
              <Command.Item
                key={a.code}
                value={`assistant:${a.code}`}
                className={itemClass}
                onSelect={() => go(() => navigate({ to: '/assistants/$code', params: { code: a.code } }))}
              >
                <Bot className="size-4 text-muted" aria-hidden />
                <span className="font-mono text-[13px]">{a.code}</span>
                <span className="truncate text-muted">{a.name}</span>
              </Command.Item>
            ))}
          </Command.Group>
        ) : null}
        {found.apis.length > 0 ? (
          <Command.Group heading="APIs" className={groupClass}>
            {found.apis.map((a) => (
              <Command.Item
                key={a.code}
                value={`api:${a.code}`}
                className={itemClass}
                onSelect={() => go(() => navigate({ to: '/apis/$code', params: { code: a.code } }))}
              >
                <Plug className="size-4 text-muted" aria-hidden />
                <span className="font-mono text-[13px]">{a.code}</span>
                <span className="truncate text-muted">{a.url}</span>
              </Command.Item>
            ))}
          </Command.Group>
        ) : null}
        {found.tools.length > 0 ? (
          <Command.Group heading="Tools" className={groupClass}>
            {found.tools.map((t) => (
              <Command.Item
                key={t.id}
                value={`tool:${t.id}`}
                className={itemClass}
                onSelect={() => go(() => navigate({ to: '/tools/$id', params: { id: t.id } }))}
              >
                <Wrench className="size-4 text-muted" aria-hidden />
                <span className="font-mono text-[13px]">{t.name}</span>
                <span className="truncate text-muted">{t.description}</span>
              </Command.Item>
            ))}
          </Command.Group>
        ) : null}
      </Command.List>
      <div className="border-t border-border px-4 py-2 text-xs text-muted">
        ↑↓ to move · Enter to open · Esc to close
      </div>
    </Command.Dialog>
  )
}
