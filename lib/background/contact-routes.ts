import * as v from 'valibot';
import { contactInput } from '../contacts/new-contact';
import { summarizeContact } from '../lookup/contact-summary';
import { LookupQuerySchema } from '../lookup/query-schema';
import { settle } from '../messaging/result';
import { route } from '../messaging/router';
import { fromExtensionPages, IdSchema, NameSchema } from './schemas';
import type { BackgroundServices } from './services';

/** A contact's full details, and contacts created from the popup. */
export function registerContactRoutes({ api, lookups }: BackgroundServices): void {
  route('contact.get', {
    from: fromExtensionPages,
    schema: v.object({ contactId: IdSchema }),
    handle: ({ contactId }) =>
      settle((async () => summarizeContact(await (await api()).getContact(contactId, { expand: ['externalOrganization'] })))()),
  });
  route('contact.create', {
    from: fromExtensionPages,
    schema: v.pipe(
      v.object({ firstName: NameSchema, lastName: NameSchema, query: LookupQuerySchema }),
      v.check((input) => input.firstName !== '' || input.lastName !== '', 'A contact needs a name'),
    ),
    handle: (input) =>
      settle(
        (async () => {
          const client = await api();
          const created = await client.createContact(contactInput(input));
          // The reverse lookup may not find the new contact for minutes; its cached "no match" must go now.
          await lookups.forget(input.query);
          const full = created.id ? await client.getContact(created.id, { expand: ['externalOrganization'] }) : created;
          return summarizeContact(full);
        })(),
      ),
  });
}
