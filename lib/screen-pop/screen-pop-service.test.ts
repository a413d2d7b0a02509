import { describe, expect, it } from 'vitest';
import type { ConversationLike } from '../conversations/interactions';
import type { ContactSummary } from '../lookup/contact-summary';
import type { LookupOutcome } from '../lookup/lookup-types';
import { EMPTY_POP_STATE, type PopState } from './pop-tracker';
import { createScreenPop, DEFAULT_SCREEN_POP, type ScreenPopSettings } from './screen-pop-service';

const AGENT = 'agent-1';
const dana: ContactSummary = {
  id: 'c-dana',
  name: 'Dana Whitfield',
  organization: { id: 'o-1', name: 'Northwind Health Partners', websites: [] },
  phones: [],
  emails: [],
  social: [],
};

const call = (state: string, address = 'tel:+16175550142'): ConversationLike => ({
  id: 'conv-1',
  participants: [
    { purpose: 'customer', address },
    { purpose: 'agent', userId: AGENT, calls: [{ id: 'comm-1', state, direction: 'inbound' }] },
  ],
});

function setup(outcome: LookupOutcome, settings: Partial<ScreenPopSettings> = {}) {
  let state: PopState = EMPTY_POP_STATE;
  const log: string[] = [];
  const service = createScreenPop({
    settings: () => Promise.resolve({ ...DEFAULT_SCREEN_POP, ...settings }),
    agentId: () => Promise.resolve(AGENT),
    defaultCountry: () => Promise.resolve('US'),
    lookup: (query) => {
      log.push(`lookup ${query.kind} ${query.value}`);
      return Promise.resolve(outcome);
    },
    state: {
      get: () => Promise.resolve(state),
      set: (next) => {
        state = next;
        return Promise.resolve();
      },
    },
    associate: (interaction, contactId) => {
      log.push(`associate ${interaction.conversationId} ${interaction.communicationId} ${contactId}`);
      return Promise.resolve();
    },
    notify: (notice) => {
      log.push(`notify "${notice.title}" "${notice.message}"`);
      return Promise.resolve();
    },
    setBadge: (count) => {
      log.push(`badge ${String(count)}`);
      return Promise.resolve();
    },
    focus: (focus) => {
      log.push(`focus ${focus.query.value} ${focus.conversationId ?? ''} ${focus.contactId ?? '-'}`);
      return Promise.resolve();
    },
    openWindow: () => {
      log.push('window');
      return Promise.resolve();
    },
    now: () => 0,
  });
  return { service, log };
}

describe('screen-pop service', () => {
  it('pops a known caller once: lookup, notification, badge, details window aimed at the conversation', async () => {
    const { service, log } = setup({ status: 'match', contacts: [dana] });
    for (const state of ['alerting', 'alerting', 'connected', 'disconnected']) await service.handle(call(state));
    expect(log).toEqual([
      'badge 1',
      'lookup phone +16175550142',
      'notify "Call from Dana Whitfield" "Northwind Health Partners · +16175550142"',
      'focus +16175550142 conv-1 c-dana',
      'window',
      'badge 0',
    ]);
  });

  it('says "unknown caller" with the number when nothing matches', async () => {
    const { service, log } = setup({ status: 'no-match' });
    await service.handle(call('alerting'));
    expect(log).toContain('notify "Call from an unknown caller" "+16175550142"');
    expect(log).toContain('focus +16175550142 conv-1 -');
  });

  it('associates automatically only when switched on and exactly one contact matches', async () => {
    const on = setup({ status: 'match', contacts: [dana] }, { autoAssociate: true });
    await on.service.handle(call('alerting'));
    expect(on.log).toContain('associate conv-1 comm-1 c-dana');

    const several = setup({ status: 'match', contacts: [dana, { ...dana, id: 'c-2', name: 'Other' }] }, { autoAssociate: true });
    await several.service.handle(call('alerting'));
    expect(several.log.some((l) => l.startsWith('associate'))).toBe(false);
    expect(several.log).toContain('notify "Call from one of 2 contacts" "+16175550142: Dana Whitfield, Other"');
  });

  it('respects the settings: no notification, no window, or nothing at all', async () => {
    const quiet = setup({ status: 'match', contacts: [dana] }, { notifications: false, openWindow: false });
    await quiet.service.handle(call('alerting'));
    expect(quiet.log.filter((l) => l.startsWith('notify') || l === 'window')).toEqual([]);
    expect(quiet.log).toContain('focus +16175550142 conv-1 c-dana');

    const off = setup({ status: 'match', contacts: [dana] }, { enabled: false });
    await off.service.handle(call('alerting'));
    expect(off.log).toEqual([]);
  });

  it('notifies about a caller without an address it can look up, and stops there', async () => {
    const { service, log } = setup({ status: 'no-match' });
    await service.handle(call('alerting', 'Anonymous'));
    expect(log).toEqual(['badge 1', 'notify "Call from an unknown caller" "Anonymous"']);
  });
});
