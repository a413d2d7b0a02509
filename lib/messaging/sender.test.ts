import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { classifySender } from './sender';

const id = 'abcdefghijklmnop';
const origin = `chrome-extension://${id}/`;
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };

describe('classifySender', () => {
  it.each<[string, Runtime.MessageSender, ReturnType<typeof classifySender>]>([
    ['the popup', { id, url: `${origin}popup.html` }, 'extension-page'],
    ['the options page in a tab', { id, url: `${origin}options.html`, tab }, 'extension-page'],
    ['a content script', { id, url: 'https://crm.example.com/a', tab }, 'content-script'],
    ['a content script in a frame', { id, url: 'https://x.example/f', tab, frameId: 3 }, 'content-script'],
    ['another extension', { id: 'other', url: `${origin}popup.html` }, undefined],
    ['a sender without url', { id, tab }, undefined],
    ['a web page without tab', { id, url: 'https://evil.example/' }, undefined],
    ['a tab-less sender with an unparsable url', { id, url: 'not a url' }, undefined],
    ['a look-alike origin', { id, url: `chrome-extension://${id}.evil/popup.html`, tab }, 'content-script'],
  ])('classifies %s', (_name, sender, expected) => {
    expect(classifySender(sender, id, origin)).toBe(expected);
  });
});
