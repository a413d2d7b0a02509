import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../lib/messaging/protocol';
import { lastContentPing } from '../lib/storage';

export default defineContentScript({
  matches: ['<all_urls>'],
  async main() {
    const { version } = await sendMessage('ping');
    await lastContentPing.setValue({ url: location.href, version });
  },
});
