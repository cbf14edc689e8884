/**
 * The app's views, once: what each is called in the title bar, on its tab and in the native menu,
 * and the component that draws it. The top bar, the window title and the renderer's view switch
 * read this table, and so does the Electron menu (which cannot import the renderer); a view's
 * address (`#/<name>...`) is read and written by the renderer's `lib/route.ts`. A new view is its
 * component, an entry here and its route.
 */

export type ViewName = 'library' | 'search' | 'compare' | 'reuse' | 'quote' | 'read' | 'story';

export interface ViewSpec {
  /** The window title while the view shows (the reader shows its article's title instead). */
  title: string;
  /** The view's tab in the top bar, if it has one; tabs follow the order of this table. */
  tab?: string;
  /** The tab that stays marked while this view shows: the reader belongs to the library. */
  under?: ViewName;
  /**
   * Its entry in the native View menu, in this table's order: the menu sends `command` (by
   * default the view's name, which goes to the view) to the page.
   */
  menu?: { label: string; accelerator: string; command?: string };
  /** The Svelte component in `renderer/src/views/` that draws it, by file name without `.svelte`. */
  component: string;
}

export const VIEWS: Record<ViewName, ViewSpec> = {
  library: { title: 'Library', tab: 'Library', menu: { label: 'Library', accelerator: 'CmdOrCtrl+1' }, component: 'LibraryView' },
  search: { title: 'Search', tab: 'Search', menu: { label: 'Search', accelerator: 'CmdOrCtrl+F', command: 'find' }, component: 'SearchView' },
  compare: { title: 'Compare', tab: 'Compare', component: 'CompareView' },
  reuse: {
    title: 'Shared text',
    tab: 'Shared text',
    menu: { label: 'Shared Text Across the Folder', accelerator: 'CmdOrCtrl+3' },
    component: 'ReuseView',
  },
  quote: { title: 'Quote', tab: 'Quotes', menu: { label: 'Track a Quote', accelerator: 'CmdOrCtrl+4' }, component: 'QuoteView' },
  read: { title: '', under: 'library', component: 'ReaderView' },
  story: { title: 'Story', under: 'reuse', component: 'StoryView' },
};

export const VIEW_NAMES = Object.keys(VIEWS) as ViewName[];

/** Whether `name` names a view (a menu command that goes to one, say). */
export function isViewName(name: string): name is ViewName {
  return Object.prototype.hasOwnProperty.call(VIEWS, name);
}

/** The tab marked while `view` shows: its own, or the one it belongs under. */
export function tabOf(view: ViewName): ViewName {
  return VIEWS[view].under ?? view;
}
