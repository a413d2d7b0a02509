import { describe, expect, it } from 'vitest';
import type { ConversationLike } from '../conversations/interactions';
import { EMPTY_POP_STATE, trackConversation, type PopState } from './pop-tracker';

const AGENT = 'agent-1';
const call = (state: string, direction = 'inbound', id = 'conv-1'): ConversationLike => ({
  id,
  participants: [
    {
      purpose: 'customer',
      address: 'tel:+16175550142',
      calls: [{ id: 'c-cust', state: state === 'alerting' ? 'connected' : state }],
    },
    { purpose: 'agent', userId: AGENT, calls: [{ id: 'c-agent', state, direction }] },
  ],
});

/** Runs events through the tracker and records what it decided. */
function run(events: ConversationLike[], trigger: 'alerting' | 'connected' = 'alerting', start: PopState = EMPTY_POP_STATE) {
  let state = start;
  const log: string[] = [];
  events.forEach((event, i) => {
    const decision = trackConversation(state, event, AGENT, trigger, 1_000 + i);
    state = decision.state;
    if (decision.pop) log.push(`pop ${decision.pop.conversationId} ${decision.pop.state}`);
    if (decision.ended) log.push(`ended ${event.id ?? ''}`);
  });
  return { state, log };
}

describe('trackConversation', () => {
  it('pops an inbound call once when it alerts, however many events repeat it, and notices its end', () => {
    const { state, log } = run([call('alerting'), call('alerting'), call('connected'), call('connected'), call('disconnected')]);
    expect(log).toEqual(['pop conv-1 alerting', 'ended conv-1']);
    expect(state.active).toEqual([]);
    expect(Object.keys(state.popped)).toEqual(['conv-1']);
  });

  it('waits for the agent to answer when set to pop on connect', () => {
    expect(run([call('alerting'), call('connected'), call('connected')], 'connected').log).toEqual(['pop conv-1 connected']);
  });

  it('pops an interaction first seen already connected (the alerting event was missed)', () => {
    expect(run([call('connected')]).log).toEqual(['pop conv-1 connected']);
  });

  it('never pops calls the agent places', () => {
    expect(run([call('alerting', 'outbound'), call('connected', 'outbound')]).log).toEqual([]);
  });

  it('keeps several conversations apart and counts the active ones', () => {
    const { state, log } = run([
      call('alerting', 'inbound', 'a'),
      call('alerting', 'inbound', 'b'),
      call('disconnected', 'inbound', 'a'),
    ]);
    expect(log).toEqual(['pop a alerting', 'pop b alerting', 'ended a']);
    expect(state.active).toEqual(['b']);
  });

  it('does not report the end of a conversation that never popped', () => {
    expect(run([call('disconnected')]).log).toEqual([]);
  });

  it('forgets pops after twelve hours', () => {
    const old: PopState = { popped: { stale: 0 }, active: [] };
    const decision = trackConversation(old, call('alerting'), AGENT, 'alerting', 13 * 60 * 60_000);
    expect(Object.keys(decision.state.popped)).toEqual(['conv-1']);
  });

  it('ignores events without a conversation id', () => {
    expect(trackConversation(EMPTY_POP_STATE, { participants: [] }, AGENT, 'alerting', 0)).toEqual({
      state: EMPTY_POP_STATE,
      ended: false,
    });
  });
});
