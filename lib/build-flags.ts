/**
 * Builds made with `--mode emulator` (the demo and the real-browser tests) may talk to the local
 * Genesys Cloud emulator; production builds cannot, and do not even offer it.
 */
export const EMULATOR_BUILD = import.meta.env.MODE === 'emulator';

/** Where `npm run emulator` listens unless told otherwise. */
export const DEFAULT_EMULATOR_URL = 'http://127.0.0.1:8787';

/** The OAuth client the emulator seeds for the extension. */
export const EMULATOR_CLIENT_ID = 'screen-pop-local';
