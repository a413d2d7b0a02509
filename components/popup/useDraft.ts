import { useEffect, useState } from 'preact/hooks';
import { noteDrafts } from '../../lib/storage/session';

/** A note draft that survives the popup closing: restored on open, saved as it is typed. */
export function useDraft(key: string): [string, (text: string) => void] {
  const [text, setText] = useState('');
  useEffect(() => {
    void noteDrafts.getValue().then((drafts) => setText(drafts[key] ?? ''));
  }, [key]);
  const update = (next: string) => {
    setText(next);
    void noteDrafts.getValue().then((drafts) => {
      const { [key]: _previous, ...others } = drafts;
      return noteDrafts.setValue(next ? { ...others, [key]: next } : others);
    });
  };
  return [text, update];
}
