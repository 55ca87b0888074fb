/**
 * The Flowise mock's state: assistants and credentials in memory, shaped as
 * Flowise's entities answer them (`details` is the JSON text Flowise stores).
 * Maps keep insertion order, which is the order lists answer.
 */
import { randomUUID } from 'node:crypto'
import type { AssistantType } from '../../../src/contract/flowise/assistant-write'

export interface AssistantRecord {
  id: string
  details: string
  credential: string
  iconSrc: string | null
  type: AssistantType
  createdDate: string
  updatedDate: string
  workspaceId: string
}

export interface CredentialRecord {
  id: string
  name: string
  credentialName: string
  createdDate: string
  updatedDate: string
  workspaceId: string
}

export interface FlowiseState {
  assistants: AssistantRecord[]
  credentials: CredentialRecord[]
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** An id shaped like OpenAI's (`asst_` + 24 characters), for assistants created without one. */
export function newOpenAiAssistantId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24))
  return `asst_${Array.from(bytes, (b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('')}`
}

export class FlowiseStore {
  readonly assistants = new Map<string, AssistantRecord>()
  readonly credentials = new Map<string, CredentialRecord>()

  constructor(state: FlowiseState) {
    for (const a of state.assistants) this.assistants.set(a.id, a)
    for (const c of state.credentials) this.credentials.set(c.id, c)
  }

  newId(): string {
    let id = randomUUID()
    while (this.assistants.has(id)) id = randomUUID()
    return id
  }
}
