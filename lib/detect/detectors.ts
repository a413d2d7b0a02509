import type { Detector } from './detector';
import { email } from './detectors/email';
import { phone } from './detectors/phone';
import { twitterHandle } from './detectors/twitter-handle';
import { twitterProfile } from './detectors/twitter-profile';

/**
 * Every detector, in precedence order: where matches overlap, the earlier detector keeps its
 * match. A profile link beats the handle-like text in it ("x.com/@jack"); an email beats the
 * digits or handle in its address ("3172222222@vtext.com").
 */
export const detectors: readonly Detector[] = [twitterProfile, email, phone, twitterHandle];
