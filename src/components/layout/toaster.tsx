/** sonner's Toaster (a lazy chunk, mounted on the first toast: see lib/notify.ts). */
import { useEffect } from 'react'
import { Toaster as Sonner } from 'sonner'
import { toasterMounted } from '@/lib/notify'

export default function Toaster({ dark }: { dark: boolean }) {
  // Runs after Sonner's own effects (children first): it is listening by now.
  useEffect(() => toasterMounted(), [])
  return <Sonner theme={dark ? 'dark' : 'light'} position="bottom-right" closeButton />
}
