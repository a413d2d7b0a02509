import { describe, expect, it } from 'vitest';
import { agentInteractions, customerQuery, readableAddress, type ConversationLike, type Interaction } from './interactions';

const AGENT = 'agent-1';

const call: ConversationLike = {
  id: 'conv-1',
  startTime: '2026-11-23T10:00:00Z',
  participants: [
    {
      id: 'p-cust',
      purpose: 'customer',
      address: 'tel:+16175550142',
      name: 'Dana Whitfield',
      calls: [{ id: 'comm-cust', state: 'connected' }],
    },
    { id: 'p-acd', purpose: 'acd', calls: [{ id: 'comm-acd', state: 'disconnected' }] },
    {
      id: 'p-agent',
      purpose: 'agent',
      userId: AGENT,
      calls: [{ id: 'comm-agent', state: 'alerting', direction: 'inbound', startAlertingTime: '2026-11-23T10:00:05Z' }],
    },
  ],
};

describe('agentInteractions', () => {
  it("finds the agent's live call with the customer's address", () => {
    expect(agentInteractions(call, AGENT)).toEqual([
      {
        conversationId: 'conv-1',
        communicationId: 'comm-agent',
        mediaType: 'CALL',
        state: 'alerting',
        direction: 'inbound',
        customerAddress: 'tel:+16175550142',
        customerName: 'Dana Whitfield',
        startedAt: '2026-11-23T10:00:05Z',
      },
    ]);
  });

  it('ignores media that ended, other users, and conversations without an id', () => {
    const ended: ConversationLike = {
      ...call,
      participants: call.participants?.map((p) =>
        p.userId ? { ...p, calls: [{ id: 'comm-agent', state: 'disconnected' }] } : p,
      ),
    };
    expect(agentInteractions(ended, AGENT)).toEqual([]);
    expect(agentInteractions(call, 'someone-else')).toEqual([]);
    expect(agentInteractions({ ...call, id: undefined }, AGENT)).toEqual([]);
  });

  it('names each media type as the association model does', () => {
    const conversation: ConversationLike = {
      id: 'conv-2',
      participants: [
        { purpose: 'customer', address: 'ada@example.com', externalContactId: 'c-ada' },
        {
          userId: AGENT,
          emails: [{ id: 'e1', state: 'connected' }],
          messages: [{ id: 'm1', state: 'alerting', type: 'whatsapp', fromAddress: { addressNormalized: '5511987654321' } }],
          callbacks: [{ id: 'cb1', state: 'scheduled' }],
        },
      ],
    };
    expect(agentInteractions(conversation, AGENT).map((i) => [i.mediaType, i.communicationId, i.externalContactId])).toEqual([
      ['CALLBACK', 'cb1', 'c-ada'],
      ['EMAIL', 'e1', 'c-ada'],
      ['MESSAGE', 'm1', 'c-ada'],
    ]);
  });

  it('falls back to the media item for the address when the customer has none', () => {
    const conversation: ConversationLike = {
      id: 'conv-3',
      participants: [
        { userId: AGENT, calls: [{ id: 'c1', state: 'connected', other: { addressNormalized: 'tel:+442079460958' } }] },
      ],
    };
    expect(agentInteractions(conversation, AGENT)[0]?.customerAddress).toBe('tel:+442079460958');
  });
});

const interaction = (customerAddress: string, messageType?: string): Interaction => ({
  conversationId: 'c',
  communicationId: 'm',
  mediaType: messageType ? 'MESSAGE' : 'CALL',
  state: 'alerting',
  customerAddress,
  ...(messageType && { messageType }),
});

describe('readableAddress', () => {
  it.each([
    ['tel:+16175550142', '+16175550142'],
    ['TEL:+16175550142', '+16175550142'],
    ['sip:+16175550142@example.pure.cloud', '+16175550142@example.pure.cloud'],
    ['mailto:ana@example.com', 'ana@example.com'],
    ['ana@example.com', 'ana@example.com'],
    ['+16175550142', '+16175550142'],
  ])('reads %s as %s', (address, readable) => {
    expect(readableAddress(address)).toBe(readable);
  });
});

describe('customerQuery', () => {
  it.each([
    ['tel:+16175550142', undefined, { kind: 'phone', value: '+16175550142' }],
    ['+16175550142', undefined, { kind: 'phone', value: '+16175550142' }],
    ['sip:+16175550142@carrier.example.com', undefined, { kind: 'phone', value: '+16175550142' }],
    ['(617) 555-0142', undefined, { kind: 'phone', value: '+16175550142' }],
    ['5511987654321', 'whatsapp', { kind: 'phone', value: '+5511987654321' }],
    ['mailto:dana.w@mailbox.example', undefined, { kind: 'email', value: 'dana.w@mailbox.example' }],
    ['Dana.W@Mailbox.example', undefined, { kind: 'email', value: 'Dana.W@mailbox.example' }],
    ['@DanaWhitfield', 'twitter', { kind: 'twitter', value: 'DanaWhitfield' }],
    ['oliver_ships', 'twitter', { kind: 'twitter', value: 'oliver_ships' }],
    ['Anonymous', undefined, undefined],
    ['', undefined, undefined],
  ])('looks up %j (%s) as %j', (address, messageType, expected) => {
    expect(customerQuery(interaction(address, messageType), 'US')).toEqual(expected);
  });
});
