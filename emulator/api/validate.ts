import * as v from 'valibot';
import { ApiError, badRequest } from '../errors';
import type { ContactFields, OrganizationFields } from '../records';

/** Limits and patterns from the model descriptions (facts file, section 1.1). */
const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, `text of at most ${String(max)} characters`));
const email = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(256, 'an email address of at most 256 characters'),
  v.email('a valid email address'),
);
const nonEmpty = (max: number) => {
  const expected = `1 to ${String(max)} characters`;
  return v.pipe(v.string(), v.trim(), v.minLength(1, expected), v.maxLength(max, expected));
};

const phone = v.object({
  display: v.optional(text(512)),
  extension: v.optional(v.pipe(v.number(), v.integer('an integer'))),
  acceptsSMS: v.optional(v.boolean()),
  normalizationCountryCode: v.optional(text(4)),
  // System-set: accepted so a fetched contact can be written back, then recomputed.
  userInput: v.optional(v.string()),
  e164: v.optional(v.string()),
  countryCode: v.optional(v.string()),
});

const address = v.object({
  address1: v.optional(text(200)),
  address2: v.optional(text(200)),
  city: v.optional(text(100)),
  state: v.optional(text(50)),
  postalCode: v.optional(text(25)),
  countryCode: v.optional(text(25)),
});

const twitterId = v.object({
  id: v.optional(text(255)),
  name: v.optional(text(255)),
  screenName: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(255, 'at most 255 characters'),
      v.regex(/^@?[A-Za-z0-9_]+$/, 'a screen name matching ^@?[A-Za-z0-9_]+$'),
    ),
  ),
});

const scopedIds = v.array(v.object({ scopedId: text(255) }));

/** Writes may carry the whole referenced entity (a fetched, expanded contact); only its id counts. */
const reference = v.looseObject({ id: v.pipe(v.string(), v.minLength(1, 'an id')) });

const contactSchema = v.object({
  firstName: v.optional(text(1000)),
  middleName: v.optional(text(1000)),
  lastName: v.optional(text(1000)),
  salutation: v.optional(text(1000)),
  title: v.optional(text(1000)),
  workPhone: v.optional(phone),
  cellPhone: v.optional(phone),
  homePhone: v.optional(phone),
  otherPhone: v.optional(phone),
  workEmail: v.optional(email),
  personalEmail: v.optional(email),
  otherEmail: v.optional(email),
  address: v.optional(address),
  twitterId: v.optional(twitterId),
  lineId: v.optional(v.object({ ids: v.array(v.object({ userId: text(255) })), displayName: v.optional(text(100)) })),
  whatsAppId: v.optional(v.object({ phoneNumber: phone, displayName: v.optional(text(100)) })),
  facebookId: v.optional(v.object({ ids: scopedIds, displayName: v.optional(text(100)) })),
  instagramId: v.optional(v.object({ ids: scopedIds, displayName: v.optional(text(100)), handle: v.optional(text(100)) })),
  appleOpaqueIds: v.optional(v.pipe(v.array(v.object({ value: v.optional(text(255)) })), v.maxLength(10, 'at most 10 ids'))),
  surveyOptOut: v.optional(v.boolean()),
  externalSystemUrl: v.optional(text(1000)),
  externalOrganization: v.optional(reference),
});

const organizationSchema = v.object({
  name: nonEmpty(1000),
  companyType: v.optional(text(1000)),
  industry: v.optional(text(1000)),
  address: v.optional(address),
  phoneNumber: v.optional(phone),
  faxNumber: v.optional(phone),
  employeeCount: v.optional(v.pipe(v.number(), v.integer('an integer'), v.minValue(0, 'zero or more'))),
  revenue: v.optional(v.number()),
  tags: v.optional(v.array(text(1000))),
  websites: v.optional(v.array(text(1000))),
  tickers: v.optional(v.array(v.object({ symbol: nonEmpty(100), exchange: nonEmpty(100) }))),
  twitterId: v.optional(twitterId),
  externalSystemUrl: v.optional(text(1000)),
});

const noteSchema = v.object({
  noteText: v.pipe(v.string(), v.minLength(1, '1 to 32000 characters'), v.maxLength(32000, '1 to 32000 characters')),
  createdBy: v.optional(v.looseObject({ id: v.optional(v.string()) })),
});

const relationshipSchema = v.object({ user: reference, externalOrganization: reference, relationship: nonEmpty(100) });

// Copied from the reference, not imported from lib/: the emulator is the product's test oracle,
// and a list shared with the product would agree with any mistake in it.
const MEDIA_TYPES = [
  'CALL',
  'CALLBACK',
  'CHAT',
  'COBROWSE',
  'EMAIL',
  'MESSAGE',
  'INTERNAL_MESSAGE',
  'SCREEN_MONITORING',
  'SOCIAL_EXPRESSION',
  'VIDEO',
  'SCREENSHARE',
] as const;

const associationSchema = v.object({
  conversationId: v.pipe(v.string(), v.minLength(1, 'a conversation id')),
  communicationId: v.pipe(v.string(), v.minLength(1, 'a communication id')),
  mediaType: v.picklist(MEDIA_TYPES, MEDIA_TYPES.join(', ')),
  externalContactId: v.optional(v.string()),
});

/** `ChannelTopic[]`: only each topic's id counts. */
const topicsSchema = v.array(v.looseObject({ id: v.pipe(v.string(), v.minLength(1, 'a topic id')) }));

/** The service reads `null` as "not set"; so does the emulator. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, entry]) => entry !== null)
      .map(([key, entry]) => [key, withoutNulls(entry)]),
  );
}

const shown = (input: unknown) => (typeof input === 'string' ? input : JSON.stringify(input)).slice(0, 200);

/** Parses a body against a schema; every problem becomes a `Detail` of one 400. */
function parse<T extends v.GenericSchema>(schema: T, body: unknown): v.InferOutput<T> {
  const result = v.safeParse(schema, withoutNulls(body));
  if (result.success) return result.output;
  const [first] = result.issues;
  const field = v.getDotPath(first);
  const details = result.issues.map((issue) => ({ errorCode: 'invalid.value', fieldName: v.getDotPath(issue) ?? '' }));
  if (field === null) throw badRequest(`The request body must be a JSON ${schema.type === 'array' ? 'array' : 'object'}.`);
  if (first.input === undefined) throw badRequest(`The field [${field}] is required.`, details);
  const allowed = first.kind === 'validation' ? first.message : first.expected;
  throw new ApiError(
    400,
    'invalid.value',
    `Value [${shown(first.input)}] is not valid for field type [${field}]. Allowable values are: ${allowed}`,
    details,
  );
}

export function parseContact(body: unknown): { fields: ContactFields; organizationId?: string } {
  const { externalOrganization, ...fields } = parse(contactSchema, body);
  return { fields, organizationId: externalOrganization?.id };
}

export const parseOrganization = (body: unknown): OrganizationFields => parse(organizationSchema, body);

export const parseNote = (body: unknown) => parse(noteSchema, body);

export const parseRelationship = (body: unknown) => parse(relationshipSchema, body);

export const parseAssociation = (body: unknown) => parse(associationSchema, body);

export const parseTopics = (body: unknown) => parse(topicsSchema, body);
