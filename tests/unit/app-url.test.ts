import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_START_URL, parseAppUrl, resolveAppRequest } from '../../src-main/app-url';

const ROOT = resolve('/srv/undersigned/out/renderer');

function fileFor(url: string): string | null {
  const target = resolveAppRequest(ROOT, url);
  return target.kind === 'file' ? target.file : null;
}

describe('app:// requests', () => {
  it('serves index.html for the start URL and for /', () => {
    expect(APP_START_URL).toBe('app://undersigned/index.html');
    expect(fileFor(APP_START_URL)).toBe(join(ROOT, 'index.html'));
    expect(fileFor('app://undersigned/')).toBe(join(ROOT, 'index.html'));
    expect(fileFor('app://undersigned')).toBe(join(ROOT, 'index.html'));
  });

  it('maps asset paths into the renderer folder, ignoring query and fragment', () => {
    expect(fileFor('app://undersigned/assets/index-DD3oAeEh.js?v=2#x')).toBe(
      join(ROOT, 'assets', 'index-DD3oAeEh.js'),
    );
    expect(fileFor('app://undersigned/assets/a%20b.css')).toBe(join(ROOT, 'assets', 'a b.css'));
  });

  it.each([
    'app://undersigned/..%2f..%2fetc%2fpasswd',
    'app://undersigned/assets/..%2F..%2F..%2Fsecret',
    'app://undersigned/%2e%2e%2fsecret',
    'app://undersigned/..%5c..%5csecret',
    'app://undersigned/index.html%00.js',
    'app://undersigned/%E0%A4%A',
  ])('refuses the escaping or malformed path in %s', (url) => {
    expect(resolveAppRequest(ROOT, url)).toEqual({ kind: 'not-found' });
  });

  it.each([
    ['app://undersigned/../../etc/passwd', join(ROOT, 'etc', 'passwd')],
    ['app://undersigned/%2e%2e/%2e%2e/etc/passwd', join(ROOT, 'etc', 'passwd')],
    ['app://undersigned//etc/passwd', join(ROOT, 'etc', 'passwd')],
  ])('keeps %s inside the renderer folder', (url, file) => {
    expect(fileFor(url)).toBe(file);
    expect(fileFor(url)?.startsWith(ROOT + sep)).toBe(true);
  });

  it.each([
    'app://elsewhere/index.html',
    'app://undersigned:81/index.html',
    'app://me@undersigned/index.html',
    'file:///srv/undersigned/out/renderer/index.html',
    'https://undersigned/index.html',
    '/index.html',
  ])('serves nothing for another origin: %s', (url) => {
    expect(resolveAppRequest(ROOT, url)).toEqual({ kind: 'not-found' });
    expect(parseAppUrl(url)).toBeNull();
  });
});
