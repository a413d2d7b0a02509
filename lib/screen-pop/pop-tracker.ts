import { agentInteractions, type ConversationLike, type Interaction } from '../conversations/interactions';

/** When to pop: as soon as the interaction alerts, or only once the agent answers. */
export type PopTrigger = 'alerting' | 'connected';

/** Which conversations popped already, and which of those are still going (the badge count). */
export interface PopState {
  /** conversationId → epoch ms it popped. */
  popped: Record<string, number>;
  /** Popped conversations that have not ended. */
  active: string[];
}

export const EMPTY_POP_STATE: PopState = { popped: {}, active: [] };

export interface PopDecision {
  state: PopState;
  /** The interaction to pop, the first time one qualifies. */
  pop?: Interaction;
  /** The conversation ended for the agent: its badge goes. */
  ended: boolean;
}

/** Pops are remembered this long, however many events repeat them. */
const REMEMBER_MS = 12 * 60 * 60_000;

function qualifies(interaction: Interaction, trigger: PopTrigger): boolean {
  // Calls the agent places are not arriving interactions.
  if (interaction.direction === 'outbound') return false;
  // An interaction already connected when we first hear of it (the event for alerting was missed)
  // still pops under the alerting trigger.
  return trigger === 'connected'
    ? interaction.state === 'connected'
    : interaction.state === 'alerting' || interaction.state === 'connected';
}

/**
 * Folds one conversation event into the pop state: Genesys Cloud sends the whole conversation
 * again on every participant change, so the same interaction pops exactly once, and its end is
 * noticed whatever event carries it.
 */
export function trackConversation(
  state: PopState,
  conversation: ConversationLike,
  agentId: string,
  trigger: PopTrigger,
  now: number,
): PopDecision {
  const conversationId = conversation.id;
  if (!conversationId) return { state, ended: false };
  const popped = Object.fromEntries(Object.entries(state.popped).filter(([, at]) => now - at < REMEMBER_MS));
  const live = agentInteractions(conversation, agentId);
  if (live.length === 0) {
    const ended = state.active.includes(conversationId);
    return { state: { popped, active: state.active.filter((id) => id !== conversationId) }, ended };
  }
  const candidate = live.find((interaction) => qualifies(interaction, trigger));
  if (!candidate || conversationId in popped) return { state: { ...state, popped }, ended: false };
  return {
    state: { popped: { ...popped, [conversationId]: now }, active: [...state.active, conversationId] },
    pop: candidate,
    ended: false,
  };
}
