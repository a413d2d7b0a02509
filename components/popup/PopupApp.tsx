import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LookupQuery } from '../../lib/lookup/lookup-types';
import { sendMessage } from '../../lib/messaging/protocol';
import type { PopupContext } from '../../lib/popup/popup-context';
import { currentPreferences } from '../../lib/settings/current';
import { popupFocus } from '../../lib/storage/session';
import { LookupBar } from './LookupBar';
import { SignedOut } from './SignedOut';
import { SiteToggle } from './SiteToggle';
import { Subject, type SubjectProps } from './Subject';

type Topic = Omit<SubjectProps, 'onSignedOut'>;

/** The topic the popup opens on: the contact last asked about from a page, or screen-pop's caller. */
function topicFrom(context: PopupContext): Topic | undefined {
  const focus = context.focus;
  if (!focus) return undefined;
  const label = focus.query.kind === 'twitter' ? `@${focus.query.value}` : focus.query.value;
  return {
    query: focus.query,
    label,
    mode: focus.mode,
    ...(focus.contactId && { contactId: focus.contactId }),
    ...(focus.conversationId && { conversationId: focus.conversationId }),
  };
}

export function PopupApp() {
  const [context, setContext] = useState<PopupContext>();
  const [topic, setTopic] = useState<Topic>();
  const [defaultCountry, setDefaultCountry] = useState('US');

  const load = () =>
    void sendMessage('popup.context').then((next) => {
      setContext(next);
      setTopic((current) => current ?? topicFrom(next));
    });
  useEffect(() => {
    load();
    void currentPreferences().then(({ value }) => setDefaultCountry(value.defaultCountry));
    // A details window stays open: a card's "Open details" or a screen-pop moves it to the new contact.
    return popupFocus.watch((focus) => {
      if (!focus || focus.quiet === true) return;
      void sendMessage('popup.context').then((next) => {
        setContext(next);
        setTopic(topicFrom(next));
      });
    });
  }, []);

  if (!context) return <p class="muted">Loading…</p>;
  const { status, page } = context;
  return (
    <main data-testid="popup">
      <header class="popup-header">
        <h1>screen-pop</h1>
        {status.agent && status.state === 'signed-in' && (
          <span class="muted" data-testid="popup-agent">
            {status.agent.name}
          </span>
        )}
        <button type="button" class="small" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      {status.state !== 'signed-in' ? (
        <SignedOut expired={status.state === 'expired'} onSignedIn={load} />
      ) : (
        <>
          <LookupBar
            marks={page?.marks ?? []}
            defaultCountry={defaultCountry}
            onLookup={(query: LookupQuery, label: string) => setTopic({ query, label, mode: 'details' })}
          />
          {page && <SiteToggle page={page} />}
          {topic ? (
            <Subject key={`${topic.query.kind}:${topic.query.value}`} {...topic} onSignedOut={load} />
          ) : (
            <p class="muted" data-testid="popup-empty">
              Hover a number, email or handle on a page, or type one above.
            </p>
          )}
        </>
      )}
    </main>
  );
}
