/**
 * The native menu. Items that act on the page send a command string to the renderer, which
 * handles them exactly as it handles its own buttons and shortcuts.
 */
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { VIEW_NAMES, VIEWS } from '../shared/views';

export interface MenuContext {
  recentFolders: string[];
  send(command: string): void;
  clearRecent(): void;
  dev: boolean;
}

export function buildMenu(ctx: MenuContext): Menu {
  const mac = process.platform === 'darwin';
  const command = (label: string, name: string, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => ctx.send(name),
  });
  const recent: MenuItemConstructorOptions[] = ctx.recentFolders.length
    ? [
        ...ctx.recentFolders.map((path) => command(path, `open-path:${path}`)),
        { type: 'separator' },
        { label: 'Clear Recent', click: () => ctx.clearRecent() },
      ]
    : [{ label: 'No Recent Folders', enabled: false }];
  const template: MenuItemConstructorOptions[] = [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        command('Open Folder…', 'open-folder', 'CmdOrCtrl+O'),
        { label: 'Open Recent', submenu: recent },
        command('Open Sample Articles', 'open-sample'),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        ...VIEW_NAMES.flatMap((view) => {
          const entry = VIEWS[view].menu;
          return entry ? [command(entry.label, entry.command ?? view, entry.accelerator)] : [];
        }),
        { type: 'separator' },
        command('Toggle Dark Theme', 'toggle-theme', 'CmdOrCtrl+Shift+D'),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(ctx.dev ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      label: '&Go',
      submenu: [
        command('Back', 'back', mac ? 'Cmd+[' : 'Alt+Left'),
        command('Forward', 'forward', mac ? 'Cmd+]' : 'Alt+Right'),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: `About ${app.name}`, click: () => app.showAboutPanel() }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
