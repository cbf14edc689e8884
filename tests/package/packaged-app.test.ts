/**
 * The packaged app, built by electron-builder from the project's own configuration (the one
 * `npm run dist` uses) on a stand-in Electron folder, since the real binary cannot be downloaded
 * here. It must hold the built app and the production dependencies and nothing else, ship the
 * sample articles as `resources/seeds`, unpack what worker threads load, carry the fuses as
 * configured, and start: the packaged main process, run against the stand-in `electron`, must
 * start its worker from the package and open the sample from `process.resourcesPath/seeds`.
 *
 * Packing takes 10-20 s, too long for `npm test`: `npm run test:package` runs this (CI does).
 */
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StandInKit } from '../main/support/stand-in-app';
import { asElectronSeesIt, EXECUTABLE, packLinuxDir, standInElectronDist } from './support/pack';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every file under `dir`, as paths relative to it with forward slashes. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
/** Every file and folder under `dir`, likewise. */
const entriesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((p) => p.split('\\').join('/')).sort();

let kit: StandInKit;
let app: string;
let resources: string;
let archived: string[];

beforeAll(async () => {
  kit = await StandInKit.create();
  app = await packLinuxDir(ROOT, standInElectronDist(kit.folder('electron-dist')), kit.folder('dist'));
  resources = join(app, 'resources');
  archived = listPackage(join(resources, 'app.asar'), { isPack: false }).map((p) => p.split('\\').join('/'));
}, 300_000);
afterAll(() => kit?.dispose());

