/** Settings stored with `conf` in the data directory, for hosts without Electron. */
import Conf from 'conf';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA, Settings, type SettingsData } from './settings';

/** Opens the settings file in `dir`; a corrupt file is set aside and defaults are used. */
export function fileSettings(dir: string): Settings {
  const store = new Conf<SettingsData>({
    cwd: dir,
    configName: 'config',
    projectName: 'parallax',
    defaults: DEFAULT_SETTINGS,
    schema: SETTINGS_SCHEMA as never,
    clearInvalidConfig: true,
  });
  return new Settings(store);
}
