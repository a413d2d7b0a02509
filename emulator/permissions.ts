/**
 * Permissions the External Contacts endpoints check. Each endpoint accepts ANY of its list
 * (facts file, section 1.2): the current `externalContacts:*` name or, for most, the legacy
 * `relate:*` one.
 */
export const PERMISSION = {
  contactView: 'externalContacts:contact:view',
  contactAdd: 'externalContacts:contact:add',
  contactEdit: 'externalContacts:contact:edit',
  contactDelete: 'externalContacts:contact:delete',
  organizationView: 'externalContacts:externalOrganization:view',
  organizationAdd: 'externalContacts:externalOrganization:add',
  organizationEdit: 'externalContacts:externalOrganization:edit',
  organizationDelete: 'externalContacts:externalOrganization:delete',
  conversationAssociate: 'externalContacts:conversation:associate',
  relateContactView: 'relate:contact:view',
  relateContactAdd: 'relate:contact:add',
  relateContactEdit: 'relate:contact:edit',
  relateContactDelete: 'relate:contact:delete',
  relateOrganizationView: 'relate:externalOrganization:view',
  relateOrganizationAdd: 'relate:externalOrganization:add',
  relateOrganizationEdit: 'relate:externalOrganization:edit',
  relateOrganizationDelete: 'relate:externalOrganization:delete',
  relateConversationAssociate: 'relate:conversation:associate',
} as const;

const P = PERMISSION;

/** What each group of endpoints requires (ANY of). */
export const REQUIRES = {
  contactView: [P.relateContactView, P.contactView],
  contactAdd: [P.relateContactAdd, P.contactAdd],
  contactEdit: [P.relateContactEdit, P.contactEdit],
  contactDelete: [P.relateContactDelete, P.contactDelete],
  organizationView: [P.relateOrganizationView, P.organizationView],
  organizationAdd: [P.relateOrganizationAdd, P.organizationAdd],
  organizationEdit: [P.relateOrganizationEdit, P.organizationEdit],
  organizationDelete: [P.relateOrganizationDelete, P.organizationDelete],
  /** Trustor link/unlink and the lookup have no legacy `relate:*` alternative. */
  trustorEdit: [P.organizationEdit],
  lookup: [P.contactView],
  conversationAssociate: [P.relateConversationAssociate, P.conversationAssociate],
} as const satisfies Record<string, readonly string[]>;
