// Monaco's global Tab-moves-focus switch has no published typings; this is the part we use.
declare module 'monaco-editor/editor/browser/config/tabFocus' {
  export const TabFocus: {
    getTabFocusMode(): boolean
    setTabFocusMode(tabFocusMode: boolean): void
  }
}
