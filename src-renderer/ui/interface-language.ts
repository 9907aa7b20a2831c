/**
 * The language the interface is written in, for names the runtime translates (countries in the signatories panel).
 * The interface has one language today; when it has more, this is where the chosen one is read.
 */
export const INTERFACE_LANGUAGE = 'en';
