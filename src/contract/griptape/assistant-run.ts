/**
 * Assistant runs: started with an input, they move through the seed's status
 * lifecycle (QUEUED, STARTING, RUNNING, then SUCCEEDED, FAILED, ERROR or
 * CANCELLED). `_mock` holds the mock's test controls (see contract/griptape.md).
 */
import { z } from 'zod'
import { booleanField, enumField, integerField, stringField, stringListField, uuidField, uuidListField } from './fields'
import { paginationSchema } from './pagination'

export const RUN_STATUSES = ['QUEUED', 'STARTING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'ERROR', 'CANCELLED'] as const
export type RunStatus = (typeof RUN_STATUSES)[number]
export const ACTIVE_STATUSES: readonly RunStatus[] = ['QUEUED', 'STARTING', 'RUNNING']
export const FINAL_STATUSES: readonly RunStatus[] = ['SUCCEEDED', 'FAILED', 'ERROR', 'CANCELLED']

export function isFinalStatus(status: RunStatus): boolean {
  return FINAL_STATUSES.includes(status)
}

export const RUN_INPUT_MAX = 100_000

export const MOCK_OUTCOMES = ['SUCCEEDED', 'FAILED', 'ERROR', 'HANG'] as const
export const MOCK_HANG_STATUSES = ['QUEUED', 'STARTING', 'RUNNING'] as const

/** Mock-only: how the scripted model plays this run. Ignored by the real service. */
export const mockRunControlsSchema = z.strictObject(
  {
    outcome: enumField(MOCK_OUTCOMES).optional(),
    hang_status: enumField(MOCK_HANG_STATUSES).optional(),
    chunks: integerField(1, 50).optional(),
    delay_ms: integerField(0, 60_000).optional(),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'Must be a JSON object.' : undefined) },
)
export type MockRunControls = z.infer<typeof mockRunControlsSchema>

export const runCreateSchema = z.strictObject({
  input: stringField({ max: RUN_INPUT_MAX }).nullable().optional(),
  args: stringListField.optional(),
  stream: booleanField.optional(),
  thread_id: uuidField.nullable().optional(),
  new_thread: booleanField.optional(),
  knowledge_base_ids: uuidListField.optional(),
  retriever_ids: uuidListField.optional(),
  ruleset_ids: uuidListField.optional(),
  structure_ids: uuidListField.optional(),
  tool_ids: uuidListField.optional(),
  additional_knowledge_base_ids: uuidListField.optional(),
  additional_retriever_ids: uuidListField.optional(),
  additional_ruleset_ids: uuidListField.optional(),
  additional_structure_ids: uuidListField.optional(),
  additional_tool_ids: uuidListField.optional(),
  _mock: mockRunControlsSchema.optional(),
})
export type RunCreate = z.input<typeof runCreateSchema>

export const runStatusSchema = z.enum(RUN_STATUSES)

export const runSchema = z.looseObject({
  assistant_run_id: z.string(),
  assistant_id: z.string(),
  status: runStatusSchema,
  status_detail: z.unknown().optional(),
  input: z.string().optional(),
  output: z.unknown().optional(),
  args: z.array(z.string()),
  stream: z.boolean(),
  thread_id: z.string().optional(),
  created_by: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  completed_at: z.string().nullable(),
  knowledge_base_ids: z.array(z.string()),
  retriever_ids: z.array(z.string()),
  ruleset_ids: z.array(z.string()),
  structure_ids: z.array(z.string()),
  tool_ids: z.array(z.string()),
})
export type AssistantRun = z.infer<typeof runSchema>

export const runListSchema = z.looseObject({ assistant_runs: z.array(runSchema), pagination: paginationSchema })
export type AssistantRunList = z.infer<typeof runListSchema>
