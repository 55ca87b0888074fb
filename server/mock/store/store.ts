/**
 * The mock's in-memory database. Handlers read the arrays directly and call
 * `commit()` after a change, which is where persistence hooks in.
 */
import type {
  ApiRecord,
  AssistantRecord,
  Counters,
  CxRequestRecord,
  MutableState,
  StaticState,
  ThreadRecord,
} from './state'

export class Store {
  readonly cxRequests: CxRequestRecord[] = []
  private readonly onCommit: (state: MutableState) => void
  state: MutableState
  readonly fixed: StaticState

  constructor(state: MutableState, fixed: StaticState, onCommit: (state: MutableState) => void = () => undefined) {
    this.state = state
    this.fixed = fixed
    this.onCommit = onCommit
  }

  nextId(kind: keyof Counters): number {
    this.state.counters[kind] += 1
    return this.state.counters[kind]
  }

  commit(): void {
    this.onCommit(this.state)
  }

  assistantByCode(code: string): AssistantRecord | undefined {
    return this.state.assistants.find((a) => a.code === code)
  }

  assistantById(id: number): AssistantRecord | undefined {
    return this.state.assistants.find((a) => a.id === id)
  }

  apiByCode(code: string): ApiRecord | undefined {
    return this.state.apis.find((a) => a.code === code)
  }

  threadOf(assistant: AssistantRecord, id: number): ThreadRecord | undefined {
    return this.state.threads.find((t) => t.id === id && t.assistantId === assistant.id)
  }

  /** Removes an assistant with its routes, threads and their messages (the service cascades). */
  deleteAssistant(assistant: AssistantRecord): void {
    const s = this.state
    const threadIds = new Set(s.threads.filter((t) => t.assistantId === assistant.id).map((t) => t.id))
    s.assistants = s.assistants.filter((a) => a.id !== assistant.id)
    s.routes = s.routes.filter((r) => r.assistantId !== assistant.id)
    s.threads = s.threads.filter((t) => t.assistantId !== assistant.id)
    s.messages = s.messages.filter((m) => !threadIds.has(m.threadId))
  }

  deleteThread(thread: ThreadRecord): void {
    this.state.threads = this.state.threads.filter((t) => t.id !== thread.id)
    this.state.messages = this.state.messages.filter((m) => m.threadId !== thread.id)
  }
}
