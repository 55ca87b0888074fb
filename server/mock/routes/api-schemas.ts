/**
 * The Api write schemas as the mock applies them: the contract's, with the
 * url rule of DRF's URLField (Django's URLValidator: http, https, ftp, ftps)
 * instead of the contract's http(s)-only check, so the mock accepts exactly
 * what the real service accepts.
 */
import { apiWriteSchema } from '../../../src/contract/api'
import { messages, requiredString } from '../../../src/contract/common'
import { isDjangoUrl } from '../http/url-field'

// Api.url is a model field of 200 characters. DRF answers a blank value with "may not be blank" alone,
// without running the URL rule; the length and URL rules both report, as DRF runs every validator.
const urlFieldSchema = requiredString({ max: 200, allowBlank: false }).refine((v) => v === '' || isDjangoUrl(v), {
  error: messages.url,
})

export const serverApiWriteSchema = apiWriteSchema.extend({ url: urlFieldSchema })
export const serverApiPatchSchema = serverApiWriteSchema.partial()
