import { useState } from 'preact/hooks';
import type { AuthStatus } from '../../lib/auth/session';
import { sendMessage } from '../../lib/messaging/protocol';

/** Signed out: a sign-in button, nothing else. */
export function SignedOut({ expired, onSignedIn }: { expired: boolean; onSignedIn: (status: AuthStatus) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  async function signIn() {
    setBusy(true);
    setError(undefined);
    const result = await sendMessage('auth.signIn');
    setBusy(false);
    if (result.ok) onSignedIn(result.value);
    else setError(result.error.message);
  }
  return (
    <section class="signed-out" data-testid="popup-signed-out">
      <p>{expired ? 'Your Genesys Cloud session has ended.' : 'Sign in to Genesys Cloud to look up contacts.'}</p>
      <button type="button" class="primary" data-testid="popup-sign-in" disabled={busy} onClick={() => void signIn()}>
        {busy ? 'Signing in…' : 'Sign in to Genesys Cloud'}
      </button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
