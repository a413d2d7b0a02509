import { LabeledText } from '../labeled-text';
import type { Locale } from '../locales';
import { atSignLookalikes, numericLookalikes } from '../lookalikes';
import { addEmail, addHandle, addPhone, person } from '../people';
import type { Random } from '../random';
import { prose, someLookalike } from './pieces';

/** A news article: byline, long prose with years, percentages and figures, and a press contact at the end. */
export function newsPost(random: Random, locale: Locale): LabeledText {
  const author = person(random, locale);
  const text = new LabeledText().line(`${author.company}: ${prose(random, locale, 1)}`);
  text.add(locale.date(random), ' · ', author.name);
  if (random.chance(0.4)) addHandle(text.add(' ('), random, author).add(')');
  text.line();
  for (let paragraph = random.int(3, 7); paragraph > 0; paragraph--) {
    text.line(prose(random, locale, random.int(2, 5)), ' ', someLookalike(random, numericLookalikes), '.');
  }
  text.line(
    `${numericLookalikes.yearRange(random)}: ${numericLookalikes.percentage(random)}, ${numericLookalikes.bigCount(random)}.`,
  );
  if (random.chance(0.5)) {
    const press = person(random, locale);
    addEmail(text.add('Press: '), random, press);
    if (random.chance(0.5)) addPhone(text.add(', '), random, locale, 'international');
    text.line('.');
  }
  return text;
}

/** A support forum thread: usernames, mentions, pasted versions and IPs, the odd "call me" with a number. */
export function forumPost(random: Random, locale: Locale): LabeledText {
  const text = new LabeledText();
  for (let reply = random.int(2, 5); reply > 0; reply--) {
    const poster = person(random, locale);
    text.line(`${poster.handle} · ${locale.date(random)} ${numericLookalikes.time(random)}`);
    if (random.chance(0.5)) addHandle(text, random, person(random, locale)).add(' ');
    text.line(prose(random, locale, random.int(1, 3)));
    text.line(someLookalike(random, numericLookalikes), ' / ', someLookalike(random, atSignLookalikes));
    if (random.chance(0.2)) addPhone(text.add(random.pick(['Call me at ', 'My number: ', 'ring '])), random, locale).line('.');
    if (random.chance(0.2))
      addEmail(text.add(random.pick(['mail me at ', 'Email: ', 'write to '])), random, poster).line(random.pick(['.', '!', '']));
  }
  return text;
}

/** A product changelog: versions, dates, issue numbers, package scopes, and contributors thanked by handle. */
export function changelog(random: Random, locale: Locale): LabeledText {
  const text = new LabeledText();
  for (let release = random.int(2, 5); release > 0; release--) {
    text.line(`## ${numericLookalikes.version(random)} (${locale.date(random)})`);
    text.line(`- Fixed a crash on ${numericLookalikes.resolution(random)} screens (#${String(random.int(100, 9999))})`);
    text.line(`- Bumped ${atSignLookalikes.npmScope(random)} and build ${numericLookalikes.windowsBuild(random)}`);
    if (random.chance(0.5)) addHandle(text.add('- Thanks '), random, person(random, locale)).line(' for the report');
    if (random.chance(0.3))
      text.line(`- Default server ${numericLookalikes.ipAddress(random)}, admin ${atSignLookalikes.localUser(random)}`);
  }
  if (random.chance(0.5)) addEmail(text.add('Security reports: '), random, person(random, locale)).line();
  return text;
}
