import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { forbidMarkupSinks } from './build/forbid-markup-sinks';
import { regionHostPermissions } from './lib/genesys/regions';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every dependency visible to readers, tsc and the linter.
  imports: false,
  manifestVersion: 3,
  vite: () => ({ plugins: [preact(), forbidMarkupSinks()] }),
  manifest: ({ browser, mode }) => ({
    name: 'screen-pop for Genesys Cloud',
    short_name: 'screen-pop',
    description:
      'Spot phone numbers, emails and Twitter/X handles on any page and look them up in Genesys Cloud External Contacts.',
    permissions: ['storage', 'identity', 'contextMenus', 'notifications', 'alarms'],
    // Genesys Cloud's sign-in and API hosts only. Emulator builds (demo and tests) add loopback;
    // production builds never do.
    host_permissions: [...regionHostPermissions(), ...(mode === 'emulator' ? ['http://127.0.0.1/*', 'http://localhost/*'] : [])],
    // Firefox's default extension CSP upgrades ws:// to wss://, also for loopback; emulator builds
    // talk to a plain ws:// emulator. Production builds keep the default (Genesys uses wss://).
    ...(browser === 'firefox' && mode === 'emulator'
      ? { content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" } }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'screen-pop@screen-pop.dev',
              // 140 brought the CSS Custom Highlight API that marks detections; 142 (on Android) the
              // data_collection_permissions key below.
              strict_min_version: '142.0',
              // Hovered or selected phone numbers, emails and handles (page text) go to the agent's
              // own Genesys Cloud org; nothing goes anywhere else.
              data_collection_permissions: { required: ['personallyIdentifyingInfo', 'websiteContent'] },
            },
          },
        }
      : {
          // 128 brought document.caretPositionFromPoint, which finds the mark under the pointer.
          minimum_chrome_version: '128',
          // Chrome passes an administrator's 3rdparty policy to storage.managed only with a schema.
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
});
