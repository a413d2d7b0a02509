import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../lib/messaging/protocol';

type Status = { kind: 'checking' } | { kind: 'connected'; version: string } | { kind: 'unreachable' };

/** Shows whether this page can reach the background, and which build answers. */
export function BackgroundStatus() {
  const [status, setStatus] = useState<Status>({ kind: 'checking' });
  useEffect(() => {
    sendMessage('ping').then(
      ({ version }) => setStatus({ kind: 'connected', version }),
      () => setStatus({ kind: 'unreachable' }),
    );
  }, []);
  return (
    <p data-testid="background-status" data-status={status.kind}>
      {status.kind === 'checking' && 'Connecting to the extension…'}
      {status.kind === 'connected' && `Extension running (version ${status.version}).`}
      {status.kind === 'unreachable' && 'The extension is not responding. Reload it from the browser’s extensions page.'}
    </p>
  );
}
