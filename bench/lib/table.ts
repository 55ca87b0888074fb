/** Plain-text tables for stdout. */
import type { Summary } from './stats'

export type Row = [string, string, string, string, string]

export const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '—')
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
export const num = (v: number, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '—')

/** [label, median, min, max, note] for a summary, formatted with `fmt`. */
export function summaryRow(label: string, s: Summary, fmt: (v: number) => string, note = ''): Row {
  return [label, fmt(s.median), fmt(s.min), fmt(s.max), note]
}

export function valueRow(label: string, value: string, note = ''): Row {
  return [label, value, '', '', note]
}

export function renderTable(title: string, rows: Row[], header: Row = ['', 'median', 'min', 'max', '']): string {
  const all = [header, ...rows]
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]?.length ?? 0)))
  const line = (r: Row) =>
    r
      .map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  const rule = '─'.repeat(
    Math.min(
      120,
      widths.reduce((a, b) => a + b + 2, 0),
    ),
  )
  return [`\n${title}`, rule, line(header), ...rows.map(line), rule].join('\n')
}
