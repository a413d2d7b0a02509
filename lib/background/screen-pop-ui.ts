import { browser } from 'wxt/browser';
import type { PopNotice } from '../screen-pop/screen-pop-service';
import { openPopup } from './open-popup';

const NOTIFICATION_PREFIX = 'screen-pop:';

/** The system notification for an arriving interaction; clicking it brings up the details window. */
export async function showPopNotification(notice: PopNotice): Promise<void> {
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${notice.conversationId}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: notice.title,
    message: notice.message,
  });
}

export function registerNotificationClicks(): void {
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    void openPopup();
    void browser.notifications.clear(id);
  });
}

/** The toolbar badge: how many popped interactions are still going. */
export async function setPopBadge(count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: '#c83a0c' });
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
}
