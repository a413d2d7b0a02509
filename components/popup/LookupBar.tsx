import { useState } from 'preact/hooks';
import { detect } from '../../lib/detect';
import type { LookupQuery } from '../../lib/lookup/lookup-types';
import type { PageMark } from '../../lib/messaging/protocol';

interface Props {
  marks: PageMark[];
  defaultCountry: string;
  onLookup: (query: LookupQuery, label: string) => void;
}

/** Look up what the agent types, or one of the values marked on the page. */
export function LookupBar({ marks, defaultCountry, onLookup }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  function submit(event: Event) {
    event.preventDefault();
    const [found] = detect(text, { defaultCountry });
    if (!found) {
      setError('Type a phone number, an email address or a Twitter/X handle.');
      return;
    }
    setError(undefined);
    onLookup({ kind: found.kind, value: found.value }, text.slice(found.start, found.end));
  }
  return (
    <div class="lookup-bar">
      <form role="search" onSubmit={submit} class="row">
        <input
          type="text"
          aria-label="Number, email or handle to look up"
          placeholder="Look up a number, email or @handle"
          data-testid="lookup-input"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">Look up</button>
      </form>
      {error && (
        <p role="alert" class="error" data-testid="lookup-error">
          {error}
        </p>
      )}
      {marks.length > 0 && (
        <details class="page-marks" data-testid="page-marks">
          <summary>On this page ({marks.length})</summary>
          <ul>
            {marks.map((mark) => (
              <li key={`${mark.kind}:${mark.value}`}>
                <button type="button" class="link" onClick={() => onLookup(mark, mark.label)}>
                  {mark.label}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
