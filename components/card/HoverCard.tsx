import { useEffect, useRef } from 'preact/hooks';
import type { DetectionKind } from '../../lib/detect';
import type { ContactSummary } from '../../lib/lookup/contact-summary';
import type { LookupOutcome } from '../../lib/lookup/lookup-types';

/** `unrecognized`: the agent asked about a selection with nothing to look up in it. */
export type CardState = { status: 'loading' } | { status: 'unrecognized' } | LookupOutcome;

export interface CardActions {
  openDetails: (contactId?: string) => void;
  copy: () => void;
  create: () => void;
  signIn: () => void;
  retry: () => void;
  close: () => void;
}

interface Props {
  /** The text as the page shows it. */
  label: string;
  kind: DetectionKind | undefined;
  state: CardState;
  actions: CardActions;
  /** Opened from the keyboard: focus moves into the card. */
  takeFocus: boolean;
  copied: boolean;
}

const kindName = (kind: DetectionKind | undefined) =>
  kind === 'phone' ? 'number' : kind === 'email' ? 'email address' : kind === 'twitter' ? 'handle' : 'value';

function ContactDetails({ contact }: { contact: ContactSummary }) {
  const lines = [...contact.phones, ...contact.emails, ...contact.social];
  return (
    <div class="contact">
      <p class="name" data-testid="card-name">
        {contact.name}
      </p>
      {(contact.title ?? contact.organization) && (
        <p class="role" data-testid="card-role">
          {[contact.title, contact.organization?.name].filter(Boolean).join(' · ')}
        </p>
      )}
      {lines.length > 0 && (
        <dl>
          {lines.map((line) => (
            <div class="line" key={`${line.label}:${line.value}`}>
              <dt>{line.label}</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

function Body({ state, kind, actions }: Pick<Props, 'state' | 'kind' | 'actions'>) {
  switch (state.status) {
    case 'loading':
      return (
        <p class="muted" role="status">
          Looking up in Genesys Cloud…
        </p>
      );
    case 'match': {
      const [only] = state.contacts;
      if (state.contacts.length === 1 && only) return <ContactDetails contact={only} />;
      return (
        <div>
          <p role="status">
            {state.contacts.length} contacts match this {kindName(kind)}:
          </p>
          <ul class="choices">
            {state.contacts.map((contact) => (
              <li key={contact.id}>
                <button type="button" class="link" onClick={() => actions.openDetails(contact.id)}>
                  {contact.name}
                  {contact.organization && <span class="muted"> · {contact.organization.name}</span>}
                </button>
              </li>
            ))}
          </ul>
        </div>
      );
    }
    case 'no-match':
      return (
        <p role="status" data-testid="card-no-match">
          No contact in Genesys Cloud has this {kindName(kind)}.
        </p>
      );
    case 'signed-out':
      return <p role="status">Sign in to Genesys Cloud to see who this is.</p>;
    case 'unrecognized':
      return (
        <p role="status" data-testid="card-unrecognized">
          There is no phone number, email address or Twitter/X handle in the selection to look up.
        </p>
      );
    case 'error':
      return (
        <p role="alert" class="error" data-testid="card-error">
          {state.error.message}
        </p>
      );
  }
}

function Actions({ state, actions, copied }: Pick<Props, 'state' | 'actions' | 'copied'>) {
  const copy = (
    <button type="button" onClick={actions.copy}>
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
  switch (state.status) {
    case 'unrecognized':
      return null;
    case 'loading':
      return copy;
    case 'match':
      return (
        <>
          {state.contacts.length === 1 && (
            <button type="button" class="primary" onClick={() => actions.openDetails(state.contacts[0]?.id)}>
              Open details
            </button>
          )}
          {copy}
        </>
      );
    case 'no-match':
      return (
        <>
          <button type="button" class="primary" onClick={actions.create}>
            Create contact
          </button>
          {copy}
        </>
      );
    case 'signed-out':
      return (
        <button type="button" class="primary" onClick={actions.signIn}>
          Sign in
        </button>
      );
    case 'error':
      return (
        <>
          <button type="button" class="primary" onClick={actions.retry}>
            Try again
          </button>
          {copy}
        </>
      );
  }
}

/** The inline card next to a mark: who the number, address or handle belongs to. */
export function HoverCard({ label, kind, state, actions, takeFocus, copied }: Props) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) root.current?.querySelector<HTMLElement>('button, [tabindex]')?.focus();
  }, [takeFocus, state.status]);

  return (
    <div
      ref={root}
      class="card"
      role="dialog"
      aria-label={`screen-pop: ${label}`}
      data-testid="hover-card"
      data-status={state.status}
      onKeyDown={(event) => {
        if (event.key === 'Escape') actions.close();
      }}
    >
      <header>
        <span class="value" data-testid="card-value">
          {label}
        </span>
        <button type="button" class="close" aria-label="Close" onClick={actions.close}>
          ×
        </button>
      </header>
      <Body state={state} kind={kind} actions={actions} />
      <footer>
        <Actions state={state} actions={actions} copied={copied} />
      </footer>
    </div>
  );
}
