/** What Flowise sets and the form does not edit: ids, type and dates, read-only. */
import type { ReactNode } from 'react'
import type { Assistant } from '@/contract/flowise/assistant-read'
import { Panel } from '@/components/ui/page'
import { formatDate } from './format-date'

export function RecordFacts({ assistant }: { assistant: Assistant }) {
  const facts: { term: string; value: ReactNode }[] = [
    { term: 'Created', value: <time dateTime={assistant.createdDate}>{formatDate(assistant.createdDate)}</time> },
    { term: 'Updated', value: <time dateTime={assistant.updatedDate}>{formatDate(assistant.updatedDate)}</time> },
    { term: 'Type', value: assistant.type ?? '—' },
    { term: 'Flowise id', value: <span className="font-mono text-xs break-all">{assistant.id}</span> },
  ]
  if (assistant.details.id)
    facts.push({
      term: 'OpenAI assistant',
      value: <span className="font-mono text-xs break-all">{assistant.details.id}</span>,
    })
  return (
    <Panel className="p-5">
      <h2 className="mb-3 text-sm font-semibold">Record</h2>
      <dl aria-label="Record" className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
        {facts.map((f) => (
          <div key={f.term} className="contents">
            <dt className="text-muted">{f.term}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  )
}
