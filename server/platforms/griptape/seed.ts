/**
 * Demo data: one organization and its user, two API keys, three assistants
 * with past runs in every final status (and their events), and one QUEUED run
 * that plays out when the app starts. Ids and past times are fixed, so a demo
 * and a test can name them.
 */
import { ERROR_MESSAGE, FAILURE_MESSAGE } from './engine'
import { cancelledEvent, chunkEvent, errorArtifact, errorEvent, finishEvent, startEvent, textArtifact } from './events'
import { scriptedReply, splitChunks } from './scripted-model'
import { GriptapeStore, type AssistantRecord, type EventRecord, type RunRecord } from './store'

export const SEED = {
  organizationId: '6f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7',
  userId: '0b7e3f2a-9c1d-4e8f-a6b5-c4d3e2f1a0b9',
  apiKeys: {
    local: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    ci: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
  },
  assistants: {
    support: '3c9a7e52-1b4d-4f8a-9e6c-2d5b8a1f0c37',
    releaseNotes: '7d2e4f61-8a3b-4c5d-b6e7-f8091a2b3c4d',
    contracts: 'c4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70',
  },
  runs: {
    supportSucceeded: '11111111-2222-4333-8444-555555555501',
    supportFailed: '11111111-2222-4333-8444-555555555502',
    supportCancelled: '11111111-2222-4333-8444-555555555503',
    supportQueued: '11111111-2222-4333-8444-555555555504',
    releaseSucceeded: '11111111-2222-4333-8444-555555555505',
    releaseError: '11111111-2222-4333-8444-555555555506',
    contractsSucceeded: '11111111-2222-4333-8444-555555555507',
  },
} as const

const RULESET = 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b'
const KNOWLEDGE_BASE = 'f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b6c'
const TOOL = 'a3b4c5d6-e7f8-4a9b-8c0d-1e2f3a4b5c6d'

const at = (iso: string) => Date.parse(iso)
const isoOf = (ms: number) => new Date(ms).toISOString()

/** Version-4-shaped ids that stay the same from one start to the next. */
function seededEventId(runIndex: number, n: number): string {
  const tail = (runIndex * 100 + n).toString(16).padStart(12, '0')
  return `5eed0000-0000-4000-8000-${tail}`
}

interface PastRun {
  id: string
  assistant: AssistantRecord
  input: string
  args?: string[]
  stream: boolean
  createdAt: string
  outcome: 'SUCCEEDED' | 'FAILED' | 'ERROR' | 'CANCELLED'
  threadId?: string
}

function addPastRun(store: GriptapeStore, spec: PastRun, index: number): void {
  const start = at(spec.createdAt)
  const a = spec.assistant
  const run: RunRecord = {
    assistant_run_id: spec.id,
    assistant_id: a.assistant_id,
    structure_run_id: `5eed0000-0000-4000-9000-${index.toString(16).padStart(12, '0')}`,
    status: 'QUEUED',
    input: spec.input,
    args: spec.args ?? [],
    stream: spec.stream,
    ...(spec.threadId ? { thread_id: spec.threadId } : {}),
    created_by: SEED.userId,
    created_at: isoOf(start),
    updated_at: isoOf(start),
    completed_at: null,
    knowledge_base_ids: [...a.knowledge_base_ids],
    retriever_ids: [...a.retriever_ids],
    ruleset_ids: [...a.ruleset_ids],
    structure_ids: [...a.structure_ids],
    tool_ids: [...a.tool_ids],
  }
  store.addRun(run)
  const events: EventRecord[] = []
  // Steps one second apart: queued, starting, running, then the events.
  let t = start + 2000
  events.push(startEvent(run, t))
  const text = scriptedReply(a, run.input, run.args)
  const pieces = spec.stream ? splitChunks(text, 4) : []
  const shown = spec.outcome === 'SUCCEEDED' ? pieces : pieces.slice(0, Math.floor(pieces.length / 2))
  if (spec.outcome !== 'CANCELLED') {
    shown.forEach((token, i) => {
      t += 1000
      events.push(chunkEvent(run, t, token, i))
    })
  }
  t += 1000
  if (spec.outcome === 'SUCCEEDED') {
    run.output = textArtifact(text)
    events.push(finishEvent(run, t, run.output))
  } else if (spec.outcome === 'FAILED') {
    run.output = errorArtifact(FAILURE_MESSAGE)
    run.status_detail = { error: FAILURE_MESSAGE }
    events.push(finishEvent(run, t, run.output))
  } else if (spec.outcome === 'ERROR') {
    run.status_detail = { error: ERROR_MESSAGE }
    events.push(errorEvent(run, t, ERROR_MESSAGE))
  } else {
    run.status_detail = { cancelled_by: SEED.userId, reason: 'Cancelled by request.' }
    events.push(cancelledEvent(run, t, SEED.userId))
  }
  events.forEach((event, n) => {
    event.event_id = seededEventId(index, n + 1)
    store.addEvent(event)
  })
  run.status = spec.outcome
  run.updated_at = isoOf(t)
  run.completed_at = isoOf(t)
}

function assistant(fields: Omit<AssistantRecord, 'organization_id' | 'created_by' | 'updated_at'>): AssistantRecord {
  return { ...fields, organization_id: SEED.organizationId, created_by: SEED.userId, updated_at: fields.created_at }
}

