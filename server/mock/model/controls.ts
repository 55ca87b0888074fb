/**
 * Mock-only test controls, sent inside `input._mock` and stripped before the
 * prompt is built. Documented in contract/README.md.
 */
import { z } from 'zod'

const INTEGER = 'A valid integer is required.'
const count = (min: number, max: number) =>
  z
    .number({ error: INTEGER })
    .int({ error: INTEGER })
    .min(min, { error: `Ensure this value is greater than or equal to ${min}.` })
    .max(max, { error: `Ensure this value is less than or equal to ${max}.` })

export const mockControlsSchema = z.strictObject({
  /** Force exactly N delta events (benchmarks). */
  chunks: count(1, 100_000).optional(),
  /** Per-chunk delay override in ms; 0 allowed. */
  delay_ms: count(0, 10_000).optional(),
  /** Send an `error` event after N deltas. */
  fail_after: count(0, 100_000).optional(),
  /** Close the connection abruptly after N deltas: no done, no error. */
  drop_after: count(0, 100_000).optional(),
  /** Answer plain JSON even when SSE was asked, like a server that never streams. */
  no_stream: z.boolean({ error: 'Must be a valid boolean.' }).optional(),
})

export type MockControls = z.infer<typeof mockControlsSchema>
