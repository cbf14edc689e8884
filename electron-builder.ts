/**
 * Packaging: `npm run dist` builds the installers of the platform it runs on (AppImage and deb on
 * Linux, dmg on macOS, an NSIS installer on Windows) into `dist/`. It needs the Electron binary and
 * electron-builder's tools, which it downloads; `tests/package/` checks this configuration without
 * them, on a stand-in Electron folder (`npm run test:package`).
 */
import type { Configuration } from 'electron-builder';

const config: Configuration = {
  appId: 'org.parallax.desktop',
  productName: 'Parallax',
  // build/icon.png (1024 px, drawn from build/icon.svg): electron-builder makes each platform's
  // icon from it (icns, ico, the Linux sizes)
  directories: { output: 'dist', buildResources: 'build' },
  // the built app only; electron-builder adds package.json and the production dependencies
  files: ['out/**'],
  // the sample articles sit outside the archive, where the main process looks when packaged
  // (`process.resourcesPath/seeds`) and where a user can open them like any folder
  extraResources: [{ from: 'seeds', to: 'seeds' }],
  // Worker threads load their files with Node's own loader; whether Electron's asar support
  // reaches an ES module worker is not documented, so the main bundles (the worker entries and the
  // chunks they share) and the dependencies they import are unpacked beside the archive, and
  // spawnWorker starts workers from `app.asar.unpacked`. The page and the preload stay inside.
  asarUnpack: ['out/main/**', 'node_modules/**'],
  // no native modules: nothing to rebuild for Electron's ABI
  npmRebuild: false,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    synopsis: 'Read, compare and search news articles across outlets, offline',
  },
  mac: {
    target: 'dmg',
    category: 'public.app-category.news',
  },
  win: {
    target: 'nsis',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
};

export default config;
