import { Monitor, Moon, Sun } from 'lucide-react'
import { useTheme, type ThemeChoice } from '@/lib/theme'
import { Button } from '@/components/ui/button'

const next: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' }
const label: Record<ThemeChoice, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' }

export function ThemeToggle() {
  const { choice, setChoice } = useTheme()
  const Icon = choice === 'system' ? Monitor : choice === 'light' ? Sun : Moon
  return (
    <Button
      variant="ghost"
      size="icon"
      onClick={() => setChoice(next[choice])}
      aria-label={`${label[choice]} (click to change)`}
      title={label[choice]}
    >
      <Icon className="size-4" aria-hidden />
    </Button>
  )
}
