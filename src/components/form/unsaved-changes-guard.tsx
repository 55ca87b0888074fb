/**
 * Asks before leaving a form with unsaved changes: router navigation (a dialog)
 * and closing or reloading the tab (the browser's own prompt).
 */
import { useBlocker } from '@tanstack/react-router'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'

export function UnsavedChangesGuard({ when, message }: { when: boolean | (() => boolean); message?: string }) {
  // A function is read at navigation time: a save that just succeeded is not "unsaved" any more,
  // even if the page has not re-rendered yet.
  const blocking = () => (typeof when === 'function' ? when() : when)
  const blocker = useBlocker({
    shouldBlockFn: ({ current, next }) => blocking() && current.pathname !== next.pathname,
    enableBeforeUnload: () => blocking(),
    withResolver: true,
  })
  const open = blocker.status === 'blocked'
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        if (!o && open) blocker.reset()
      }}
      title="Leave without saving?"
      description={
        message ??
        'You have unsaved changes. A draft is kept in this browser, but the server still has the old version.'
      }
      footer={
        <>
          {/* Radix moves focus into the dialog, to the first button: the safe choice. */}
          <Button onClick={() => blocker.reset?.()}>Stay on this page</Button>
          <Button variant="danger" onClick={() => blocker.proceed?.()}>
            Leave
          </Button>
        </>
      }
    />
  )
}
