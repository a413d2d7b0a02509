/**
 * What each API call does, in the words an agent understands, and the permissions the API
 * reference lists for it (any one of them is enough). Errors use these to say what failed.
 */
export interface Operation {
  /** Completes "lacks permission to …": e.g. "edit contacts". */
  action: string;
  /** The thing acted on, for "could not find that …". */
  subject: string;
  permissions: readonly string[];
}

const op = (action: string, subject: string, ...permissions: string[]): Operation => ({ action, subject, permissions });

export const OPERATIONS = {
  viewContacts: op('view external contacts', 'contact', 'externalContacts:contact:view', 'relate:contact:view'),
  addContacts: op('add external contacts', 'contact', 'externalContacts:contact:add', 'relate:contact:add'),
  editContacts: op('edit external contacts', 'contact', 'externalContacts:contact:edit', 'relate:contact:edit'),
  deleteContacts: op('delete external contacts', 'contact', 'externalContacts:contact:delete', 'relate:contact:delete'),
  viewContactNotes: op('view contact notes', 'note', 'externalContacts:contact:view', 'relate:contact:view'),
  editContactNotes: op('edit contact notes', 'note', 'externalContacts:contact:edit', 'relate:contact:edit'),
  viewOrganizations: op(
    'view external organizations',
    'organization',
    'externalContacts:externalOrganization:view',
    'relate:externalOrganization:view',
  ),
  addOrganizations: op(
    'add external organizations',
    'organization',
    'externalContacts:externalOrganization:add',
    'relate:externalOrganization:add',
  ),
  editOrganizations: op(
    'edit external organizations',
    'organization',
    'externalContacts:externalOrganization:edit',
    'relate:externalOrganization:edit',
  ),
  deleteOrganizations: op(
    'delete external organizations',
    'organization',
    'externalContacts:externalOrganization:delete',
    'relate:externalOrganization:delete',
  ),
  viewOrganizationNotes: op(
    'view organization notes',
    'note',
    'externalContacts:externalOrganization:view',
    'relate:externalOrganization:view',
  ),
  editOrganizationNotes: op(
    'edit organization notes',
    'note',
    'externalContacts:externalOrganization:edit',
    'relate:externalOrganization:edit',
  ),
  linkTrustors: op('link trustor organizations', 'organization', 'externalContacts:externalOrganization:edit'),
  lookUpContacts: op('look up external contacts', 'contact', 'externalContacts:contact:view'),
  associateConversations: op(
    'associate contacts with conversations',
    'conversation',
    'externalContacts:conversation:associate',
    'relate:conversation:associate',
  ),
  viewMe: op('read your own profile', 'user'),
  notifications: op('receive notifications about your conversations', 'notification channel'),
  viewConversations: op('see your active conversations', 'conversation'),
  revokeToken: op('sign out', 'token'),
} as const satisfies Record<string, Operation>;
