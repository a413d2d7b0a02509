import { useEffect, useState } from 'preact/hooks';
import { readableAddress, type Interaction, type MediaType } from '../../lib/conversations/interactions';
import type { ContactSummary } from '../../lib/lookup/contact-summary';
import { sendMessage } from '../../lib/messaging/protocol';
import { formatTime } from './format';

const MEDIA_NAMES: Partial<Record<MediaType, string>> = {
  CALL: 'Call',
  CALLBACK: 'Callback',
  CHAT: 'Chat',
  EMAIL: 'Email',
  MESSAGE: 'Message',
  VIDEO: 'Video',
};

export function describeInteraction(interaction: Interaction): string {
  const media = MEDIA_NAMES[interaction.mediaType] ?? interaction.mediaType.toLowerCase();
  const customerAddress = interaction.customerAddress && readableAddress(interaction.customerAddress);
  const who = interaction.customerName ?? customerAddress ?? 'unknown customer';
  const address = interaction.customerName && customerAddress ? ` (${customerAddress})` : '';
  const started = formatTime(interaction.startedAt);
  return `${media} with ${who}${address}${started ? `, started ${started}` : ''}`;
}

interface Props {
  contact: ContactSummary;
  /** Screen-pop: the conversation that just arrived, chosen in advance. */
  preferredConversationId?: string;
}

type Outcome = { ok: true; text: string } | { ok: false; text: string };

/** Ties the contact to the agent's current conversation: one click with one, a choice with several. */
export function AssociatePanel({ contact, preferredConversationId }: Props) {
  const [interactions, setInteractions] = useState<Interaction[]>();
  const [loadError, setLoadError] = useState<string>();
  const [chosen, setChosen] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  useEffect(() => {
    void sendMessage('conversations.list').then((result) => {
      if (!result.ok) {
        setLoadError(result.error.message);
        return;
      }
      setInteractions(result.value);
      const preferred = result.value.find((i) => i.conversationId === preferredConversationId) ?? result.value[0];
      setChosen(preferred?.communicationId);
    });
  }, [preferredConversationId]);

  const target = interactions?.find((i) => i.communicationId === chosen);
  async function associate() {
    if (!target) return;
    setBusy(true);
    setOutcome(undefined);
    const result = await sendMessage('conversations.associate', {
      interaction: {
        conversationId: target.conversationId,
        communicationId: target.communicationId,
        mediaType: target.mediaType,
      },
      contactId: contact.id,
    });
    setBusy(false);
    setOutcome(
      result.ok
        ? { ok: true, text: `${contact.name} is now associated with the ${describeInteraction(target).toLowerCase()}.` }
        : { ok: false, text: result.error.message },
    );
  }

  const reason =
    loadError ?? (interactions?.length === 0 ? 'You have no active conversation to associate this contact with.' : undefined);
  return (
    <section class="associate" aria-labelledby="associate-heading" data-testid="associate">
      <h3 id="associate-heading">Current conversation</h3>
      {interactions && interactions.length > 1 && (
        <label>
          Conversation
          <select data-testid="conversation-choice" value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
            {interactions.map((i) => (
              <option key={i.communicationId} value={i.communicationId}>
                {describeInteraction(i)}
              </option>
            ))}
          </select>
        </label>
      )}
      {interactions?.length === 1 && target && <p data-testid="conversation-single">{describeInteraction(target)}</p>}
      <button
        type="button"
        class="primary"
        data-testid="associate-button"
        disabled={!target || busy}
        aria-describedby={reason ? 'associate-reason' : undefined}
        onClick={() => void associate()}
      >
        {busy ? 'Associating…' : 'Associate with conversation'}
      </button>
      {interactions === undefined && !loadError && <p class="muted">Checking your conversations…</p>}
      {reason && (
        <p id="associate-reason" class={loadError ? 'error' : 'muted'} data-testid="associate-reason">
          {reason}
        </p>
      )}
      {target?.externalContactId === contact.id && !outcome && <p class="muted">Already associated with this conversation.</p>}
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} class={outcome.ok ? 'ok' : 'error'} data-testid="associate-result">
          {outcome.text}
        </p>
      )}
    </section>
  );
}
