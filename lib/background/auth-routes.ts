import * as v from 'valibot';
import { AuthError } from '../auth/authorize';
import { route } from '../messaging/router';
import { settle } from '../messaging/result';
import { currentConnection } from '../settings/current';
import { connectionSettings } from '../storage/settings';
import { ConnectionSettingsSchema } from './connection';
import type { BackgroundServices } from './services';

const fromExtensionPages = ['extension-page'] as const;

/** Sign-in, sign-out and connection settings: commands only extension pages may send. */
export function registerAuthRoutes(services: BackgroundServices): void {
  const { auth } = services;
  route('auth.status', { from: fromExtensionPages, schema: v.undefined(), handle: () => auth.status() });
  route('auth.signIn', { from: fromExtensionPages, schema: v.undefined(), handle: () => settle(auth.signIn()) });
  route('auth.signOut', { from: fromExtensionPages, schema: v.undefined(), handle: () => auth.signOut() });
  route('agent.me', {
    from: fromExtensionPages,
    schema: v.undefined(),
    handle: () =>
      settle(
        (async () => {
          const me = await (await services.api()).getMe();
          return { id: me.id ?? '', name: me.name ?? '', ...(me.email && { email: me.email }) };
        })(),
      ),
  });
  route('connection.save', {
    from: fromExtensionPages,
    schema: ConnectionSettingsSchema,
    handle: (next) =>
      settle(
        (async () => {
          const { value: previous, locked } = await currentConnection();
          const overridden = locked.find((key) => next[key] !== previous[key]);
          if (overridden) {
            throw new AuthError(
              'locked',
              `Your administrator sets the ${overridden === 'clientId' ? 'OAuth client ID' : 'region'}; it cannot be changed here.`,
            );
          }
          const changed =
            previous.environmentId !== next.environmentId ||
            previous.clientId !== next.clientId ||
            previous.emulatorUrl !== next.emulatorUrl;
          // A token belongs to one org and client: keeping it after a change would mix them up.
          if (changed && (await auth.status()).state !== 'signed-out') await auth.signOut();
          await connectionSettings.setValue(next);
          return next;
        })(),
      ),
  });
}
