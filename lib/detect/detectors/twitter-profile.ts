import type { Detector } from '../detector';
import type { Detection } from '../types';

const MENTIONS_HOST = /(?:twitter|x)\.com\//i;
const PROFILE_LINK = /(?:https?:\/\/)?(?:(?:www|mobile)\.)?(?:twitter|x)\.com\/@?([A-Za-z0-9_]{1,15})/gi;
// A host name or path goes on before the match: "netflix.com/…", "https://example.org/x.com/…".
const NOT_BEFORE = /[\p{L}\p{N}_.@/-]/u;
const HANDLE_CHAR = /[A-Za-z0-9_]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// First path segments that are Twitter/X pages rather than accounts (the service does not let
// anyone register them as screen names).
const RESERVED = new Set([
  'home',
  'search',
  'explore',
  'notifications',
  'messages',
  'settings',
  'i',
  'intent',
  'share',
  'hashtag',
  'login',
  'logout',
  'signup',
  'signin',
  'tos',
  'privacy',
  'about',
  'account',
  'compose',
  'download',
  'help',
  'jobs',
  'lists',
  'topics',
  'communities',
  'bookmarks',
  'premium',
  'verified',
  'who_to_follow',
  'following',
  'followers',
  'oauth',
  'api',
  'rules',
  'safety',
  'status',
  'statuses',
  'tweet',
  'en',
  'web',
]);

/** Profile links "twitter.com/jack" and "x.com/jack", with or without scheme, "www." or "mobile.". */
export const twitterProfile: Detector = {
  name: 'twitter-profile',
  kind: 'twitter',
  matchesInUrls: true,
  find(text) {
    if (!MENTIONS_HOST.test(text)) return [];
    const found: Detection[] = [];
    for (const match of text.matchAll(PROFILE_LINK)) {
      const name = match[1] ?? '';
      const start = match.index;
      const end = start + match[0].length;
      if (NOT_BEFORE.test(text.charAt(start - 1)) || !endsProfilePath(text, end)) continue;
      if (!RESERVED.has(name.toLowerCase())) found.push({ kind: 'twitter', start, end, value: name });
    }
    return found;
  },
};

/** The name must end the path: "x.com/jack/status/1" links a post, "x.com/jack.html" a file. */
function endsProfilePath(text: string, end: number): boolean {
  const after = text.charAt(end);
  if (HANDLE_CHAR.test(after)) return false;
  return !((after === '/' || after === '.') && LETTER_OR_DIGIT.test(text.charAt(end + 1)));
}
