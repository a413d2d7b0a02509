import { useEffect, useState } from 'preact/hooks';
import { BackgroundStatus } from '../../components/BackgroundStatus';
import '../../components/extension-page.css';
import { mountPage } from '../../components/mount';
import { AccountSection } from '../../components/options/AccountSection';
import { ConnectionSection } from '../../components/options/ConnectionSection';
import { PreferencesSection } from '../../components/options/PreferencesSection';
import { ScreenPopSection } from '../../components/options/ScreenPopSection';
import type { AuthStatus } from '../../lib/auth/session';
import { sendMessage } from '../../lib/messaging/protocol';

function Options() {
  const [status, setStatus] = useState<AuthStatus>();
  const refresh = () => void sendMessage('auth.status').then(setStatus);
  useEffect(refresh, []);
  return (
    <main>
      <h1>screen-pop settings</h1>
      <AccountSection status={status} onStatus={setStatus} />
      <ConnectionSection onSaved={refresh} />
      <PreferencesSection />
      <ScreenPopSection />
      <footer class="muted">
        <BackgroundStatus />
      </footer>
    </main>
  );
}

mountPage(<Options />);
