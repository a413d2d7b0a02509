import { Metadata, type CountryCode } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';

/** What the phone detector needs to know about a country's numbering plan beyond what parsing tells. */
export interface PlanFacts {
  /** What a number dialled within the country starts with ("0" in most of Europe, "1" in NANP). */
  readonly trunkPrefix: string | undefined;
  /** Whether the plan formats some numbers with the trunk prefix but lets people leave it out. */
  readonly trunkOptional: boolean;
  /** Fewest and most digits of a national significant number. */
  readonly shortest: number;
  readonly longest: number;
  /** Matches digits that start with the country's international call prefix ("011" in NANP). */
  readonly callsAbroad: RegExp;
}

// The typings of NumberingPlan declare four of its methods; nationalPrefix(), formats() and the
// per-format national prefix rules are public methods of the same class (libphonenumber-js source/metadata.js).
interface FormatRules {
  usesNationalPrefix(): boolean;
  nationalPrefixIsOptionalWhenFormattingInNationalFormat(): boolean;
}

interface PrefixRules {
  /** A string, or 0 where compressed metadata has none. */
  nationalPrefix(): unknown;
  formats(): readonly FormatRules[];
}

function hasPrefixRules(plan: object): plan is PrefixRules {
  return (
    'nationalPrefix' in plan &&
    typeof plan.nationalPrefix === 'function' &&
    'formats' in plan &&
    typeof plan.formats === 'function'
  );
}

const factsByCountry = new Map<CountryCode, PlanFacts>();

export function planFacts(country: CountryCode): PlanFacts {
  let facts = factsByCountry.get(country);
  if (facts === undefined) {
    facts = readPlan(country);
    factsByCountry.set(country, facts);
  }
  return facts;
}

function readPlan(country: CountryCode): PlanFacts {
  const plans = new Metadata(metadata);
  plans.selectNumberingPlan(country);
  const plan = plans.numberingPlan;
  const lengths = plan?.possibleLengths() ?? [];
  const prefixRules = plan !== undefined && hasPrefixRules(plan) ? plan : undefined;
  const prefix = prefixRules?.nationalPrefix();
  return {
    trunkPrefix: typeof prefix === 'string' && prefix !== '' ? prefix : undefined,
    trunkOptional: (prefixRules?.formats() ?? []).some(
      (format) => format.usesNationalPrefix() && format.nationalPrefixIsOptionalWhenFormattingInNationalFormat(),
    ),
    shortest: Math.min(...lengths),
    longest: Math.max(...lengths),
    callsAbroad: new RegExp(`^(?:${plan?.IDDPrefix() ?? '$^'})`),
  };
}
