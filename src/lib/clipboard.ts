import { toast } from '@/lib/notify'

/** Copies text and says so; clipboard access can be refused (permissions, insecure origin). */
export async function copyText(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text)
    toast.success(`${what} copied`)
  } catch {
    toast.error(`Could not copy ${what.toLowerCase()}: the browser refused clipboard access.`)
  }
}
