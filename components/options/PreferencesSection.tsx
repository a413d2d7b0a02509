import { useEffect, useState } from 'preact/hooks';
import type { DetectionKind } from '../../lib/detect';
import { sendMessage } from '../../lib/messaging/protocol';
import { currentPreferences } from '../../lib/settings/current';
import type { PreferenceKey } from '../../lib/settings/effective';
import { HOVER_DELAY_RANGE, phoneCountries } from '../../lib/settings/preferences-schema';
import type { Preferences } from '../../lib/storage/settings';
import { RadioChoices } from './RadioChoices';

const DETECTOR_LABELS: Record<DetectionKind, string> = {
  phone: 'Phone numbers',
  email: 'Email addresses',
  twitter: 'Twitter/X handles',
};

const regionNames = new Intl.DisplayNames(undefined, { type: 'region' });
const COUNTRY_OPTIONS = phoneCountries()
  .map((code) => ({ code, name: regionNames.of(code) ?? code }))
  .sort((a, b) => a.name.localeCompare(b.name));

function Locked({ when }: { when: boolean }) {
  return when ? <span class="hint">Set by your administrator.</span> : null;
}

/** What screen-pop marks, where, and how quickly its card opens. Open tabs follow every change. */
export function PreferencesSection() {
  const [form, setForm] = useState<Preferences>();
  const [sitesText, setSitesText] = useState('');
  const [locked, setLocked] = useState<PreferenceKey[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  useEffect(() => {
    void currentPreferences().then(({ value, locked: byPolicy }) => {
      setForm(value);
      setSitesText(value.sites.join('\n'));
      setLocked(byPolicy);
    });
  }, []);
  if (!form) return null;
  const isLocked = (key: PreferenceKey) => locked.includes(key);

  async function save(next: Preferences) {
    setForm(next);
    const result = await sendMessage('preferences.save', next);
    if (result.ok) {
      setForm(result.value);
      setMessage({ ok: true, text: 'Saved. Open tabs use the new settings now.' });
    } else {
      setMessage({ ok: false, text: result.error.message });
    }
  }
  const saveSites = () =>
    void save({
      ...form,
      sites: sitesText
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean),
    });

  return (
    <section aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">On web pages</h2>
      <fieldset disabled={isLocked('detectors')}>
        <legend>Mark and look up</legend>
        {(Object.keys(DETECTOR_LABELS) as DetectionKind[]).map((kind) => (
          <label key={kind} class="check">
            <input
              type="checkbox"
              name={`detector-${kind}`}
              checked={form.detectors[kind]}
              onChange={(e) => void save({ ...form, detectors: { ...form.detectors, [kind]: e.currentTarget.checked } })}
            />{' '}
            {DETECTOR_LABELS[kind]}
          </label>
        ))}
        <Locked when={isLocked('detectors')} />
      </fieldset>
      <label>
        Country for numbers written without a country code
        <select
          name="defaultCountry"
          value={form.defaultCountry}
          disabled={isLocked('defaultCountry')}
          onChange={(e) => void save({ ...form, defaultCountry: e.currentTarget.value })}
        >
          {COUNTRY_OPTIONS.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        <Locked when={isLocked('defaultCountry')} />
      </label>
      <label>
        Hover delay before the card opens (milliseconds)
        <input
          type="number"
          name="hoverDelayMs"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={50}
          value={form.hoverDelayMs}
          onChange={(e) => {
            const value = Math.round(Number(e.currentTarget.value));
            if (value >= HOVER_DELAY_RANGE.min && value <= HOVER_DELAY_RANGE.max) void save({ ...form, hoverDelayMs: value });
            else
              setMessage({
                ok: false,
                text: `Choose a delay between ${String(HOVER_DELAY_RANGE.min)} and ${String(HOVER_DELAY_RANGE.max)} ms.`,
              });
          }}
        />
      </label>
      <fieldset disabled={isLocked('siteMode') || isLocked('sites')}>
        <legend>Sites</legend>
        <RadioChoices
          name="siteMode"
          value={form.siteMode}
          choices={[
            ['block', 'Run everywhere except these sites'],
            ['allow', 'Run only on these sites'],
          ]}
          onPick={(siteMode) => void save({ ...form, siteMode })}
        />
        <label>
          Sites, one per line (<code>example.com</code> includes its subdomains; <code>*.example.com</code> only them)
          <textarea
            name="sites"
            rows={4}
            value={sitesText}
            onInput={(e) => setSitesText(e.currentTarget.value)}
            onBlur={saveSites}
          />
        </label>
        <button type="button" data-testid="save-sites" onClick={saveSites}>
          Save sites
        </button>
        <Locked when={isLocked('siteMode') || isLocked('sites')} />
      </fieldset>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'} data-testid="preferences-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
