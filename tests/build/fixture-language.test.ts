/**
 * Adding a language needs a dictionary and a content folder, and no template change: a copy of
 * the project gets a Kyrgyz dictionary (tests/fixtures/i18n/ky/, registered in
 * src/i18n/index.ts), the fixture content gets Russian and Kyrgyz translations
 * (tests/fixtures/translations/), and the build must give /ky/ pages in Kyrgyz, linked with
 * their English and Russian versions.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE } from '../helpers/build.ts';

const PROJECT = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A copy of the project with Kyrgyz added the documented way; returns its root. */
function projectWithKyrgyz(): string {
  const root = mkdtempSync(join(tmpdir(), 'kfp-ky-'));
  for (const name of PROJECT) cpSync(name, join(root, name), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  // The dictionary, with its imports written from src/i18n/ky/ instead of the fixture folder.
  const dictionaries = join(root, 'src/i18n/ky');
  cpSync('tests/fixtures/i18n/ky', dictionaries, { recursive: true });
  for (const file of readdirSync(dictionaries)) {
    const path = join(dictionaries, file);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll("'../../../../src/", "'../../"));
  }
  // The registration: the import and the entry in the list of languages.
  const index = join(root, 'src/i18n/index.ts');
  const registered = readFileSync(index, 'utf8')
    .replace(/^(import ru from .*)$/m, "$1\nimport ky from './ky/index.ts';")
    .replace(/\{ en, ru \}/, '{ en, ru, ky }');
  expect(registered).toContain('{ en, ru, ky }');
  writeFileSync(index, registered);
  cpSync(FIXTURE, join(root, 'content'), { recursive: true });
  cpSync('tests/fixtures/translations', join(root, 'content'), { recursive: true });
  return root;
}

function build(root: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: join(root, 'content'), DIST_DIR: join(root, 'dist'), ASTRO_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

describe('a third language, Kyrgyz, from a dictionary and a content folder', () => {
  let dist: string;
  const html = (path: string): HTMLElement => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
  const PAGES = ['/ky/', '/ky/relations/', '/ky/relations/kazakhstan/', '/ky/treaties/allied/', '/ky/timeline/signing/', '/ky/organizations/union/', '/ky/priorities/neighbours/', '/ky/sources/school-textbook/', '/ky/about/', '/ky/search/'];

  beforeAll(async () => {
    const root = projectWithKyrgyz();
    const { code, output } = await build(root);
    expect(code, output).toBe(0);
    dist = join(root, 'dist');
  });

  it('builds every page in Kyrgyz, with lang="ky", the Kyrgyz navigation and the dictionary’s strings', () => {
    for (const path of PAGES) {
      const page = html(path);
      expect(page.querySelector('html')!.getAttribute('lang'), path).toBe('ky');
      expect(page.querySelector('a[href="#main"]')?.text, path).toBe('Мазмунга өтүү');
      expect(page.querySelectorAll('header nav a, nav a').map((a) => a.text), path).toEqual(expect.arrayContaining(['Келишимдер', 'Мамилелер', 'Булактар']));
      expect(page.querySelector('body')!.text, path).toContain('[ky] ');
    }
  });

  it('renders the Kyrgyz content, and dates through Intl in Kyrgyz', () => {
    const country = html('/ky/relations/kazakhstan/');
    expect(country.querySelector('h1')!.text).toContain('Казакстан');
    expect(country.querySelector('main')!.text).toContain('Чек ара декларациясы');
    const date = html('/ky/treaties/allied/').querySelector('main time[datetime="2003-12-25"]')!;
    // Spaces compared as spaces: the year keeps its word on its line with a no-break space.
    const intl = new Intl.DateTimeFormat('ky', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date('2003-12-25'));
    expect(date.text.replace(/\s/g, ' ')).toBe(intl.replace(/\s/g, ' '));
  });

  it('links each Kyrgyz page to its English and Russian versions, and keeps its own links in /ky/', () => {
    for (const path of PAGES) {
      const page = html(path);
      const alternates = Object.fromEntries(page.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
      const plain = path.replace(/^\/ky/, '');
      expect(alternates, path).toEqual({ en: plain, ru: `/ru${plain}`, ky: path, 'x-default': plain });
      expect(existsSync(join(dist, 'ru', plain, 'index.html')), path).toBe(true);
      // Pages link within their language; only the switcher leaves it (files such as the CSV
      // downloads are one for all languages).
      const outside = page
        .querySelectorAll('a[href^="/"]:not([hreflang])')
        .map((a) => a.getAttribute('href')!)
        .filter((href) => href.split('#')[0].endsWith('/') && !href.startsWith('/ky/'));
      expect(outside, path).toEqual([]);
    }
    expect(html('/ru/relations/kazakhstan/').querySelector('link[hreflang="ky"]')?.getAttribute('href')).toMatch(/\/ky\/relations\/kazakhstan\/$/);
  });
});
