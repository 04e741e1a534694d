import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { splitDateline, structure } from '../../src/pipeline/structure.ts';
import { generateHeadline } from '../../src/pipeline/text/headline.ts';
import type { Sidecar } from '../../src/pipeline/types.ts';
import type { Officeholder } from '../../src/pipeline/text/period.ts';

const officeholders: Officeholder[] = [
  { name: 'Kristi Noem', aliases: ['Kristi Noem', 'Noem'], roles: [{ title: 'Secretary of Homeland Security', cues: ['Secretary', 'DHS Secretary'], from: '2025-01-25', to: null, source: 'test' }] },
];

function build(text: string, sidecar: Sidecar | null = null) {
  return structure({ file: 'x.txt', slug: 'x', cleaned: clean(text), sidecar, officeholders });
}

const BODY = [
  'About 300 federal agents were sent to help immigration officers in five cities, officials said on Friday.',
  'The deployment is expected to last several weeks, according to a memo reviewed by reporters this week.',
].join('\n');

describe('structure: headline', () => {
  it('takes a title-like first line as the headline and removes it from the body', () => {
    const a = build(`Agents Sent to Five Cities\n${BODY}`);
    expect(a.headline).toBe('Agents Sent to Five Cities');
    expect(a.headlineGenerated).toBe(false);
    expect(a.paragraphs.map((p) => p.text)).toEqual(BODY.split('\n'));
  });
  it('uses a repeated headline once', () => {
    const a = build(`Agents Sent to Five Cities\nAgents Sent to Five Cities\n${BODY}`);
    expect(a.headline).toBe('Agents Sent to Five Cities');
    expect(a.paragraphs).toHaveLength(2);
  });
  it('generates an extractive headline from the lead when the text has none', () => {
    const a = build(BODY);
    expect(a.headlineGenerated).toBe(true);
    expect(BODY).toContain(a.headline.replace(/…$/, ''));
    expect(a.headline.length).toBeLessThanOrEqual(111);
  });
  it('a sidecar headline wins over the text', () => {
    const a = build(`Agents Sent to Five Cities\n${BODY}`, { headline: 'Editor’s Headline', outlet: 'Example News', date: '2025-06-06' });
    expect(a.headline).toBe('Editor’s Headline');
    expect(a.headlineGenerated).toBe(false);
    expect(a.outlet).toBe('Example News');
    expect(a.period).toMatchObject({ kind: 'sidecar', from: '2025-06-06', to: '2025-06-06', label: 'June 6, 2025' });
    // The text's own headline line is still not body text.
    expect(a.paragraphs.map((p) => p.text)).toEqual(BODY.split('\n'));
  });
  it('cuts long leads at a clause boundary, never mid-word', () => {
    const h = generateHeadline('The Trump administration is planning to dispatch hundreds of border agents to different parts of the country so they can help Immigration and Customs Enforcement arrest unauthorized immigrants, sources said.');
    expect(h).toBe('The Trump administration is planning to dispatch hundreds of border agents to different parts of the country…');
    expect(generateHeadline('Short lead sentence here.')).toBe('Short lead sentence here');
  });
});

