import { EMULATOR_BUILD } from '../build-flags';
import { lookUpFromMenu } from './context-menu';

/**
 * Browser automation cannot click a native context-menu item, so emulator builds (never
 * production ones) let the real-browser tests call the menu's click handler directly.
 */
export function exposeTestHooks(): void {
  if (!EMULATOR_BUILD) return;
  Object.assign(globalThis, { screenPopTestHooks: { contextMenuClick: lookUpFromMenu } });
}
