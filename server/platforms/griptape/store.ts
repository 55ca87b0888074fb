/**
 * The Griptape mock's state, in memory: users, API keys, assistants, runs and
 * their events. Lists answer newest first.
 */
import { randomUUID } from 'node:crypto'
import type { ResourceList } from '../../../src/contract/griptape/assistant'
import type { RunStatus } from '../../../src/contract/griptape/assistant-run'

export interface UserRecord {
  user_id: string
  email: string
  name: string
  organizations: string[]
  created_at: string
  updated_at: string
}

export interface ApiKeyRecord {
  api_key_id: string
  name: string
  active: boolean
  organization_id: string
  created_by: string
  created_at: string
  updated_at: string
  last_used: string
  /** The secret; answered once, by create. */
  secret: string
}

type Lists = Record<ResourceList, string[]>

export interface AssistantRecord extends Lists {
  assistant_id: string
  name: string
  description: string
  input?: string
  model?: string
  organization_id: string
  created_by: string
  created_at: string
  updated_at: string
}

export interface RunRecord extends Lists {
  assistant_run_id: string
  assistant_id: string
  /** The structure run that produces this run's events (GetEvent answers it). */
  structure_run_id: string
  status: RunStatus
  status_detail?: unknown
  input?: string
  output?: unknown
  args: string[]
  stream: boolean
  thread_id?: string
  created_by: string
  created_at: string
  updated_at: string
  completed_at: string | null
}

export interface EventRecord {
  event_id: string
  assistant_run_id: string
  structure_run_id: string
  type: string
  origin: string
  payload: unknown
  /** Seconds since the epoch, as griptape events carry it. */
  timestamp: number
  created_at: string
}

export const newId = (): string => randomUUID()

function newestFirst<T extends { created_at: string }>(items: Iterable<T>): T[] {
  // Stable: records created in the same millisecond keep their reverse insertion order.
  return [...items].reverse().sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0))
}

export class GriptapeStore {
  readonly organizationId: string
  readonly users = new Map<string, UserRecord>()
  readonly apiKeys = new Map<string, ApiKeyRecord>()
  readonly assistants = new Map<string, AssistantRecord>()
  readonly runs = new Map<string, RunRecord>()
  private readonly eventsByRun = new Map<string, EventRecord[]>()
  private readonly eventsById = new Map<string, EventRecord>()
  private readonly runByStructureRun = new Map<string, string>()

  constructor(organizationId: string) {
    this.organizationId = organizationId
  }

  listAssistants(): AssistantRecord[] {
    return newestFirst(this.assistants.values())
  }

  listRuns(assistantId: string): RunRecord[] {
    return newestFirst([...this.runs.values()].filter((r) => r.assistant_id === assistantId))
  }

  listApiKeys(filter: (key: ApiKeyRecord) => boolean): ApiKeyRecord[] {
    return newestFirst([...this.apiKeys.values()].filter(filter))
  }

  addRun(run: RunRecord): void {
    this.runs.set(run.assistant_run_id, run)
    this.eventsByRun.set(run.assistant_run_id, [])
    this.runByStructureRun.set(run.structure_run_id, run.assistant_run_id)
  }

  runByStructureRunId(structureRunId: string): RunRecord | undefined {
    const runId = this.runByStructureRun.get(structureRunId)
    return runId === undefined ? undefined : this.runs.get(runId)
  }

  /** Removes an assistant with its runs and their events. */
  deleteAssistant(assistantId: string): RunRecord[] {
    const runs = [...this.runs.values()].filter((r) => r.assistant_id === assistantId)
    for (const run of runs) {
      for (const event of this.eventsByRun.get(run.assistant_run_id) ?? []) this.eventsById.delete(event.event_id)
      this.eventsByRun.delete(run.assistant_run_id)
      this.runByStructureRun.delete(run.structure_run_id)
      this.runs.delete(run.assistant_run_id)
    }
    this.assistants.delete(assistantId)
    return runs
  }

  events(runId: string): readonly EventRecord[] {
    return this.eventsByRun.get(runId) ?? []
  }

  event(eventId: string): EventRecord | undefined {
    return this.eventsById.get(eventId)
  }

  addEvent(event: EventRecord): void {
    this.eventsByRun.get(event.assistant_run_id)?.push(event)
    this.eventsById.set(event.event_id, event)
  }
}
