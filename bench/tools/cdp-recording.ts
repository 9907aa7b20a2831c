// What the profiling tools record of a page over the DevTools protocol: trace events, and a sampled CPU profile.
import type { CDPSession } from 'playwright-core';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  dur?: number;
  /** Thread time, where the category records it. */
  tdur?: number;
  /** What the event says of itself: an event's type and a script's address, a style pass's element count. */
  args?: { data?: { type?: string; url?: string }; elementCount?: unknown };
}

/** The main thread's timeline, for the tools that only time tasks, layout and paint. */
export const TIMELINE = 'devtools.timeline,disabled-by-default-devtools.timeline';

/** A trace under way: its events arrive as the page runs, until `stop`. */
export interface Tracing {
  events: TraceEvent[];
  stop(): Promise<void>;
}

/** A trace with a sampled CPU profile beside it; `stop` gives the profile. */
export interface Profiling {
  events: TraceEvent[];
  stop(): Promise<CpuProfile>;
}

/** Starts a trace of the given categories. */
export async function startTracing(session: CDPSession, categories: string): Promise<Tracing> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (data) => {
    const values: unknown[] = data.value;
    events.push(...values.filter(isTraceEvent));
  });
  await session.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    events,
    stop: () =>
      new Promise<void>((resolve) => {
        session.once('Tracing.tracingComplete', () => resolve());
        void session.send('Tracing.end');
      }),
  };
}

/** Starts a trace and a CPU profile sampled every `samplingIntervalUs` µs. */
export async function startProfiling(
  session: CDPSession,
  categories: string,
  samplingIntervalUs: number,
): Promise<Profiling> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
  const tracing = await startTracing(session, categories);
  await session.send('Profiler.start');
  return {
    events: tracing.events,
    stop: async () => {
      const { profile } = (await session.send('Profiler.stop')) as { profile: CpuProfile };
      await tracing.stop();
      return profile;
    },
  };
}

function isTraceEvent(value: unknown): value is TraceEvent {
  return (
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    typeof value.name === 'string' &&
    'ph' in value &&
    'ts' in value &&
    'pid' in value &&
    'tid' in value
  );
}
