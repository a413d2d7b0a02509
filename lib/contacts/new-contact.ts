import type { ContactInput } from '../genesys/external-contacts';
import type { LookupQuery } from '../lookup/lookup-types';

export interface NewContact {
  firstName: string;
  lastName: string;
  /** The value nothing matched: it goes into the field its kind belongs in. */
  query: LookupQuery;
}

/** The request body for a contact made from a value nothing matched. */
export function contactInput({ firstName, lastName, query }: NewContact): ContactInput {
  const names = { firstName: firstName.trim(), lastName: lastName.trim() };
  switch (query.kind) {
    case 'phone':
      // E.164 in `display` is what reverse lookups match on.
      return { ...names, workPhone: { display: query.value } };
    case 'email':
      return { ...names, workEmail: query.value };
    case 'twitter':
      return { ...names, twitterId: { screenName: query.value } };
  }
}
