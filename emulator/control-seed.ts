import * as v from 'valibot';
import { presentContact, presentNote, presentOrganization } from './api/present';
import { parseContact, parseOrganization } from './api/validate';
import type { SeedDataResult, SeedNoteInput } from './control-types';
import { ApiError } from './errors';
import { SEEDED_AGENTS } from './seed';
import type { EmulatorState } from './state';

/** A control request the emulator cannot carry out, with the reason for the test's log. */
export class ControlFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const withId = v.looseObject({ id: v.optional(v.pipe(v.string(), v.minLength(1))) });

export const seedDataSchema = v.object({
  organizations: v.optional(v.array(withId)),
  contacts: v.optional(v.array(withId)),
  notes: v.optional(
    v.array(
      v.object({
        id: v.optional(v.string()),
        contactId: v.optional(v.string()),
        organizationId: v.optional(v.string()),
        noteText: v.pipe(v.string(), v.minLength(1), v.maxLength(32000)),
        createdById: v.optional(v.string()),
        createDate: v.optional(v.pipe(v.string(), v.isoTimestamp())),
      }),
    ),
  ),
});

/** API validation errors read the same in the control API, as a 400. */
function validated<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ApiError) throw new ControlFailure(400, error.message);
    throw error;
  }
}

function addNote(state: EmulatorState, note: SeedNoteInput) {
  const { directory } = state;
  const author = note.createdById ?? SEEDED_AGENTS.alex.id;
  if (!state.agent(author)) throw new ControlFailure(400, `createdById ${author} is not a seeded agent.`);
  const meta = { id: note.id, now: note.createDate };
  if (note.contactId !== undefined && note.organizationId === undefined && directory.contacts.has(note.contactId)) {
    return directory.createNote('contact', note.contactId, note.noteText, author, meta);
  }
  if (note.organizationId !== undefined && note.contactId === undefined && directory.organizations.has(note.organizationId)) {
    return directory.createNote('organization', note.organizationId, note.noteText, author, meta);
  }
  throw new ControlFailure(400, 'A note needs exactly one of contactId and organizationId, naming an existing entity.');
}

/** Loads extra organizations, then contacts (which may link to them), then notes. */
export function addSeedData(state: EmulatorState, input: v.InferOutput<typeof seedDataSchema>): SeedDataResult {
  const { directory } = state;
  const organizations = (input.organizations ?? []).map((raw) =>
    directory.createOrganization(
      validated(() => parseOrganization(raw)),
      { id: raw.id },
    ),
  );
  const contacts = (input.contacts ?? []).map((raw) => {
    const { fields, organizationId } = validated(() => parseContact(raw));
    if (organizationId !== undefined && !directory.organizations.has(organizationId)) {
      throw new ControlFailure(400, `externalOrganization.id ${organizationId} is not an existing organization.`);
    }
    return directory.createContact(fields, organizationId, { id: raw.id });
  });
  const notes = (input.notes ?? []).map((note) => addNote(state, note));
  return {
    organizations: organizations.map((org) => presentOrganization(org, directory)),
    contacts: contacts.map((contact) => presentContact(contact, directory, false)),
    notes: notes.map((note) => presentNote(note, state.agent(note.createdById), false)),
  };
}