describe('structure: dateline and attribution', () => {
  it('moves "WASHINGTON —" to metadata', () => {
    const a = build(`WASHINGTON — ${BODY}`);
    expect(a.dateline).toBe('WASHINGTON');
    expect(a.paragraphs[0]!.text.startsWith('About 300')).toBe(true);
    expect(a.paragraphs[0]!.sentences[0]!.start).toBe(0);
  });
  it('reads other dateline shapes and leaves ordinary openings alone', () => {
    expect(splitDateline('EL PASO, Texas — Agents arrived on Monday in large numbers.').dateline).toBe('EL PASO, Texas');
    expect(splitDateline('NEW YORK (Reuters) – The mayor said on Friday he would go.')).toMatchObject({ dateline: 'NEW YORK', wire: 'Reuters' });
    expect(splitDateline('ICE — the agency — said it would respond.').dateline).toBeNull(); // no sentence starts after the dash
    expect(splitDateline('The agency — it said — would respond.').dateline).toBeNull();
  });
  it('takes a standalone "originally appeared in" line out of the body, keeps mentions', () => {
    const a = build(`${BODY}\nThe plan was first described in The New York Times last week, officials said.\nThis article originally appeared in The New York Times.`);
    expect(a.attribution.originally_appeared_in).toBe('The New York Times');
    expect(a.outlet).toBe('The New York Times');
    const body = a.paragraphs.map((p) => p.text).join('\n');
    expect(body).not.toContain('originally appeared');
    expect(body).toContain('first described in The New York Times');
  });
  it('"told X" in the lead is the outlet\'s own reporting; "X reported" is someone else\'s', () => {
    const own = build('Hundreds of agents will be moved to the interior, three sources told CBS News.\nThe move could start next week, two of the sources said.');
    expect(own.attribution.reported_by).toBe('CBS News');
    expect(own.outlet).toBe('CBS News');
    const other = build('An internal memo, seen by The Wall Street Journal, granted new powers to agents.\nThe agencies have not done this before, the Journal reported.');
    expect(other.attribution.reported_by).toBe('The Wall Street Journal');
    expect(other.outlet).toBeNull();
  });
  it('a passing mention deep in the text is not the attribution', () => {
    const lines = Array.from({ length: 6 }, (_, i) => `Paragraph number ${i + 1} of the story says something long enough to be prose.`);
    const a = build([...lines, 'The news was first reported by the New York Times on Friday.'].join('\n'));
    expect(a.attribution).toEqual({});
  });
  it('byline lines become the byline', () => {
    const a = build(`Agents Sent to Five Cities\nBy Jane Roe\n${BODY}`);
    expect(a.byline).toBe('Jane Roe');
    expect(a.paragraphs).toHaveLength(2);
  });
});

describe('structure: sections, paragraphs, sentences', () => {
  it('finds section headings between paragraphs', () => {
    const a = build(`Main Headline of the Story\n${BODY}\nBackground: How We Got Here\nA third paragraph with a long sentence that explains the background of the story.\nWhat Comes Next\nA fourth paragraph about the future, with another long sentence for good measure.`);
    expect(a.sections).toEqual(['Background: How We Got Here', 'What Comes Next']);
    expect(a.paragraphs.map((p) => p.section)).toEqual([null, null, 'Background: How We Got Here', 'What Comes Next']);
  });
  it('does not take prose that lost its period for a heading', () => {
    const a = build(`${BODY}\nA spokesperson for the Department of Homeland Security declined to comment\n${BODY}`);
    expect(a.sections).toEqual([]);
    expect(a.paragraphs).toHaveLength(5);
  });
  it('gives sentences stable ids and offsets within the paragraph', () => {
    const a = build('WASHINGTON — Mr. Smith met Sen. Jones. They talked about the U.S. Customs budget for hours.\nA second paragraph with one sentence in it, long enough.');
    expect(a.paragraphs.map((p) => p.id)).toEqual(['x:p1', 'x:p2']);
    expect(a.paragraphs[0]!.sentences.map((s) => s.id)).toEqual(['x:p1s1', 'x:p1s2']);
    for (const p of a.paragraphs) for (const s of p.sentences) expect(p.text.slice(s.start, s.end)).toBe(s.text);
    // Same input, same output.
    expect(build('WASHINGTON — Mr. Smith met Sen. Jones. They talked about the U.S. Customs budget for hours.\nA second paragraph with one sentence in it, long enough.')).toEqual(a);
  });
  it('drops lines without words and yields no paragraphs for a text with no sentence', () => {
    expect(build('----\n12345\n***').paragraphs).toEqual([]);
  });
  it('joins hard-wrapped lines', () => {
    const a = build('The deployment of several hundred agents to the interior of the country\nwas confirmed on Friday by two officials who spoke to reporters.');
    expect(a.paragraphs).toHaveLength(1);
  });
  it('estimates the period from officeholders in the text', () => {
    const a = build(`DHS Secretary Kristi Noem said the plan would go ahead in the coming weeks, officials said.\n${BODY}`);
    expect(a.period.kind).toBe('estimated');
    expect(a.period.from).toBe('2025-01-25');
  });
});

