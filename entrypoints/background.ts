import { defineBackground } from 'wxt/utils/define-background';
import { openOptionsOnInstall } from '../lib/background/first-run';
import { registerPing } from '../lib/background/ping';

// Listeners are registered synchronously so the browser delivers the events that woke us.
export default defineBackground(() => {
  registerPing();
  openOptionsOnInstall();
});
