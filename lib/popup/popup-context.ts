import type { AuthStatus } from '../auth/session';
import type { PageMark } from '../messaging/protocol';
import type { PopupFocus } from '../storage/session';

/** The page the popup is about: the tab the agent was looking at. */
export interface PageContext {
  tabId: number;
  /** The site rule "Pause on this site" would add; undefined for pages screen-pop never runs on. */
  site?: string;
  paused: boolean;
  /** An administrator's policy decides the site rules; the agent cannot change them. */
  lockedByPolicy: boolean;
  marks: PageMark[];
}

export interface PopupContext {
  status: AuthStatus;
  focus?: PopupFocus;
  page?: PageContext;
}