describe('structure: wire credits and captions', () => {
  it('"(CNN) —" is a wire credit: the outlet, not body text', () => {
    const a = build(`(CNN) — ${BODY}`);
    expect(a.dateline).toBeNull();
    expect(a.outlet).toBe('CNN');
    expect(a.attribution.reported_by).toBe('CNN');
    expect(a.paragraphs[0]!.text.startsWith('About 300')).toBe(true);
  });
  it('"WASHINGTON (Reuters) —" gives dateline and outlet', () => {
    const a = build(`WASHINGTON (Reuters) — ${BODY}`);
    expect(a.dateline).toBe('WASHINGTON');
    expect(a.outlet).toBe('Reuters');
  });
  it('photo captions and credits are dropped', () => {
    const r = clean(`${BODY}\nBorder Patrol agents stand guard near the river in El Paso, Texas, on Monday. (AP Photo/Jane Doe)\nPhoto: John Roe/Getty Images\n${BODY}`);
    expect(r.dropped.map((d) => d.rule)).toEqual(['caption', 'caption']);
  });
});

describe('structure: page furniture that carries metadata', () => {
  const page = [
    'Skip to main content',
    'Politics',
    'Sign In',
    'ICE enlists IRS agents in deportation push',
    'By Maria Roe and Nick Doe',
    'Updated June 12, 2025 at 6:15 p.m. EDT | Published June 12, 2025 at 2:00 p.m. EDT',
    'Listen · 5 min',
    BODY,
    '© 2025 The Washington Post',
  ].join('\n');
  it('byline, timestamp and copyright become byline, period and outlet', () => {
    const a = build(page);
    expect(a.headline).toBe('ICE enlists IRS agents in deportation push');
    expect(a.byline).toBe('Maria Roe and Nick Doe');
    expect(a.outlet).toBe('The Washington Post');
    expect(a.period).toMatchObject({ kind: 'estimated', from: '2025-06-12', to: '2025-06-12', label: 'estimated: June 12, 2025' });
    expect(a.paragraphs.map((p) => p.text)).toEqual(BODY.split('\n'));
  });
  it('a two-word headline right before the body survives; a wire credit is canonical', () => {
    const a = build(`Border Surge\nEL PASO, Texas (AP) — ${BODY}`);
    expect(a.headline).toBe('Border Surge');
    expect(a.headlineGenerated).toBe(false);
    expect(a.outlet).toBe('The Associated Press');
    expect(a.dateline).toBe('EL PASO, Texas');
  });
  it('a one-word section label before the headline is still navigation', () => {
    const a = build(`News\nBorder Agents Head North\n${BODY}`);
    expect(a.headline).toBe('Border Agents Head North');
  });
});

describe('structure: more dateline and credit shapes', () => {
  it('"WASHINGTON, June 6 (Reuters) -" and "A version of this story appeared in X"', () => {
    const a = build(`WASHINGTON, June 6 (Reuters) - ${BODY}\nA version of this story appeared in The Texas Tribune.`);
    expect(a.dateline).toBe('WASHINGTON');
    expect(a.outlet).toBe('The Texas Tribune');
    expect(a.attribution).toMatchObject({ originally_appeared_in: 'The Texas Tribune', reported_by: 'Reuters' });
  });
  it('a government report is not an outlet', () => {
    const a = build('According to the Congressional Record and the Annual Report, 300 agents moved to five cities this week.\nThe move is expected to last for several weeks, officials said on Monday.');
    expect(a.attribution).toEqual({});
  });
});
