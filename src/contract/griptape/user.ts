/** Users of the organization (`GET /users`). Read-only in the API. */
import { z } from 'zod'

export const userSchema = z.looseObject({
  user_id: z.string(),
  email: z.string(),
  name: z.string().optional(),
  organizations: z.array(z.string()),
  created_at: z.string(),
  updated_at: z.string(),
})
export type User = z.infer<typeof userSchema>

/** The seed's list has no pagination and `users` is optional: a missing list reads as empty. */
export const userListSchema = z.looseObject({
  users: z
    .array(userSchema)
    .optional()
    .transform((v) => v ?? []),
})
export type UserList = z.output<typeof userListSchema>
