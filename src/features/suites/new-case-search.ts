/**
 * The new-case page's search params. Apart from the loader's code on purpose:
 * a route's search schema is part of the route tree every page loads, so it
 * imports nothing but zod.
 */
import { z } from 'zod'

export const SOURCE_KINDS = ['run', 'thread', 'conversation', 'pasted', 'blank'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

export const newCaseSearchSchema = z.object({
  source: z.enum(SOURCE_KINDS).default('blank').catch('blank'),
  ref: z.string().optional().catch(undefined),
  assistant: z.string().optional().catch(undefined),
  /** The suite to add the case to (preselected). */
  suite: z.string().optional().catch(undefined),
})
export type NewCaseSearch = z.infer<typeof newCaseSearchSchema>
