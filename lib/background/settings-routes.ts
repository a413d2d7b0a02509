import { AuthError } from '../auth/authorize';
import { settle } from '../messaging/result';
import { route } from '../messaging/router';
import { currentPreferences } from '../settings/current';
import { PreferencesSchema } from '../settings/preferences-schema';
import { preferences } from '../storage';
import { fromExtensionPages } from './schemas';

/** Saving preferences: only from the options page, and never over what a policy decides. */
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
}
