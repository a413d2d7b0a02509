import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Detector } from './detector';
import { detectors } from './detectors';
import type { Fixture } from './fixture';
import { detect } from './index';

const folder = fileURLToPath(new URL('detectors/', import.meta.url));
const detectorFiles = readdirSync(folder).filter((file) => /^[\w-]+\.ts$/.test(file));

describe('the registry', () => {
  it('lists every detector file in detectors/, once', () => {
    const listed = detectors.map((detector) => `${detector.name}.ts`);
    expect(new Set(listed).size, 'two detectors share a name').toBe(listed.length);
    for (const file of detectorFiles) expect(listed, `detectors/${file} is not listed in detectors.ts`).toContain(file);
    for (const file of listed) expect(detectorFiles, `detectors.ts lists ${file}, which is not in detectors/`).toContain(file);
  });

  it.each(detectors)('gives $name a fixture table next to it', ({ name }) => {
    expect(existsSync(`${folder}${name}.fixtures.ts`), `add detectors/${name}.fixtures.ts exporting \`fixtures\``).toBe(true);
  });
});

const tables = await Promise.all(detectors.map(async (detector) => ({ detector, fixtures: await fixturesOf(detector) })));

describe.each(tables)('$detector.name', ({ detector, fixtures }) => {
  it('has both matches and non-matches in its fixtures', () => {
    expect(fixtures.filter((fixture) => fixture.expected.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(fixtures.filter((fixture) => fixture.expected.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it.each(fixtures)('$country: $text', ({ text, country, expected }) => {
    const found = detect(text, { defaultCountry: country }).filter((detection) => detection.kind === detector.kind);
    expect(found.map(({ start, end, value }) => [text.slice(start, end), value])).toEqual(expected);
  });
});

async function fixturesOf(detector: Detector): Promise<readonly Fixture[]> {
  const module: unknown = await import(`./detectors/${detector.name}.fixtures.ts`);
  if (!isFixtureModule(module))
    throw new Error(`detectors/${detector.name}.fixtures.ts must export \`fixtures\`, an array of Fixture`);
  return module.fixtures;
}

function isFixtureModule(module: unknown): module is { fixtures: readonly Fixture[] } {
  return typeof module === 'object' && module !== null && 'fixtures' in module && Array.isArray(module.fixtures);
}
