import { AuthError } from '../auth/authorize';
import { settle } from '../messaging/result';
import { route } from '../messaging/router';
import { currentPreferences } from '../settings/current';
import { PreferencesSchema } from '../settings/preferences-schema';
import { preferences, screenPopSettings } from '../storage/settings';
import * as v from 'valibot';
import { fromExtensionPages } from './schemas';

/** Saving settings: only from the options page, and never over what a policy decides. */
export function registerSettingsRoutes(): void {
  route('preferences.save', {
    from: fromExtensionPages,
    schema: PreferencesSchema,
    handle: (next) =>
      settle(
        (async () => {
          const { value: current, locked } = await currentPreferences();
          const overridden = locked.filter((key) => JSON.stringify(next[key]) !== JSON.stringify(current[key]));
          if (overridden.length) {
            throw new AuthError('locked', 'Your administrator decides some of these settings; they cannot be changed here.');
          }
          await preferences.setValue(next);
          return next;
        })(),
      ),
  });
  route('screenPop.save', {
    from: fromExtensionPages,
    schema: v.object({
      enabled: v.boolean(),
      popOn: v.picklist(['alerting', 'connected']),
      notifications: v.boolean(),
      openWindow: v.boolean(),
      autoAssociate: v.boolean(),
    }),
    handle: (next) =>
      settle(
        (async () => {
          await screenPopSettings.setValue(next);
          return next;
        })(),
      ),
  });
}
