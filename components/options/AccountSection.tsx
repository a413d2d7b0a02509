import { useEffect, useState } from 'preact/hooks';
import type { Agent, AuthStatus } from '../../lib/auth/session';
import { sendMessage } from '../../lib/messaging/protocol';

interface Props {
  status: AuthStatus | undefined;
  onStatus: (status: AuthStatus) => void;
}

/** Sign in and out, and who Genesys Cloud says is signed in. */
export function AccountSection({ status, onStatus }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [me, setMe] = useState<Agent>();

  useEffect(() => {
    if (status?.state !== 'signed-in') {
      setMe(undefined);
      return;
    }
    void sendMessage('agent.me').then((result) => {
      if (result.ok) setMe(result.value);
      else setError(result.error.message);
    });
  }, [status]);

  async function run(action: () => Promise<AuthStatus | undefined>) {
    setBusy(true);
    setError(undefined);
    try {
      const next = await action();
      if (next) onStatus(next);
    } finally {
      setBusy(false);
    }
  }

  const signIn = () =>
    run(async () => {
      const result = await sendMessage('auth.signIn');
      if (result.ok) return result.value;
      setError(result.error.message);
      return undefined;
    });
  const signOut = () => run(() => sendMessage('auth.signOut'));

  const agent = me ?? status?.agent;
  return (
    <section aria-labelledby="account-heading">
      <h2 id="account-heading">Genesys Cloud account</h2>
      {status === undefined && <p class="muted">Checking…</p>}
      {status?.state === 'signed-in' && agent && (
        <p data-testid="signed-in-agent">
          Signed in as <strong>{agent.name}</strong>
          {agent.email && <span class="muted"> ({agent.email})</span>}
          {status.environmentLabel && <span class="muted"> · {status.environmentLabel}</span>}
        </p>
      )}
      {status?.state === 'expired' && <p>Your Genesys Cloud session has ended. Sign in again to continue.</p>}
      {status?.state === 'signed-out' && <p data-testid="signed-out">You are not signed in to Genesys Cloud.</p>}
      <div class="row">
        {status && status.state !== 'signed-in' && (
          <button type="button" class="primary" data-testid="sign-in" disabled={busy} onClick={() => void signIn()}>
            {busy ? 'Signing in…' : 'Sign in to Genesys Cloud'}
          </button>
        )}
        {status?.state === 'signed-in' && (
          <button type="button" data-testid="sign-out" disabled={busy} onClick={() => void signOut()}>
            Sign out
          </button>
        )}
      </div>
      {error && (
        <p role="alert" class="error" data-testid="account-error">
          {error}
        </p>
      )}
    </section>
  );
}
