import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging/protocol';
import type { ScreenPopSettings } from '../../lib/screen-pop/screen-pop-service';
import { screenPopSettings } from '../../lib/storage/settings';
import { RadioChoices } from './RadioChoices';

const SWITCHES: { key: Exclude<keyof ScreenPopSettings, 'popOn'>; label: string }[] = [
  { key: 'enabled', label: 'Look up the customer when an interaction reaches me' },
  { key: 'notifications', label: 'Show a notification with who it is' },
  { key: 'openWindow', label: 'Open the contact window at once' },
  { key: 'autoAssociate', label: 'Associate the contact with the conversation when exactly one contact matches' },
];

/** Screen-pop: whether, when and how an arriving interaction pops. */
export function ScreenPopSection() {
  const [form, setForm] = useState<ScreenPopSettings>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void screenPopSettings.getValue().then(setForm);
  }, []);
  if (!form) return null;

  async function save(next: ScreenPopSettings) {
    setForm(next);
    const result = await sendMessage('screenPop.save', next);
    setError(result.ok ? undefined : result.error.message);
  }

  return (
    <section aria-labelledby="screen-pop-heading">
      <h2 id="screen-pop-heading">Screen-pop</h2>
      {SWITCHES.map(({ key, label }) => (
        <label key={key} class="check">
          <input
            type="checkbox"
            name={`screen-pop-${key}`}
            checked={form[key]}
            disabled={key !== 'enabled' && !form.enabled}
            onChange={(e) => void save({ ...form, [key]: e.currentTarget.checked })}
          />{' '}
          {label}
        </label>
      ))}
      <fieldset disabled={!form.enabled}>
        <legend>Pop</legend>
        <RadioChoices
          name="popOn"
          value={form.popOn}
          choices={[
            ['alerting', 'As soon as it rings (alerting)'],
            ['connected', 'When I answer (connected)'],
          ]}
          onPick={(popOn) => void save({ ...form, popOn })}
        />
      </fieldset>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
