// The hand-labelled government corpus (tests/fixtures/gov/) checked for rot: every label must
// still point at its own sentence, name known agencies and use the fixture vocabulary, so a
// text edited or an id renamed fails here instead of silently lowering the eval scores.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const DIR = 'tests/fixtures/gov';

interface Label {
  article: string;
  value: number;
  unit: string;
  quote: string;
  entity?: string[];
  qualifier?: string;
  status?: string;
  time?: string | null;
  subject?: string;
}

const claims = JSON.parse(readFileSync(`${DIR}/claims.json`, 'utf8')) as Label[];
const quantities = JSON.parse(readFileSync(`${DIR}/quantities.json`, 'utf8')) as Label[];
const texts = readdirSync(`${DIR}/texts`).filter((f) => f.endsWith('.txt')).sort();
const agencyIds = new Set(
  (parse(readFileSync('content/reference/agencies.yaml', 'utf8')) as { agencies: { id: string }[] }).agencies.map((a) => a.id),
);

// Ids the labels need that content/reference/agencies.yaml does not have yet (the attribution
// work is adding them). Only the controls use these; enforcement figures of a component that is
// missing (e.g. Joint Task Force Southern Border) are labelled with its parent (NORTHCOM).
const KNOWN_ADDITIONS = new Set(['BLS', 'USDA']);
// The two unrelated controls: none of their figures may belong to an enforcement agency.
const CONTROLS = new Set(texts.filter((f) => /^09\d_/.test(f)));

const QUALIFIERS = new Set(['exact', 'approx', 'more-than', 'less-than', 'up-to', 'nearly']);
// Same vocabulary as Status in src/pipeline/types.ts.
const STATUSES = new Set(['requested', 'planned', 'ordered', 'deployed', 'completed', 'reported']);

// Folding white space only (not quotes or dashes): the quote must be the text's own characters.
const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
const bodies = new Map(texts.map((f) => [f, ws(readFileSync(`${DIR}/texts/${f}`, 'utf8'))]));

const WORDS: Record<string, number> = {
  zero: 0, no: 0, none: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, dozen: 12, fifteen: 15, twenty: 20, hundred: 100, half: 0.5,
};
// "$211M", "$1.2B": the money abbreviations of fact sheets (gov held-out 9, 116) read as millions and billions.
// "96K", "9K" glued to a count (gov held-out 10, 122) read as thousands.
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, b: 1e9, k: 1e3 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/**
 * Table cells pasted with no separator ("3,7062,286" in gov held-out 10, 130): after the first
 * comma group every group of a grouped number has three digits, so a longer group ends one
 * number after three digits and starts the next ("3,706" and "2,286"). Empty for a normal figure.
 */
function glued(digits: string): number[] {
  const groups = digits.split(',');
  if (groups.length < 2 || groups.slice(1).every((g) => g.length <= 3)) return [];
  const out: number[] = [];
  let cur = groups[0];
  for (const g of groups.slice(1)) {
    cur += g.slice(0, 3);
    if (g.length > 3) {
      out.push(Number(cur));
      cur = g.slice(3);
    }
  }
  if (cur) out.push(Number(cur));
  return out;
}

/**
 * Every value a reader could take from the sentence, as often as it occurs: digit groups,
 * scaled ("1.2 million" gives 1.2 and 1,200,000), number words ("seven", "zero").
 */
function valuesIn(quote: string): number[] {
  const out: number[] = [];
  const re = /(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)|(?<=\$\d[\d,.]*)(M|B)\b|(K)\b)?/gi;
  for (const m of quote.matchAll(re)) {
    const n = Number(m[1].replace(/,/g, ''));
    out.push(n);
    out.push(...glued(m[1]));
    const scale = m[2] ?? m[3] ?? m[4];
    if (scale) out.push(Math.round(n * SCALE[scale.toLowerCase()] * 1000) / 1000);
  }
  for (const w of quote.toLowerCase().match(/[a-z]+/g) ?? []) if (w in WORDS) out.push(WORDS[w]);
  // "Twenty-one" gives 21 (as well as the 20 and 1 of its words above).
  for (const m of quote.toLowerCase().matchAll(/\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b/g)) out.push(TENS[m[1]] + WORDS[m[2]]);
  return out;
}

