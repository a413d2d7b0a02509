import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EmulatorControl } from './control-client';
import { createRequestListener } from './router';
import { DEFAULT_CONFIG, EmulatorState } from './state';

export interface EmulatorOptions {
  /** @default 0, a free port */
  port?: number;
  /** @default 86400 */
  tokenLifetimeSeconds?: number;
  /** Requests per access token per 60 seconds. @default 300 */
  rateLimitPerMinute?: number;
}

export interface Emulator {
  /**
   * `http://127.0.0.1:<port>`: serves the login host's paths (`/oauth/…`), the API (`/api/v2/…`)
   * and the notification sockets (`ws://127.0.0.1:<port>/channels/…`).
   */
  url: string;
  control: EmulatorControl;
  close(): Promise<void>;
}

/** Starts a Genesys Cloud emulator on 127.0.0.1, seeded and ready for sign-in. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const state = new EmulatorState({
    ...DEFAULT_CONFIG,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? DEFAULT_CONFIG.tokenLifetimeSeconds,
    rateLimitPerMinute: options.rateLimitPerMinute ?? DEFAULT_CONFIG.rateLimitPerMinute,
  });
  const server = createServer(createRequestListener(state));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the emulator hands out tokens to anyone who asks.
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  state.notifications.attach(server);
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${String(port)}`;
  return {
    url,
    control: new EmulatorControl(url),
    close: async () => {
      // Upgraded sockets are no longer the HTTP server's to close, and their timers would keep the process alive.
      await state.notifications.close();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
