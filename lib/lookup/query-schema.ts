import * as v from 'valibot';
import type { LookupQuery } from './lookup-types';

/**
 * What a lookup value may look like once `lib/detect` normalized it. The background accepts
 * nothing else, whoever sends it.
 */
export const LookupQuerySchema = v.variant('kind', [
  v.object({ kind: v.literal('phone'), value: v.pipe(v.string(), v.regex(/^\+[1-9]\d{6,14}$/)) }),
  v.object({
    kind: v.literal('email'),
    value: v.pipe(v.string(), v.maxLength(254), v.regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/)),
  }),
  v.object({ kind: v.literal('twitter'), value: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_]{1,15}$/)) }),
]) as v.GenericSchema<unknown, LookupQuery>;
