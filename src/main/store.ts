/** Settings in the desktop app: electron-store in the app's user-data folder. */
import Store from 'electron-store';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA, Settings, type SettingsData } from '../core/app/settings';

export function electronSettings(): Settings {
  const store = new Store<SettingsData>({
    name: 'config',
    defaults: DEFAULT_SETTINGS,
    schema: SETTINGS_SCHEMA as never,
    clearInvalidConfig: true,
  });
  return new Settings(store);
}
