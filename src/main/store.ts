/** Settings in the desktop app: electron-store in the app's user-data folder. */
import Store from 'electron-store';
import { repairSettingsFile } from '../core/app/settings-repair';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA, Settings, type SettingsData } from '../core/app/settings';

/** Opens the settings in `dir` (the user-data folder), mended first when damaged, as fileSettings does. */
export function electronSettings(dir: string): Settings {
  const notice = repairSettingsFile(dir);
  const store = new Store<SettingsData>({
    name: 'config',
    cwd: dir,
    defaults: DEFAULT_SETTINGS,
    schema: SETTINGS_SCHEMA as never,
    clearInvalidConfig: true,
  });
  return new Settings(store, notice);
}
