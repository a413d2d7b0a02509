/**
 * Digit-free page text: what most of a long page is (articles, threads, documentation). Mixed
 * with the contact-heavy corpus it makes a page as dense in numbers as real pages are, where the
 * corpus alone has digits in nine lines out of ten.
 */
import type { LabeledDocument } from '../../lib/detect/corpus/labeled-text';
import type { Random } from '../../lib/detect/corpus/random';

const WORDS = (
  'the a of and to in is was for on that with as by it at from this be are have or an which their not one were all ' +
  'customer account service support team order delivery update release page report project meeting question answer ' +
  'please thanks regards hello issue request change review policy billing payment product feature store shipping ' +
  'week month today yesterday tomorrow morning afternoon evening office manager agent call email message note ' +
  'follow about after before during within between across under over through against without around because ' +
  'while where when how what who why we you they our your new old next last first other more most some any each ' +
  'open closed pending resolved escalated assigned waiting urgent normal low high team group department region'
).split(' ');

function sentence(random: Random): string {
  const words = Array.from({ length: random.int(6, 18) }, () => WORDS[random.int(0, WORDS.length - 1)] ?? 'the');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A document of paragraphs, short list lines and a few table rows, with no contacts and no digits. */
export function proseDocument(random: Random): LabeledDocument {
  const lines = Array.from({ length: random.int(3, 9) }, () => {
    const shape = random.int(0, 9);
    if (shape < 6) return Array.from({ length: random.int(1, 4) }, () => sentence(random)).join(' ');
    if (shape < 9) return sentence(random).split(' ').slice(0, 4).join(' ');
    return Array.from({ length: 3 }, () => sentence(random).split(' ').slice(0, 3).join(' ')).join('\t');
  });
  return { template: 'prose', country: 'US', text: lines.join('\n'), labels: [] };
}
