/** Small text helpers for the scripted model: keyword extraction with a crude stemmer. */

const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could do does for from had has have hello hi how i if in is it its ' +
    'just me my no not of on or our please so that the their them then there this to too was we were what when ' +
    'which who will with would you your yes ok okay thanks thank want like get got im am about also would could ' +
    'should any some all one there here they he she us'
  ).split(' '),
)

/** "changing", "changes" and "change" share the stem "chang": enough to match a category name. */
export function stem(word: string): string {
  const w = word.toLowerCase()
  for (const suffix of ['ing', 'ed', 'es', 's', 'e']) {
    if (w.length > suffix.length + 3 && w.endsWith(suffix)) return w.slice(0, -suffix.length)
  }
  return w
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? []
}

export function keywords(text: string): string[] {
  return words(text)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w))
    .map(stem)
}

/** The n most frequent keywords, ties broken alphabetically so the answer never varies. */
export function topKeywords(text: string, n: number): string[] {
  const counts = new Map<string, number>()
  for (const w of words(text).filter((x) => x.length > 3 && !STOP_WORDS.has(x))) counts.set(w, (counts.get(w) ?? 0) + 1)
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([w]) => w)
}

export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`
}
