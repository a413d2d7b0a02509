import { defineBackground } from 'wxt/utils/define-background';
import { registerAuthRoutes } from '../lib/background/auth-routes';
import { registerContactRoutes } from '../lib/background/contact-routes';
import { registerContextMenu } from '../lib/background/context-menu';
import { registerConversationRoutes } from '../lib/background/conversation-routes';
import { openOptionsOnInstall } from '../lib/background/first-run';
import { registerLookupRoutes } from '../lib/background/lookup-routes';
import { registerNoteRoutes } from '../lib/background/note-routes';
import { registerPageRoutes } from '../lib/background/page-routes';
import { registerPing } from '../lib/background/ping';
import { registerScreenPop } from '../lib/background/screen-pop';
import { createBackgroundServices } from '../lib/background/services';
import { registerSettingsRoutes } from '../lib/background/settings-routes';
import { exposeTestHooks } from '../lib/background/test-hooks';

// Listeners are registered synchronously so the browser delivers the events that woke us.
export default defineBackground(() => {
  const services = createBackgroundServices();
  registerPing();
  registerAuthRoutes(services);
  registerSettingsRoutes();
  registerLookupRoutes(services);
  registerPageRoutes(services);
  registerContactRoutes(services);
  registerNoteRoutes(services);
  registerConversationRoutes(services);
  registerContextMenu();
  registerScreenPop(services);
  openOptionsOnInstall();
  exposeTestHooks();
});
