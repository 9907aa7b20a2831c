import { z } from 'zod';

/** The path of browser mode's event socket. */
export const EVENTS_PATH = '/events';

/** Close code for a socket whose token is wrong or missing (an HTTP 401, which browsers cannot see on upgrade). */
export const CLOSE_UNAUTHORIZED = 4401;

/** Messages browser mode's host pushes to the page. */
export const hostEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), hostId: z.string() }),
]);

/** One message from the host. */
export type HostEvent = z.output<typeof hostEventSchema>;
