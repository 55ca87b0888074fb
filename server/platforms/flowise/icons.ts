/**
 * Assistant icons served by the mock itself, so every seeded `iconSrc`
 * resolves without leaving the machine. `GET /images/{file}` needs no key:
 * an <img> cannot send an Authorization header, and Flowise serves its own
 * images outside the key-checked /api/v1 too. `/images/assistant.png` is the
 * path the seed's example body uses.
 */
import type { Hono } from 'hono'
import { notFoundError } from './http/errors'

function svg(background: string, glyph: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">` +
    `<rect width="64" height="64" rx="14" fill="${background}"/>${glyph}</svg>`
  )
}

const WHITE = 'fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"'

/** 32x32 PNG robot face (built once with node:zlib; 173 bytes). */
const ASSISTANT_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAdElEQVR42u2XQQ4AEAwE/cvvPNqVuwQtrS66iZuYORDbEG5KTLlQlglURWYXviUhBV+SkIazJLTgJAlt+FDiFLwr8bfAaGOb2cGc/S5wh8CRi+gCLmAuwH2K1Ij9BeYCz3UC3EoGUUohajnEYAIxmkEMp9qp8k8YWbXn93IAAAAASUVORK5CYII='

interface Icon {
  type: string
  body: Uint8Array<ArrayBuffer>
}

const text = (value: string): Uint8Array<ArrayBuffer> => new Uint8Array(new TextEncoder().encode(value))

export const ICONS: Readonly<Record<string, Icon>> = {
  'assistant.png': { type: 'image/png', body: new Uint8Array(Buffer.from(ASSISTANT_PNG, 'base64')) },
  'support-agent.svg': {
    type: 'image/svg+xml',
    body: text(
      svg(
        '#2563eb',
        `<path d="M16 36v-6a16 16 0 0 1 32 0v6" ${WHITE}/><rect x="12" y="34" width="8" height="12" rx="3" fill="#fff"/><rect x="44" y="34" width="8" height="12" rx="3" fill="#fff"/>`,
      ),
    ),
  },
  'data-analyst.svg': {
    type: 'image/svg+xml',
    body: text(svg('#059669', `<path d="M16 48V30M28 48V18M40 48V34M52 48V24" ${WHITE}/>`)),
  },
  'travel-planner.svg': {
    type: 'image/svg+xml',
    body: text(
      svg(
        '#d97706',
        `<circle cx="32" cy="30" r="14" ${WHITE}/><path d="M18 30h28M32 16c6 8 6 20 0 28M32 16c-6 8-6 20 0 28" ${WHITE}/>`,
      ),
    ),
  },
}

/** A tiny inline icon for a seeded assistant whose iconSrc is a data: URL (under Flowise's 255 characters). */
export const INLINE_ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'%3E%3Crect width='64' height='64' rx='14' fill='%237c3aed'/%3E%3Cpath d='M18 46l8-2 20-20-6-6-20 20z' fill='%23fff'/%3E%3C/svg%3E"

export function registerIcons(app: Hono): void {
  app.get('/images/:file', (c) => {
    const icon = Object.hasOwn(ICONS, c.req.param('file')) ? ICONS[c.req.param('file')] : undefined
    if (!icon) return notFoundError(c, `Image ${c.req.param('file')} not found`)
    return c.body(icon.body, 200, {
      'Content-Type': icon.type,
      'Cache-Control': 'public, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
      // An SVG opened on its own runs no script and loads nothing.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    })
  })
}