describe('the packaged app', () => {
  it('ships the sample articles beside the archive, as resources/seeds', () => {
    expect(existsSync(join(resources, 'seeds'))).toBe(true);
    const seeds = filesUnder(join(ROOT, 'seeds'));
    expect(filesUnder(join(resources, 'seeds'))).toEqual(seeds);
    for (const name of seeds) expect(readFileSync(join(resources, 'seeds', name)), name).toEqual(readFileSync(join(ROOT, 'seeds', name)));
  });

  it('archives the built app: exactly out/, no sources, tests or fixtures', () => {
    const own = archived.filter((p) => !p.startsWith('/node_modules'));
    const out = own.filter((p) => p.startsWith('/out/')).map((p) => p.slice('/out/'.length));
    expect(out.sort()).toEqual(entriesUnder(join(ROOT, 'out')));
    expect(own.filter((p) => p !== '/package.json' && p !== '/out' && !p.startsWith('/out/'))).toEqual([]);
    for (const needed of ['main/index.js', 'main/workspace-worker.js', 'main/search-worker.js', 'main/read-worker.js', 'main/reuse-worker.js', 'preload/index.cjs', 'renderer/index.html']) {
      expect(own, needed).toContain(`/out/${needed}`);
    }
  });

  it('archives the production dependencies, all of them and nothing else', () => {
    // electron-builder lays node_modules out by its own hoisting, not npm's (a package npm keeps at
    // the top may sit nested under each of its dependents), so packages are compared by name and
    // version, and every packed package must resolve its own dependencies inside the archive.
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; peer?: boolean; version?: string }>;
    };
    const asar = join(resources, 'app.asar');
    const unpacked = join(resources, 'app.asar.unpacked');
    const manifest = (root: string): { name: string; version: string; dependencies?: Record<string, string> } => {
      const onDisk = join(unpacked, root, 'package.json');
      const text = existsSync(onDisk) ? readFileSync(onDisk, 'utf8') : extractFile(asar, `${root}/package.json`).toString('utf8');
      return JSON.parse(text) as { name: string; version: string; dependencies?: Record<string, string> };
    };
    const packageRoot = /^\/((?:node_modules\/(?:@[^/]+\/)?[^/]+\/)*node_modules\/(?:@[^/]+\/)?[^/]+)\/package\.json$/;
    const roots = archived.flatMap((p) => packageRoot.exec(p)?.[1] ?? []).sort();
    const packed = new Map(roots.map((root) => [root, manifest(root)]));
    const nameOf = (key: string): string => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const installed = Object.entries(lock.packages).filter(([key, entry]) => key.startsWith('node_modules/') && existsSync(join(ROOT, key)) && entry.version);
    // A peer dependency holding only type declarations (graphology-types) has nothing to run and is
    // left out by electron-builder, rightly.
    const typesOnly = (key: string): boolean => {
      const main = (JSON.parse(readFileSync(join(ROOT, key, 'package.json'), 'utf8')) as { main?: string }).main ?? '';
      return main.endsWith('.d.ts');
    };
    const release = new Set(installed.filter(([key, entry]) => !entry.dev && !(entry.peer && typesOnly(key))).map(([key, entry]) => `${nameOf(key)}@${entry.version}`));
    const shipped = new Set([...packed.values()].map((m) => `${m.name}@${m.version}`));
    expect([...shipped].filter((id) => !release.has(id)).sort(), 'packed packages that are not production dependencies').toEqual([]);
    expect([...release].filter((id) => !shipped.has(id)).sort(), 'production packages left out').toEqual([]);
    // Node's lookup from each packed package: its own node_modules, then each parent's, then the top.
    const unresolved: string[] = [];
    for (const [root, m] of packed) {
      for (const dependency of Object.keys(m.dependencies ?? {})) {
        let dir = root;
        let found = false;
        for (;;) {
          if (packed.has(`${dir}/node_modules/${dependency}`)) { found = true; break; }
          const up = dir.lastIndexOf('/node_modules/');
          if (up < 0) break;
          dir = dir.slice(0, up);
        }
        if (!found && !packed.has(`node_modules/${dependency}`)) unresolved.push(`${root} → ${dependency}`);
      }
    }
    expect(unresolved, 'dependencies a packed package cannot find').toEqual([]);
  });

  it("has the app's own icon where electron-builder looks for it, large enough for every platform", async () => {
    const { default: config } = (await import('../../electron-builder')) as { default: { directories?: { buildResources?: string } } };
    const png = readFileSync(join(ROOT, config.directories?.buildResources ?? 'build', 'icon.png'));
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('unpacks the main bundles, worker entries included, and what they import', () => {
    const unpacked = join(resources, 'app.asar.unpacked');
    expect(filesUnder(join(unpacked, 'out/main'))).toEqual(filesUnder(join(ROOT, 'out/main')));
    const dependencies = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: object }).dependencies);
    for (const name of dependencies) expect(existsSync(join(unpacked, 'node_modules', name, 'package.json')), name).toBe(true);
  });

  it('sets the fuses: no running as Node, no NODE_OPTIONS or --inspect, encrypted cookies, the app only from a verified asar', async () => {
    const wire = await getCurrentFuseWire(join(app, EXECUTABLE));
    const on = (fuse: FuseV1Options) => String.fromCharCode(wire[fuse] as number);
    expect({
      runAsNode: on(FuseV1Options.RunAsNode),
      cookieEncryption: on(FuseV1Options.EnableCookieEncryption),
      nodeOptions: on(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      inspect: on(FuseV1Options.EnableNodeCliInspectArguments),
      asarIntegrity: on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      onlyFromAsar: on(FuseV1Options.OnlyLoadAppFromAsar),
    }).toEqual({ runAsNode: '0', cookieEncryption: '1', nodeOptions: '0', inspect: '0', asarIntegrity: '1', onlyFromAsar: '1' });
  });

  it('starts from the package: worker from app.asar.unpacked, sample from resources/seeds', { timeout: 60_000 }, async () => {
    const view = asElectronSeesIt(resources, kit.folder('installed'));
    const archive = join(view, 'app.asar');
    const started = kit.launch(join(archive, 'out/main/index.js'), {
      config: { packaged: true, resourcesPath: view, appPath: archive, userData: kit.folder('packaged-default') },
      env: { PARALLAX_DATA_DIR: kit.folder('packaged-data') },
      cwd: kit.dir,
    });
    try {
      const corpus = await started.firstCorpus();
      expect(corpus.isSample).toBe(true);
      expect(corpus.head.ids).toHaveLength(filesUnder(join(ROOT, 'seeds')).length);
      const [options] = started.named('BrowserWindow.new')[0]!.args as [{ webPreferences: { preload: string } }];
      expect(options.webPreferences.preload).toBe(join(archive, 'out/preload/index.cjs'));
      expect(existsSync(options.webPreferences.preload)).toBe(true);
      expect(started.named('BrowserWindow.loadFile')[0]!.args).toEqual([join(archive, 'out/renderer/index.html')]);
      await started.act('quit');
      expect(await started.exited).toBe(0);
    } finally {
      started.kill();
    }
  });
});