function checkLayer(name: string, labels: Label[], texts: Map<string, string> = bodies) {
  describe(name, () => {
    it('has labels', () => expect(labels.length).toBeGreaterThan(0));

    it('every label names an existing text and quotes it verbatim (after white-space folding)', () => {
      const bad = labels.filter((l) => !texts.get(l.article)?.includes(ws(l.quote)));
      expect(bad.map((l) => `${l.article} ${l.value}: ${l.quote.slice(0, 60)}`)).toEqual([]);
    });

    it('every value can be read from its quote', () => {
      const bad = labels.filter((l) => !valuesIn(l.quote).includes(l.value));
      expect(bad.map((l) => `${l.article} ${l.value}`)).toEqual([]);
    });

    it('has a unit on every label and no duplicates', () => {
      expect(labels.filter((l) => typeof l.unit !== 'string' || !l.unit.trim())).toEqual([]);
      // A sentence may hold the same value twice ("up 1% ... up less than 1%"), so a label is a
      // duplicate when a value is labelled more often in a sentence than it occurs there.
      const count = new Map<string, number>();
      for (const l of labels) {
        const k = JSON.stringify([l.article, ws(l.quote), l.value]);
        count.set(k, (count.get(k) ?? 0) + 1);
      }
      const dups = [...count].filter(([k, n]) => {
        const [, quote, value] = JSON.parse(k) as [string, string, number];
        return n > valuesIn(quote).filter((v) => v === value).length;
      });
      expect(dups.map(([k]) => k)).toEqual([]);
    });
  });
}

checkLayer('gov corpus claims.json', claims);
checkLayer('gov corpus quantities.json', quantities);

describe('gov corpus claims: fields', () => {
  it('uses agency ids from agencies.yaml or the listed additions', () => {
    const unknown = claims.flatMap((c) => (c.entity ?? []).filter((e) => !agencyIds.has(e) && !KNOWN_ADDITIONS.has(e)));
    expect([...new Set(unknown)]).toEqual([]);
  });

  it('uses the fixture vocabulary for qualifier and status, and a string or null time', () => {
    expect(claims.filter((c) => !QUALIFIERS.has(c.qualifier ?? '')).map((c) => `${c.article} ${c.value} ${c.qualifier}`)).toEqual([]);
    expect(claims.filter((c) => !STATUSES.has(c.status ?? '')).map((c) => `${c.article} ${c.value} ${c.status}`)).toEqual([]);
    expect(claims.filter((c) => !(c.time === null || typeof c.time === 'string'))).toEqual([]);
    expect(claims.filter((c) => !Array.isArray(c.entity) || typeof c.subject !== 'string')).toEqual([]);
  });

  it('gives no control figure to an enforcement agency', () => {
    expect(CONTROLS.size).toBe(2);
    const bad = claims.filter((c) => CONTROLS.has(c.article) && (c.entity ?? []).some((e) => !KNOWN_ADDITIONS.has(e)));
    expect(bad.map((c) => `${c.article} ${c.value} ${c.entity}`)).toEqual([]);
  });
});

/** A text's sidecar has headline, outlet and url (and at most a date), and SOURCES.md names the file and its url. */
function checkSidecar(dir: string, f: string, sources: string): Record<string, string> {
  const side = `${dir}/texts/${f.replace(/\.txt$/, '.yaml')}`;
  expect(existsSync(side), side).toBe(true);
  const y = parse(readFileSync(side, 'utf8')) as Record<string, string>;
  expect(Object.keys(y).filter((k) => !['headline', 'outlet', 'url', 'date'].includes(k)), f).toEqual([]);
  for (const k of ['headline', 'outlet', 'url']) expect(typeof y[k], `${f} ${k}`).toBe('string');
  if ('date' in y) expect(String(y.date), f).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(sources.includes(f), `${f} in SOURCES.md`).toBe(true);
  expect(sources.includes(y.url!), `${f} url in SOURCES.md`).toBe(true);
  return y;
}

describe('gov corpus texts', () => {
  it('has at least 24 topic texts and 2 controls', () => {
    expect(texts.length - CONTROLS.size).toBeGreaterThanOrEqual(24);
  });

  it('every text has a sidecar with headline, outlet and url, and a line in SOURCES.md', () => {
    const sources = readFileSync(`${DIR}/SOURCES.md`, 'utf8');
    for (const f of texts) checkSidecar(DIR, f, sources);
  });

  it('every topic text and control is labelled', () => {
    const labelled = new Set(claims.map((c) => c.article));
    // A text may rightly have no chartable figure; those are listed in LABELLING.md.
    const noClaims = readFileSync(`${DIR}/LABELLING.md`, 'utf8');
    expect(texts.filter((f) => !labelled.has(f) && !noClaims.includes(f))).toEqual([]);
  });
});

