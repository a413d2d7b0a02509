import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EMULATOR_BUILD } from '../../lib/build-flags';
import { LOCAL_ENVIRONMENT_ID, REGIONS } from '../../lib/genesys/regions';
import { sendMessage } from '../../lib/messaging/protocol';
import { currentConnection } from '../../lib/settings/current';
import type { ConnectionKey } from '../../lib/settings/effective';
import type { ConnectionSettings } from '../../lib/storage/settings';

const ENVIRONMENTS = [
  ...(EMULATOR_BUILD ? [{ id: LOCAL_ENVIRONMENT_ID, label: 'Local emulator' }] : []),
  ...REGIONS.map(({ id, label, domain }) => ({ id, label: `${label} · ${domain}` })),
];

interface Props {
  /** Saving a different region or client signs the agent out. */
  onSaved: () => void;
}

/** Region, OAuth client and the redirect URI the administrator registers for it. */
export function ConnectionSection({ onSaved }: Props) {
  const [form, setForm] = useState<ConnectionSettings>();
  const [locked, setLocked] = useState<ConnectionKey[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const redirectUri = browser.identity.getRedirectURL();

  useEffect(() => {
    void currentConnection().then(({ value, locked: byPolicy }) => {
      setForm(value);
      setLocked(byPolicy);
    });
  }, []);
  if (!form) return null;

  const update = (patch: Partial<ConnectionSettings>) => {
    setForm({ ...form, ...patch });
    setMessage(undefined);
  };
  async function save(event: Event) {
    event.preventDefault();
    if (!form) return;
    const result = await sendMessage('connection.save', form);
    setMessage(result.ok ? { ok: true, text: 'Saved.' } : { ok: false, text: result.error.message });
    if (result.ok) onSaved();
  }

  return (
    <section aria-labelledby="connection-heading">
      <h2 id="connection-heading">Connection</h2>
      <form onSubmit={(e) => void save(e)}>
        <label>
          Region
          <select
            name="environmentId"
            disabled={locked.includes('environmentId')}
            value={form.environmentId}
            onChange={(e) => update({ environmentId: e.currentTarget.value as ConnectionSettings['environmentId'] })}
          >
            {ENVIRONMENTS.map((env) => (
              <option key={env.id} value={env.id}>
                {env.label}
              </option>
            ))}
          </select>
          {locked.includes('environmentId') && <span class="hint">Set by your administrator.</span>}
        </label>
        {form.environmentId === LOCAL_ENVIRONMENT_ID && (
          <label>
            Emulator address
            <input
              type="url"
              name="emulatorUrl"
              value={form.emulatorUrl}
              onInput={(e) => update({ emulatorUrl: e.currentTarget.value })}
            />
          </label>
        )}
        <label>
          OAuth client ID
          <span class="hint">
            From your Genesys Cloud administrator: an OAuth client with the grant type “Code Authorization” and PKCE, with the
            redirect URI below.
          </span>
          <input
            type="text"
            name="clientId"
            autocomplete="off"
            spellcheck={false}
            disabled={locked.includes('clientId')}
            value={form.clientId}
            onInput={(e) => update({ clientId: e.currentTarget.value })}
          />
          {locked.includes('clientId') && <span class="hint">Set by your administrator.</span>}
        </label>
        <label>
          Redirect URI to register
          <input type="text" readOnly value={redirectUri} data-testid="redirect-uri" />
        </label>
        <div class="row">
          <button type="submit" class="primary" data-testid="save-connection">
            Save
          </button>
          <button type="button" onClick={() => void navigator.clipboard.writeText(redirectUri)}>
            Copy redirect URI
          </button>
        </div>
        {message && (
          <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'} data-testid="connection-message">
            {message.text}
          </p>
        )}
      </form>
    </section>
  );
}
