/**
 * Django's URLValidator, which DRF's URLField runs, ported to JavaScript so the
 * console's forms and the mock accept and refuse the same URLs as the real
 * service: schemes http, https, ftp and ftps; a host that is an IPv4 address,
 * a bracketed IPv6 address, `localhost` or a dotted name with a top-level
 * domain (a bare `http://crm` is refused, as Django refuses it); optional
 * user:password, port and path. Source: django/core/validators.py (Django 5.x).
 * Browser-safe: no Node modules.
 */

const SCHEMES = ['http', 'https', 'ftp', 'ftps']
const MAX_LENGTH = 2048
const UNSAFE = /[\t\r\n]/

// Python's `\u00a1-\uffff`: letters outside ASCII are allowed in host labels (IDNs).
const ul = '\u00a1-\uffff'
const ipv4 =
  '(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)(?:\\.(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)){3}'
// Loose here, checked properly below, as Django does.
const ipv6 = '\\[[0-9a-f:.]+\\]'
const hostname = `[a-z${ul}0-9](?:[a-z${ul}0-9-]{0,61}[a-z${ul}0-9])?`
const domain = `(?:\\.(?!-)[a-z${ul}0-9-]{1,63}(?<!-))*`
const tld = `\\.(?!-)(?:[a-z${ul}-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?`
const host = `(?:${hostname}${domain}${tld}|localhost)`

const URL_RE = new RegExp(
  '^(?:[a-z0-9.+-]*)://' + // scheme, checked separately
    '(?:[^\\s:@/]+(?::[^\\s:@/]*)?@)?' + // user:password
    `(?:${ipv4}|${ipv6}|${host})` +
    '(?::[0-9]{1,5})?' + // port
    '(?:[/?#][^\\s]*)?' + // path, query, fragment
    '$',
  // u: like Python's str ranges, \uffff ends the range, so astral characters are not host letters.
  'iu',
)

/** An IPv4 address as Python's ipaddress reads it: four decimal octets, no leading zeros. */
function isIPv4Address(value: string): boolean {
  const octets = value.split('.')
  return octets.length === 4 && octets.every((o) => /^(?:0|[1-9][0-9]{0,2})$/.test(o) && Number(o) <= 255)
}

/**
 * An IPv6 address as Django checks it (Python's ipaddress.IPv6Address, at most
 * 39 characters): eight groups of 1 to 4 hex digits, one `::` standing for at
 * least one zero group, the last two groups optionally written as IPv4.
 */
export function isIPv6Address(value: string): boolean {
  if (value.length > 39) return false
  const parts = value.split(':')
  if (parts.length < 3) return false
  const last = parts.at(-1) ?? ''
  if (last.includes('.')) {
    if (!isIPv4Address(last)) return false
    parts.splice(-1, 1, '0', '0')
  }
  if (parts.length > 9) return false
  // `::` is an empty part between the ends; at most one.
  const skips = parts.slice(1, -1).flatMap((p, i) => (p === '' ? [i + 1] : []))
  if (skips.length > 1) return false
  let groups = parts
  const skip = skips[0]
  if (skip === undefined) {
    if (parts.length !== 8) return false
  } else {
    const high = parts.slice(0, skip)
    const low = parts.slice(skip + 1)
    // An empty end is only valid as the other half of that `::` (`::1`, `1::`).
    if (high[0] === '') {
      if (high.length !== 1) return false
      high.shift()
    }
    if (low.at(-1) === '') {
      if (low.length !== 1) return false
      low.pop()
    }
    groups = [...high, ...low]
    if (groups.length > 7) return false
  }
  return groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))
}

/** The network location of a URL the regex already accepted: between `://` and the first / ? #. */
function netloc(value: string): string {
  const rest = value.slice(value.indexOf('://') + 3)
  return rest.split(/[/?#]/, 1)[0] ?? ''
}

/** Python's urlsplit(...).hostname: the host without credentials, port or IPv6 brackets. */
function hostOf(location: string): string {
  const afterAt = location.slice(location.lastIndexOf('@') + 1)
  const bracketed = /^\[([^\]]*)\]/.exec(afterAt)
  return bracketed ? (bracketed[1] ?? '') : (afterAt.split(':', 1)[0] ?? '')
}

/** Whether Django's URLValidator (as DRF's URLField runs it) accepts the value. */
export function isDjangoUrl(value: string): boolean {
  if (value.length > MAX_LENGTH || UNSAFE.test(value)) return false
  const scheme = value.split('://', 1)[0]?.toLowerCase() ?? ''
  if (!SCHEMES.includes(scheme)) return false
  if (!URL_RE.test(value)) return false
  const location = netloc(value)
  const ipv6Host = /^\[(.+)\](?::[0-9]{1,5})?$/.exec(location)
  if (ipv6Host && !isIPv6Address(ipv6Host[1] ?? '')) return false
  // RFC 1034: a full host name has at most 253 characters.
  const name = hostOf(location)
  return name !== '' && name.length <= 253
}
