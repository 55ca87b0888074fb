/** A tool's parameters, readable (from describeTool) or as the raw JSON the server holds. */
import { Tabs } from 'radix-ui'
import type { Tool, ToolParameter } from '@/contract/tool'
import { Badge } from '@/components/ui/badge'
import { Panel } from '@/components/ui/page'

const tabClass =
  'border-b-2 border-transparent px-1 py-2.5 text-sm text-muted hover:text-fg data-[state=active]:border-accent data-[state=active]:font-medium data-[state=active]:text-fg'

export function ToolParameters({ tool, parameters }: { tool: Tool; parameters: ToolParameter[] }) {
  return (
    <Panel>
      <Tabs.Root defaultValue="parameters">
        <Tabs.List aria-label="Tool definition" className="flex gap-4 border-b border-border px-4">
          <Tabs.Trigger value="parameters" className={tabClass}>
            Parameters
          </Tabs.Trigger>
          <Tabs.Trigger value="json" className={tabClass}>
            JSON
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="parameters" className="focus-visible:outline-none">
          {parameters.length === 0 ? (
            <p className="px-4 py-4 text-sm text-muted">This tool takes no parameters.</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <caption className="sr-only">Parameters</caption>
                <thead className="text-left text-xs text-muted uppercase">
                  <tr>
                    <th scope="col" className="px-4 py-2 font-medium">
                      Name
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      Type
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      Required
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      Description
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {parameters.map((p) => (
                    <tr key={p.name} className="border-t border-border align-top">
                      <td className="px-4 py-2.5 font-mono text-[13px] font-medium">{p.name}</td>
                      <td className="px-4 py-2.5">
                        <code className="rounded bg-surface-2 px-1.5 py-0.5 text-xs">{p.type}</code>
                      </td>
                      <td className="px-4 py-2.5">
                        {p.required ? (
                          <Badge tone="warning">required</Badge>
                        ) : (
                          <span className="text-xs text-muted">optional</span>
                        )}
                      </td>
                      <td className="px-4 py-2.5 text-muted">{p.description || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Tabs.Content>
        {/* The tab panel itself scrolls: Radix makes it focusable, so the JSON is keyboard-scrollable. */}
        <Tabs.Content
          value="json"
          aria-label="Tool data as JSON"
          className="max-h-[28rem] overflow-auto focus-visible:outline-2 focus-visible:outline-accent"
        >
          <pre className="px-4 py-3 font-mono text-xs leading-relaxed">{JSON.stringify(tool.data, null, 2)}</pre>
        </Tabs.Content>
      </Tabs.Root>
    </Panel>
  )
}
