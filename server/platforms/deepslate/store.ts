/**
 * The Deepslate mock's data: tenants (vendor → organizations) and their
 * assistants, in memory. Records are copied in and out, so nothing a caller
 * holds can change what is stored.
 */
import type { AssistantWrite } from '../../../src/contract/deepslate/assistant'
import { extensionName } from '../../../src/contract/deepslate/assistant'
import type { ListQuery, SortOrder } from '../../../src/contract/deepslate/list-query'

export interface ItemRecord {
  id: string
  type: string
  parameters: Record<string, unknown>
}

export interface AssistantRecord {
  id: string
  vendorId: string
  organizationId: string
  name: string
  systemPromptGreeting: string
  systemPrompt: string
  llmAudioContentGenerationStrategyId: string
  extensions: ItemRecord[]
  callEventHooks: ItemRecord[]
  telephoneNumberId: string | null
}

export interface Tenant {
  vendorId: string
  organizationIds: string[]
}

export interface SeedData {
  tenants: Tenant[]
  assistants: AssistantRecord[]
}

/** A deep copy through JSON: keeps own `__proto__` keys as data, drops nothing a JSON body can hold. */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

function compareValues(a: string | null, b: string | null): number {
  // Like PostgreSQL's defaults: nulls sort last ascending (first descending).
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1
  const la = a.toLowerCase()
  const lb = b.toLowerCase()
  if (la !== lb) return la < lb ? -1 : 1
  return a === b ? 0 : a < b ? -1 : 1
}

function comparator(orders: SortOrder[]) {
  return (x: AssistantRecord, y: AssistantRecord): number => {
    for (const { property, direction } of orders) {
      const result = compareValues(x[property], y[property])
      if (result !== 0) return direction === 'asc' ? result : -result
    }
    return compareValues(x.id, y.id)
  }
}

export class DeepslateStore {
  private readonly tenants: Tenant[]
  private assistants: AssistantRecord[]

  constructor(seed: SeedData) {
    this.tenants = clone(seed.tenants)
    this.assistants = clone(seed.assistants)
  }

  hasVendor(vendorId: string): boolean {
    return this.tenants.some((t) => t.vendorId === vendorId)
  }

  hasOrganization(vendorId: string, organizationId: string): boolean {
    return this.tenants.some((t) => t.vendorId === vendorId && t.organizationIds.includes(organizationId))
  }

  list(vendorId: string, organizationId: string, query: ListQuery): { items: AssistantRecord[]; total: number } {
    const matching = this.assistants
      .filter((a) => a.vendorId === vendorId && a.organizationId === organizationId)
      .filter((a) => query.phoneNumberId === null || a.telephoneNumberId === query.phoneNumberId)
      .sort(comparator(query.sort))
    const start = query.page * query.size
    return { items: clone(matching.slice(start, start + query.size)), total: matching.length }
  }

  get(vendorId: string, organizationId: string, id: string): AssistantRecord | null {
    const found = this.find(vendorId, organizationId, id)
    return found ? clone(found) : null
  }

  create(vendorId: string, organizationId: string, write: AssistantWrite): AssistantRecord {
    const record: AssistantRecord = {
      id: crypto.randomUUID(),
      vendorId,
      organizationId,
      ...this.fields(write, null),
    }
    this.assistants.push(record)
    return clone(record)
  }

  /** PUT: every field is replaced; items that name one of the assistant's own ids keep it. */
  replace(vendorId: string, organizationId: string, id: string, write: AssistantWrite): AssistantRecord | null {
    const current = this.find(vendorId, organizationId, id)
    if (!current) return null
    Object.assign(current, this.fields(write, current))
    return clone(current)
  }

  delete(vendorId: string, organizationId: string, id: string): boolean {
    const before = this.assistants.length
    this.assistants = this.assistants.filter(
      (a) => !(a.id === id && a.vendorId === vendorId && a.organizationId === organizationId),
    )
    return this.assistants.length < before
  }

  private find(vendorId: string, organizationId: string, id: string): AssistantRecord | undefined {
    return this.assistants.find((a) => a.id === id && a.vendorId === vendorId && a.organizationId === organizationId)
  }

  private fields(
    write: AssistantWrite,
    current: AssistantRecord | null,
  ): Omit<AssistantRecord, 'id' | 'vendorId' | 'organizationId'> {
    const items = (list: AssistantWrite['extensions'], existing: ItemRecord[]): ItemRecord[] => {
      const used = new Set<string>()
      return list.map((item) => {
        const keep = item.id !== null && existing.some((e) => e.id === item.id) && !used.has(item.id)
        const id = keep && item.id !== null ? item.id : crypto.randomUUID()
        used.add(id)
        return { id, type: item.type, parameters: clone(item.parameters) }
      })
    }
    return {
      name: write.name,
      systemPromptGreeting: write.systemPromptGreeting,
      systemPrompt: write.systemPrompt,
      llmAudioContentGenerationStrategyId: write.llmAudioContentGenerationStrategyId,
      extensions: items(write.extensions, current?.extensions ?? []),
      callEventHooks: items(write.callEventHooks, current?.callEventHooks ?? []),
      telephoneNumberId: write.telephoneNumberId,
    }
  }
}

/** An assistant as the API answers it, in the reference's field order. */
export function assistantBody(a: AssistantRecord) {
  return {
    id: a.id,
    name: a.name,
    systemPrompt: a.systemPrompt,
    llmAudioContentGenerationStrategyId: a.llmAudioContentGenerationStrategyId,
    extensions: a.extensions.map((e) => ({
      id: e.id,
      name: extensionName(e.type),
      type: e.type,
      parameters: e.parameters,
    })),
    callEventHooks: a.callEventHooks.map((h) => ({ id: h.id, type: h.type, parameters: h.parameters })),
    systemPromptGreeting: a.systemPromptGreeting,
    telephoneNumberId: a.telephoneNumberId,
  }
}

/** An item of the list: the reference shows `id` and `name`; `telephoneNumberId` is added (see contract/deepslate.md). */
export function assistantSummaryBody(a: AssistantRecord) {
  return { id: a.id, name: a.name, telephoneNumberId: a.telephoneNumberId }
}
