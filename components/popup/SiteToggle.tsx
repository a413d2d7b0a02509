import { useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging/protocol';
import type { PageContext } from '../../lib/popup/popup-context';

/** "Pause on this site" for the page the agent is on, undone with one more click. */
export function SiteToggle({ page }: { page: PageContext }) {
  const [paused, setPaused] = useState(page.paused);
  const [error, setError] = useState<string>();
  const site = page.site;
  if (!site) return null;
  async function toggle() {
    if (!site) return;
    setError(undefined);
    const result = await sendMessage('site.setPaused', { site, paused: !paused });
    if (result.ok) setPaused(result.value.paused);
    else setError(result.error.message);
  }
  return (
    <div class="site-toggle">
      <button type="button" class="small" data-testid="pause-site" disabled={page.lockedByPolicy} onClick={() => void toggle()}>
        {paused ? `Resume on ${site}` : `Pause on ${site}`}
      </button>
      {page.lockedByPolicy && <span class="muted"> Set by your administrator.</span>}
      {paused && !page.lockedByPolicy && (
        <span class="muted" data-testid="site-paused">
          {' '}
          Paused here.
        </span>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}