/** The seeded store; `liveRun` receives the QUEUED run meant to play out when the app starts. */
export function buildSeed(nowIso: string): { store: GriptapeStore; liveRun: RunRecord } {
  const store = new GriptapeStore(SEED.organizationId)
  store.users.set(SEED.userId, {
    user_id: SEED.userId,
    email: 'avery.chen@example.com',
    name: 'Avery Chen',
    organizations: [SEED.organizationId],
    created_at: '2025-03-03T08:15:00.000Z',
    updated_at: '2025-05-20T10:02:00.000Z',
  })
  store.apiKeys.set(SEED.apiKeys.ci, {
    api_key_id: SEED.apiKeys.ci,
    name: 'CI pipeline (retired)',
    active: false,
    organization_id: SEED.organizationId,
    created_by: SEED.userId,
    created_at: '2025-03-10T14:00:00.000Z',
    updated_at: '2025-05-02T09:30:00.000Z',
    last_used: '2025-04-30T23:12:45.000Z',
    secret: 'gt-seeded-ci-key-deactivated-0000000000000000',
  })
  store.apiKeys.set(SEED.apiKeys.local, {
    api_key_id: SEED.apiKeys.local,
    name: 'Local development',
    active: true,
    organization_id: SEED.organizationId,
    created_by: SEED.userId,
    created_at: '2025-04-01T09:00:00.000Z',
    updated_at: '2025-04-01T09:00:00.000Z',
    last_used: '2025-05-27T16:41:09.000Z',
    secret: 'gt-seeded-local-development-key-000000000000',
  })

  const support = assistant({
    assistant_id: SEED.assistants.support,
    name: 'Support Concierge',
    description: 'Answers customer questions about orders, shipping and returns.',
    input:
      'You are a friendly support agent for an online store. Answer briefly and cite the return policy when it applies.',
    model: 'gpt-4o',
    created_at: '2025-04-02T10:00:00.000Z',
    knowledge_base_ids: [KNOWLEDGE_BASE],
    retriever_ids: [],
    ruleset_ids: [RULESET],
    structure_ids: [],
    tool_ids: [],
  })
  const releaseNotes = assistant({
    assistant_id: SEED.assistants.releaseNotes,
    name: 'Release Notes Writer',
    description: 'Turns merged pull requests into user-facing release notes.',
    input: 'Group the changes by feature, lead with what users notice, and keep each line under 20 words.',
    model: 'claude-3-5-sonnet',
    created_at: '2025-04-09T13:30:00.000Z',
    knowledge_base_ids: [],
    retriever_ids: [],
    ruleset_ids: [],
    structure_ids: [],
    tool_ids: [TOOL],
  })
  const contracts = assistant({
    assistant_id: SEED.assistants.contracts,
    name: 'Contract Reviewer',
    description: 'Flags risky clauses in supplier contracts and suggests safer wording.',
    input: 'Review the clause, name the risk in one sentence, then propose replacement wording.',
    created_at: '2025-04-15T08:45:00.000Z',
    knowledge_base_ids: [],
    retriever_ids: [],
    ruleset_ids: [RULESET],
    structure_ids: [],
    tool_ids: [],
  })
  for (const a of [support, releaseNotes, contracts]) store.assistants.set(a.assistant_id, a)

  const past: PastRun[] = [
    {
      id: SEED.runs.supportSucceeded,
      assistant: support,
      input: 'Where is my order #4821? It was supposed to arrive on Monday.',
      stream: true,
      createdAt: '2025-05-20T09:12:03.000Z',
      threadId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      outcome: 'SUCCEEDED',
    },
    {
      id: SEED.runs.supportFailed,
      assistant: support,
      input: 'Can I return headphones I already opened?',
      stream: true,
      createdAt: '2025-05-21T15:40:27.000Z',
      outcome: 'FAILED',
    },
    {
      id: SEED.runs.supportCancelled,
      assistant: support,
      input: 'Please list every order I placed in 2024 with its shipping status.',
      stream: false,
      createdAt: '2025-05-22T11:05:50.000Z',
      outcome: 'CANCELLED',
    },
    {
      id: SEED.runs.releaseSucceeded,
      assistant: releaseNotes,
      input: 'PRs: #311 dark mode for the dashboard; #315 faster CSV export; #318 fix login redirect loop.',
      args: ['--version', '2.4.0'],
      stream: false,
      createdAt: '2025-05-23T17:20:00.000Z',
      outcome: 'SUCCEEDED',
    },
    {
      id: SEED.runs.releaseError,
      assistant: releaseNotes,
      input: 'PRs: #320 billing page redesign.',
      stream: true,
      createdAt: '2025-05-26T08:02:11.000Z',
      outcome: 'ERROR',
    },
    {
      id: SEED.runs.contractsSucceeded,
      assistant: contracts,
      input: 'Clause 7.2: The supplier may change prices at any time without notice.',
      stream: true,
      createdAt: '2025-05-27T16:41:09.000Z',
      outcome: 'SUCCEEDED',
    },
  ]
  past.forEach((spec, i) => addPastRun(store, spec, i + 1))

  const liveRun: RunRecord = {
    assistant_run_id: SEED.runs.supportQueued,
    assistant_id: support.assistant_id,
    structure_run_id: '5eed0000-0000-4000-9000-0000000000ff',
    status: 'QUEUED',
    input: 'Do you ship to Canada, and how long does it take?',
    args: [],
    stream: true,
    created_by: SEED.userId,
    created_at: nowIso,
    updated_at: nowIso,
    completed_at: null,
    knowledge_base_ids: [...support.knowledge_base_ids],
    retriever_ids: [],
    ruleset_ids: [...support.ruleset_ids],
    structure_ids: [],
    tool_ids: [],
  }
  store.addRun(liveRun)
  return { store, liveRun }
}
