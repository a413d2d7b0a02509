import cardCss from '../../components/card/card.css?inline';
import '../../components/card/highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startScreenPop } from '../../lib/content/screen-pop';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT would otherwise announce the extension's id to every script of every page.
  noScriptStartedPostMessage: true,
  // highlights.css (only ::highlight rules) goes in the manifest; the card's CSS goes into its
  // shadow root as a string, so no extension file needs to be web-accessible.
  cssInjectionMode: 'manifest',
  main: (ctx) => startScreenPop(ctx, cardCss),
});
