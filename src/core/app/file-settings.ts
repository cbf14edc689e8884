/** Settings stored with `conf` in the data directory, for hosts without Electron. */
import Conf from 'conf';
import { repairSettingsFile } from './settings-repair';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA, Settings, type SettingsData } from './settings';

/**
 * Opens the settings file in `dir`. A damaged file is mended first (settings-repair.ts): valid
 * fields kept, the file as it was set aside beside it, and `notice` says so.
 */
export function fileSettings(dir: string): Settings {
  const notice = repairSettingsFile(dir);
  const store = new Conf<SettingsData>({
    cwd: dir,
    configName: 'config',
    projectName: 'parallax',
    defaults: DEFAULT_SETTINGS,
    schema: SETTINGS_SCHEMA as never,
    // only reached by damage the mending did not foresee
    clearInvalidConfig: true,
  });
  return new Settings(store, notice);
}