// The held-out sets (tests/fixtures/gov-holdout/, gov-holdout2/, gov-holdout3/, gov-holdout4/, gov-holdout5/, gov-holdout6/, gov-holdout7/, gov-holdout8/, gov-holdout9/, gov-holdout10/, gov-holdout11/): each labelled before the
// extractor ran on it, by the same conventions (../gov/LABELLING.md), and held to the same checks,
// so a bad label fails here. A later set must not reuse a text or a source of any earlier set.
const EARLIER = [{ dir: DIR, sources: readFileSync(`${DIR}/SOURCES.md`, 'utf8'), texts, bodies }];

function checkHeldOut(name: string, held: string) {
  const heldClaims = JSON.parse(readFileSync(`${held}/claims.json`, 'utf8')) as Label[];
  const heldTexts = readdirSync(`${held}/texts`).filter((f) => f.endsWith('.txt')).sort();
  const heldBodies = new Map(heldTexts.map((f) => [f, ws(readFileSync(`${held}/texts/${f}`, 'utf8'))]));
  const sources = readFileSync(`${held}/SOURCES.md`, 'utf8');
  const earlier = [...EARLIER];

  checkLayer(`${name} claims.json`, heldClaims, heldBodies);

  describe(`${name} set`, () => {
    it('has 10 texts, every one labelled or listed as having no chartable figure', () => {
      expect(heldTexts.length).toBe(10);
      const labelled = new Set(heldClaims.map((c) => c.article));
      const noClaims = readFileSync(`${held}/LABELLING.md`, 'utf8');
      expect(heldTexts.filter((f) => !labelled.has(f) && !noClaims.includes(f))).toEqual([]);
    });

    it('uses agency ids from agencies.yaml and the fixture vocabulary', () => {
      const unknown = heldClaims.flatMap((c) => (c.entity ?? []).filter((e) => !agencyIds.has(e)));
      expect([...new Set(unknown)]).toEqual([]);
      expect(heldClaims.filter((c) => !QUALIFIERS.has(c.qualifier ?? '')).map((c) => `${c.article} ${c.value} ${c.qualifier}`)).toEqual([]);
      expect(heldClaims.filter((c) => !STATUSES.has(c.status ?? '')).map((c) => `${c.article} ${c.value} ${c.status}`)).toEqual([]);
      expect(heldClaims.filter((c) => !(c.time === null || typeof c.time === 'string'))).toEqual([]);
      expect(heldClaims.filter((c) => !Array.isArray(c.entity) || !c.entity.length || typeof c.subject !== 'string')).toEqual([]);
    });

    it('every text has a sidecar and a line in SOURCES.md, and none is a text of an earlier set', () => {
      for (const f of heldTexts) {
        const y = checkSidecar(held, f, sources);
        for (const e of earlier) {
          expect(e.sources.includes(y.url), `${f} url is not in ${e.dir}`).toBe(false);
          expect(e.texts.includes(f), `${f} name is not a text of ${e.dir}`).toBe(false);
          expect(new Set(e.bodies.values()).has(heldBodies.get(f)!), `${f} is not a copy of a text of ${e.dir}`).toBe(false);
        }
      }
    });
  });
  EARLIER.push({ dir: held, sources, texts: heldTexts, bodies: heldBodies });
}

checkHeldOut('gov held-out', 'tests/fixtures/gov-holdout');
checkHeldOut('gov held-out 2', 'tests/fixtures/gov-holdout2');
checkHeldOut('gov held-out 3', 'tests/fixtures/gov-holdout3');
checkHeldOut('gov held-out 4', 'tests/fixtures/gov-holdout4');
checkHeldOut('gov held-out 5', 'tests/fixtures/gov-holdout5');
checkHeldOut('gov held-out 6', 'tests/fixtures/gov-holdout6');
checkHeldOut('gov held-out 7', 'tests/fixtures/gov-holdout7');
checkHeldOut('gov held-out 8', 'tests/fixtures/gov-holdout8');
checkHeldOut('gov held-out 9', 'tests/fixtures/gov-holdout9');
checkHeldOut('gov held-out 10', 'tests/fixtures/gov-holdout10');
checkHeldOut('gov held-out 11', 'tests/fixtures/gov-holdout11');
