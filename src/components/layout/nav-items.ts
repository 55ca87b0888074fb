/** The console's top-level pages: the sidebar and the command palette list the same ones. */
import { Bot, FlaskConical, Plug, Settings, Wrench } from 'lucide-react'

export const NAV_ITEMS = [
  { to: '/assistants', label: 'Assistants', icon: Bot },
  { to: '/apis', label: 'APIs', icon: Plug },
  { to: '/tools', label: 'Tools', icon: Wrench },
  { to: '/playground', label: 'Playground', icon: FlaskConical },
  { to: '/settings', label: 'Settings', icon: Settings },
] as const
