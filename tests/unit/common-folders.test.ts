import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const COMMON = resolve(__dirname, '..', '..', 'src-common');
const RELATIVE_IMPORT = /\bfrom '(\.{1,2}\/[^']+)'/gu;

/** The folder of src-common a path belongs to, a sub-folder being a folder of its own; files at its root belong to "." */
function folderOf(path: string): string {
  const parts = relative(COMMON, path).split('/');
  return parts.length > 1 ? parts.slice(0, -1).join('/') : '.';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(path);
    }
    return /\.tsx?$/u.test(entry.name) ? [path] : [];
  });
}

/** Every import from one folder of src-common into another, as "from → to: file". */
function folderImports(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(COMMON)) {
    for (const match of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const from = folderOf(file);
      const to = folderOf(resolve(dirname(file), match[1] ?? ''));
      if (from === to) {
        continue;
      }
      const edges = graph.get(from) ?? new Map<string, string>();
      edges.set(to, relative(COMMON, file));
      graph.set(from, edges);
    }
  }
  return graph;
}

/** A path of folders from `start` back to itself, or nothing when there is none. */
function circleThrough(graph: Map<string, Map<string, string>>, start: string): string[] {
  const seen = new Set<string>();
  const walk = (folder: string, path: string[]): string[] => {
    for (const [next, file] of graph.get(folder) ?? []) {
      const step = [...path, `${folder} → ${next} (${file})`];
      if (next === start) {
        return step;
      }
      if (seen.has(next)) {
        continue;
      }
      seen.add(next);
      const found = walk(next, step);
      if (found.length > 0) {
        return found;
      }
    }
    return [];
  };
  return walk(start, []);
}

describe("src-common's folders", () => {
  it('import each other without a circle, so each can be read from the ones below it', () => {
    const graph = folderImports();
    expect(graph.size).toBeGreaterThan(5);
    const circles = [...graph.keys()]
      .map((folder) => circleThrough(graph, folder))
      .filter((path) => path.length);
    expect(circles).toEqual([]);
  });

  it('keep the signatory list apart from the reading and clean-up of pasted lists, which builds on it', () => {
    const graph = folderImports();
    expect(graph.get('signatories/cleanup')?.has('signatories')).toBe(true);
    expect(graph.get('signatories')?.has('signatories/cleanup') ?? false).toBe(false);
  });
});
