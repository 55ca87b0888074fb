/**
 * The suite file format, version 1: what a QA suite is, in the browser
 * (IndexedDB) and as a JSON file kept in git. One zod schema is the source of
 * truth; `contract/suite.schema.json` is generated from it and documented in
 * `suites/README.md`. Pure TypeScript: the console and the CLI share it.
 */
import { z } from 'zod'
import { jsonObjectSchema } from '@/contract/common'
import { transcriptTurnSchema } from '@/contract/evaluate'

export const SUITE_FORMAT = 'assistants-console/suite'
export const SUITE_FORMAT_VERSION = 1

/** How a tool call is matched: every given field must match; omitted fields match anything. */
export const toolMatchSchema = z.object({
  /** Tool name, e.g. `call_api`. */
  name: z.string().min(1),
  /** For `call_api`: the API's code. */
  api_code: z.string().optional(),
  /** For `call_api`: HTTP method, compared case-insensitively. */
  method: z.string().optional(),
  /** For `call_api`: a path pattern; `*` matches one path segment, `**` any rest, `{name}` one segment. */
  path: z.string().optional(),
  /** For `call_api`: payload fields that must be present with these values (deep equality per field). */
  payload: jsonObjectSchema.optional(),
  /** Any other arguments (top-level keys of the call's arguments) that must equal these values. */
  arguments: jsonObjectSchema.optional(),
})
export type ToolMatch = z.infer<typeof toolMatchSchema>

const base = {
  /** Inverts the check: a negated `contains` is "does not contain". */
  negate: z.boolean().optional(),
  /** Optional label shown instead of the generated description. */
  label: z.string().optional(),
}

export const assertionSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('contains'), value: z.string(), case_sensitive: z.boolean().optional() }),
  z.object({ ...base, type: z.literal('equals'), value: z.string(), trim: z.boolean().optional() }),
  z.object({ ...base, type: z.literal('regex'), pattern: z.string().min(1), flags: z.string().optional() }),
  z.object({ ...base, type: z.literal('is_json') }),
  /** `path` is a JSONPath subset: `$.a.b[0].c`, `$["key with space"]`. Without `equals`: the path exists. */
  z.object({ ...base, type: z.literal('json_path'), path: z.string().min(1), equals: z.unknown().optional() }),
  z.object({ ...base, type: z.literal('json_schema'), schema: jsonObjectSchema }),
  /** Called at least once (or `min` times) and at most `max` times, with matching arguments. */
  z.object({
    ...base,
    type: z.literal('tool_called'),
    match: toolMatchSchema,
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(0).optional(),
  }),
  /** These calls happened in this order (other calls may come between them). */
  z.object({ ...base, type: z.literal('tool_order'), calls: z.array(toolMatchSchema).min(2) }),
  /** No error event and no failed tool call. */
  z.object({ ...base, type: z.literal('run_succeeded') }),
  z.object({ ...base, type: z.literal('ttft_under'), ms: z.number().positive() }),
  z.object({ ...base, type: z.literal('total_time_under'), ms: z.number().positive() }),
  /** Another assistant grades the output against the rubric and must answer `{"pass": bool, "reason": string}`. */
  z.object({ ...base, type: z.literal('judge'), assistant: z.string().min(1), rubric: z.string().min(1) }),
])
export type Assertion = z.infer<typeof assertionSchema>
export type AssertionType = Assertion['type']

export const caseSourceSchema = z.object({
  kind: z.enum(['run', 'thread', 'conversation', 'pasted', 'blank']),
  /** Run id, thread id or conversation id. */
  ref: z.string().optional(),
  /** Human-readable origin, e.g. "Playground run 30 Nov 10:02". */
  label: z.string().optional(),
  /** Console path back to the source (e.g. `/assistants/x/threads/12`). */
  href: z.string().optional(),
})
export type CaseSource = z.infer<typeof caseSourceSchema>

export const testCaseSchema = z.object({
  /** Stable within the suite (results and baselines refer to it). */
  id: z.string().min(1),
  name: z.string().min(1),
  /** Assistant code to evaluate. */
  assistant: z.string().min(1),
  conversation_id: z.string().nullable().default(null),
  transcript: z.array(transcriptTurnSchema).nullable().default(null),
  input: jsonObjectSchema.default({}),
  assertions: z.array(assertionSchema).default([]),
  source: caseSourceSchema.optional(),
})
export type TestCase = z.infer<typeof testCaseSchema>
export type TestCaseInput = z.input<typeof testCaseSchema>

export const suiteSchema = z
  .object({
    format: z.literal(SUITE_FORMAT),
    version: z.literal(SUITE_FORMAT_VERSION),
    id: z.string().min(1),
    name: z.string().min(1),
    description: z.string().optional(),
    /** Defaults for a run; the console and the CLI can override them. */
    defaults: z
      .object({
        concurrency: z.number().int().min(1).max(16).optional(),
        repeat: z.number().int().min(1).max(20).optional(),
      })
      .optional(),
    cases: z.array(testCaseSchema),
  })
  .superRefine((suite, ctx) => {
    const seen = new Set<string>()
    suite.cases.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['cases', i, 'id'], message: `Duplicate case id "${c.id}".` })
      seen.add(c.id)
    })
  })
export type Suite = z.infer<typeof suiteSchema>
