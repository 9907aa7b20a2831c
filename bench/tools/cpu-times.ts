// Where a sampled CPU profile's time went, function by function: what the profiling tools print.
import type { CpuProfile, ProfileNode } from './cdp-recording';

/** Microseconds by function ("name file:line"): its own, and on the stack (once per sample, however it recurses). */
export interface FunctionTimes {
  self: Map<string, number>;
  total: Map<string, number>;
  /** Every kept sample's time, idle left out. */
  busyUs: number;
}

/** The profile's time by function, over the samples `keep` accepts (by their node and when they were taken). */
export function functionTimes(
  cpu: CpuProfile,
  keep: (node: ProfileNode, atUs: number) => boolean,
): FunctionTimes {
  const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of cpu.nodes) {
    for (const child of node.children ?? []) {
      parent.set(child, node.id);
    }
  }
  const times: FunctionTimes = { self: new Map(), total: new Map(), busyUs: 0 };
  let at = cpu.startTime;
  cpu.samples.forEach((id, index) => {
    at += cpu.timeDeltas[index] ?? 0;
    const us = cpu.timeDeltas[index + 1] ?? 0;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)' || !keep(node, at)) {
      return;
    }
    times.busyUs += us;
    add(times.self, frameName(node), us);
    const seen = new Set<string>();
    for (let frame: ProfileNode | undefined = node; frame; frame = byId.get(parent.get(frame.id) ?? -1)) {
      const key = frameName(frame);
      if (!seen.has(key)) {
        seen.add(key);
        add(times.total, key, us);
      }
    }
  });
  return times;
}

/** The `count` largest entries, `(root)` and `(program)` left out, each printed by `line`. */
export function largest(
  times: Map<string, number>,
  count: number,
  line: (us: number, key: string) => string,
): string[] {
  return [...times.entries()]
    .filter(([key]) => !key.startsWith('(root)') && !key.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, us]) => line(us, key));
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
}

function add(map: Map<string, number>, key: string, us: number): void {
  map.set(key, (map.get(key) ?? 0) + us);
}
