import * as v from 'valibot';
import type { NoteOwner } from '../contacts/notes';

/** Genesys Cloud ids are UUIDs; the emulator's too. Anything else never reaches a URL. */
export const IdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/));

export const NoteOwnerSchema = v.object({
  type: v.picklist(['contact', 'organization']),
  id: IdSchema,
}) as v.GenericSchema<unknown, NoteOwner>;

/** The API's limits for a note: 1 to 32,000 characters, and not only whitespace. */
export const NoteTextSchema = v.pipe(
  v.string(),
  v.maxLength(32_000),
  v.check((text) => text.trim().length > 0, 'A note needs some text'),
);

/** Names as a person types them: the API allows 1,000 characters. */
export const NameSchema = v.pipe(v.string(), v.trim(), v.maxLength(1000));

export const fromExtensionPages = ['extension-page'] as const;
