/**
 * API keys of the organization and of a user. The secret `value` is answered
 * once, by create; every other answer leaves it out.
 */
import { z } from 'zod'
import { booleanField, stringField } from './fields'
import { paginationSchema } from './pagination'

export const API_KEY_NAME_MAX = 200

const name = stringField({ min: 1, max: API_KEY_NAME_MAX })

export const apiKeyCreateSchema = z.strictObject({ name })
export type ApiKeyCreate = z.input<typeof apiKeyCreateSchema>

/** Rename and/or (de)activate; `active` is our amendment (the seed's update takes only `name`). */
export const apiKeyUpdateSchema = z.strictObject({ name: name.optional(), active: booleanField.optional() })
export type ApiKeyUpdate = z.input<typeof apiKeyUpdateSchema>

export const apiKeySchema = z.looseObject({
  api_key_id: z.string(),
  name: z.string(),
  active: z.boolean(),
  organization_id: z.string(),
  created_by: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  last_used: z.string(),
})
export type ApiKey = z.infer<typeof apiKeySchema>

export const createdApiKeySchema = apiKeySchema.extend({ value: z.string() })
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>

export const apiKeyListSchema = z.looseObject({ api_keys: z.array(apiKeySchema), pagination: paginationSchema })
export type ApiKeyList = z.infer<typeof apiKeyListSchema>
