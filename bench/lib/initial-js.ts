import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The scripts a page loads before it can run: `<script src>` and `<link rel="modulepreload" href>`, without repeats. */
export function initialScriptRefs(html: string): string[] {
  const refs = new Set<string>();
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const ref = /^<script/i.test(tag) ? attribute(tag, 'src') : modulePreloadHref(tag);
    if (ref !== undefined) {
      refs.add(ref);
    }
  }
  return [...refs];
}

function modulePreloadHref(tag: string): string | undefined {
  const rel = attribute(tag, 'rel') ?? '';
  return rel.toLowerCase().split(/\s+/).includes('modulepreload') ? attribute(tag, 'href') : undefined;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match?.[1] ?? match?.[2] ?? match?.[3];
}

/** Maps a page's script reference to the file under `root` that the host serves for it. */
export function fileForRef(root: string, ref: string): string {
  const base = 'http://page.invalid/';
  const url = new URL(ref, base);
  if (url.origin !== new URL(base).origin) {
    throw new Error(`index.html loads ${ref} from another origin; only local files can be measured.`);
  }
  const file = join(root, decodeURIComponent(url.pathname));
  if (!existsSync(file)) {
    throw new Error(
      `index.html loads ${ref}, but ${file} is missing: rebuild with "npx electron-vite build".`,
    );
  }
  return file;
}

/** The size of a file after gzip at zlib's default level, which is what a typical server sends. */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file)).length;
}
