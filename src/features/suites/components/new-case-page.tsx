/**
 * Make a test case: choose where it starts from (blank, pasted, a playground
 * run, a seeded conversation; a thread links here with its own source), see
 * what it brings, then add it to a suite.
 */
import { Link } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import { useConnection } from '@/api/connection-context'
import { historyFor, useHistoryState } from '@/lib/run/run-history'
import type { RunRecord } from '@/lib/run/run-model'
import { cn } from '@/lib/cn'
import { Breadcrumb } from '@/components/ui/breadcrumb'
import { buttonClasses } from '@/components/ui/button'
import { Page, Panel } from '@/components/ui/page'
import { TableSkeleton } from '@/components/ui/skeleton'
import { EmptyState, ErrorState } from '@/components/ui/states'
import { RunStatusBadge, formatMs } from '@/components/run/run-status'
import type { CaseSourceData } from '../api/case-source'
import type { NewCaseSearch, SourceKind } from '../new-case-search'
import { conversationQueries } from '@/api/resources/conversations'
import { SOURCE_LABELS, sourceLabel, type CaseSeed } from '../case-seed'
import { MakeCaseForm } from './make-case-form'

const PICKABLE: SourceKind[] = ['blank', 'pasted', 'run', 'conversation']

const when = (ms: number) =>
  new Date(ms).toLocaleString('en-GB', {
    day: '2-digit',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })

export function NewCasePage({ search, data }: { search: NewCaseSearch; data: CaseSourceData }) {
  const sources = search.source === 'thread' ? [...PICKABLE, 'thread' as const] : PICKABLE
  return (
    <Page
      title="New test case"
      breadcrumb={<Breadcrumb to="/suites" label="Suites" current="New test case" mono={false} />}
      description="A case holds the assistant, the conversation and input it is evaluated on, and the assertions its answer must pass."
      className="max-w-[100rem]"
    >
      <nav aria-label="Start from" className="flex flex-wrap gap-1.5">
        {sources.map((kind) => (
          <Link
            key={kind}
            to="/suites/new-case"
            search={{ source: kind, assistant: search.assistant, suite: search.suite }}
            aria-current={search.source === kind ? 'page' : undefined}
            className={cn(buttonClasses(search.source === kind ? 'primary' : 'secondary', 'sm'))}
          >
            {SOURCE_LABELS[kind]}
          </Link>
        ))}
      </nav>
      {data.kind === 'pick-run' ? (
        <RunPicker search={search} />
      ) : data.kind === 'pick-conversation' ? (
        <ConversationPicker search={search} />
      ) : data.kind === 'paste' ? (
        <MakeCaseForm
          key="paste"
          seed={{
            name: '',
            assistant: search.assistant ?? '',
            conversation_id: null,
            transcript: null,
            input: {},
            assertions: [],
          }}
          run={null}
          pasting
          preselectedSuite={search.suite}
        />
      ) : (
        <>
          <SourceSummary seed={data.seed} run={data.run} />
          <MakeCaseForm
            key={`${search.source}:${search.ref ?? ''}`}
            seed={data.seed}
            run={data.run}
            pasting={false}
            preselectedSuite={search.suite}
          />
        </>
      )}
    </Page>
  )
}

function SourceSummary({ seed, run }: { seed: CaseSeed; run: RunRecord | null }) {
  if (seed.source?.kind === 'blank') return null
  const turns = seed.transcript?.length ?? 0
  return (
    <Panel className="flex flex-col gap-2 p-4 text-sm">
      <h2 className="font-semibold">From: {sourceLabel(seed.source)}</h2>
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1">
        <dt className="text-muted">Assistant</dt>
        <dd className="font-mono">{seed.assistant || '—'}</dd>
        <dt className="text-muted">Conversation</dt>
        <dd className="font-mono">{seed.conversation_id ?? '—'}</dd>
        <dt className="text-muted">Transcript</dt>
        <dd>
          {turns} turn{turns === 1 ? '' : 's'}
        </dd>
        <dt className="text-muted">Input</dt>
        <dd className="truncate font-mono text-xs">{JSON.stringify(seed.input)}</dd>
        {run ? (
          <>
            <dt className="text-muted">Run</dt>
            <dd className="flex items-center gap-2">
              <RunStatusBadge run={run} /> {formatMs(run.metrics.totalMs)}
            </dd>
            <dt className="text-muted">Output</dt>
            <dd className="line-clamp-3 whitespace-pre-wrap">{run.output || '—'}</dd>
          </>
        ) : null}
      </dl>
    </Panel>
  )
}

function RunPicker({ search }: { search: NewCaseSearch }) {
  const { identity } = useConnection()
  const { loaded, runs } = useHistoryState(historyFor(identity))
  return (
    <Panel className="overflow-hidden">
      <h2 className="border-b border-border px-4 py-2.5 text-sm font-semibold">Choose a playground run</h2>
      {!loaded ? (
        <TableSkeleton rows={3} label="Loading run history" />
      ) : runs.length === 0 ? (
        <EmptyState
          title="No playground runs on this connection"
          description="Run an assistant in the Playground first; each run is kept in this browser and can become a case."
          action={
            <Link to="/playground" className={buttonClasses('primary')}>
              Open the Playground
            </Link>
          }
        />
      ) : (
        <ul aria-label="Playground runs" className="divide-y divide-border">
          {runs.map((run, index) => (
            <li key={run.id} className="flex items-center gap-3 px-4 py-2 text-sm">
              <span className="w-10 font-mono text-xs text-muted">#{runs.length - index}</span>
              <RunStatusBadge run={run} />
              <span className="w-44 truncate font-mono text-xs">{run.request.assistant}</span>
              <span className="text-muted tabular-nums">{when(run.createdAt)}</span>
              <span className="min-w-0 flex-1 truncate text-muted">{run.output || run.error?.message || '—'}</span>
              <Link
                to="/suites/new-case"
                search={{ source: 'run', ref: run.id, suite: search.suite }}
                className={buttonClasses('secondary', 'sm')}
                aria-label={`Use run #${runs.length - index} of ${run.request.assistant}`}
              >
                Use this run
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  )
}

function ConversationPicker({ search }: { search: NewCaseSearch }) {
  const { client } = useConnection()
  const conversations = useQuery(conversationQueries.list(client))
  return (
    <Panel className="overflow-hidden">
      <h2 className="border-b border-border px-4 py-2.5 text-sm font-semibold">Choose a seeded conversation</h2>
      {conversations.isPending ? (
        <TableSkeleton rows={3} label="Loading conversations" />
      ) : conversations.isError ? (
        <ErrorState
          title="No seeded conversations here"
          error={conversations.error}
          onRetry={() => void conversations.refetch()}
        />
      ) : (
        <ul aria-label="Seeded conversations" className="divide-y divide-border">
          {conversations.data.map((c) => (
            <li key={c.id} className="flex items-center gap-3 px-4 py-2 text-sm">
              <span className="min-w-0 flex-1">
                <span className="font-medium">{c.title}</span>
                <span className="ml-2 font-mono text-xs text-muted">
                  {c.id} · {c.channel} · {c.transcript.length} turns
                </span>
              </span>
              <Link
                to="/suites/new-case"
                search={{ source: 'conversation', ref: c.id, assistant: search.assistant, suite: search.suite }}
                className={buttonClasses('secondary', 'sm')}
                aria-label={`Use conversation ${c.title}`}
              >
                Use this conversation
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  )
}
