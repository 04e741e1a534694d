import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { structure } from '../../src/pipeline/structure.ts';
import { loadOfficeholders } from '../../src/pipeline/text/period.ts';
import { foldSpaces } from '../../src/pipeline/text/normalize.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
interface SeedExpect {
  headline: string | null;
  dateline: string | null;
  attribution: { reported_by?: string; originally_appeared_in?: string; cited_sources?: string[] };
  must_drop: string[];
  sections: string[];
}
const fixture = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/seed-structure.json'), 'utf8')) as Record<string, SeedExpect>;
const officeholders = loadOfficeholders(ROOT);

function seed(file: string) {
  const text = readFileSync(path.join(ROOT, 'seeds', file), 'utf8');
  const cleaned = clean(text);
  const article = structure({ file, slug: 's', cleaned, sidecar: null, officeholders });
  return { text, cleaned, article };
}

describe.each(Object.entries(fixture))('seed %s', (file, want) => {
  const { text, cleaned, article } = seed(file);
  const kept = foldSpaces(cleaned.lines.join('\n'));
  const body = foldSpaces(article.paragraphs.map((p) => p.text).join('\n'));

  it('drops every must_drop string', () => {
    for (const s of want.must_drop) {
      expect(foldSpaces(text)).toContain(foldSpaces(s)); // the fixture is about this seed
      expect(kept).not.toContain(foldSpaces(s));
    }
  });
  it('keeps the headline, sections, dateline and attribution', () => {
    if (want.headline) {
      expect(article.headline).toBe(want.headline);
      expect(article.headlineGenerated).toBe(false);
    } else {
      expect(article.headlineGenerated).toBe(true);
      // A generated headline is extractive: the lead's own words.
      expect(body).toContain(article.headline.replace(/…$/, ''));
    }
    expect(article.sections).toEqual(want.sections);
    expect(article.dateline).toBe(want.dateline);
    expect(article.attribution).toEqual(want.attribution);
    // Headings and metadata are not body text.
    for (const s of want.sections) expect(article.paragraphs.some((p) => p.text === s)).toBe(false);
    if (want.dateline) expect(article.paragraphs[0]!.text.startsWith(want.dateline)).toBe(false);
    if (want.attribution.originally_appeared_in) expect(body).not.toContain(`originally appeared in ${want.attribution.originally_appeared_in}`);
  });
  it('keeps every body sentence of the seed that is not boilerplate', () => {
    // Every line of the seed ending like a long sentence and not dropped is in the article.
    const droppedLines = new Set(cleaned.dropped.map((d) => d.line));
    for (const line of text.split('\n').map((l) => l.trim())) {
      if (line.length > 120 && /[.”"]$/.test(line) && !droppedLines.has(line)) {
        const withoutDateline = want.dateline ? line.replace(new RegExp(`^${want.dateline}\\s*—\\s*`), '') : line;
        expect(body).toContain(foldSpaces(withoutDateline));
      }
    }
  });
});

describe('clean: general rules on unseen shapes', () => {
  it('drops navigation, share buttons, cookie notices, bylines and a teaser block', () => {
    const text = [
      'Skip to main content',
      'Menu',
      'Politics',
      'Border Agents Head North as Arrests Rise',
      'By Jane Roe and John Doe, Example Times',
      'Published June 6, 2025 10:42 AM EDT',
      'Share',
      'Tweet',
      'We use cookies to improve your browsing experience. By continuing you accept our cookie policy.',
      'About 300 agents were moved to northern cities this month, officials said on Friday afternoon.',
      'Advertisement',
      'The move follows a sharp drop in crossings at the southern border, according to agency figures.',
      'More from Example Times',
      'Mayor opens new park downtown',
      'The city council voted on Tuesday to approve the plan for…',
      'Storm damages homes in the valley',
    ].join('\n');
    const r = clean(text);
    expect(r.lines).toEqual([
      'Border Agents Head North as Arrests Rise',
      'About 300 agents were moved to northern cities this month, officials said on Friday afternoon.',
      'The move follows a sharp drop in crossings at the southern border, according to agency figures.',
    ]);
    const rules = new Map(r.dropped.map((d) => [d.line, d.rule]));
    expect(rules.get('By Jane Roe and John Doe, Example Times')).toBe('byline');
    expect(rules.get('Published June 6, 2025 10:42 AM EDT')).toBe('timestamp');
    expect(rules.get('Mayor opens new park downtown')).toBe('related-block');
  });
  it('ends a teaser block when the article resumes', () => {
    const r = clean([
      'Officials said the first group of agents would arrive in the city before the end of the month.',
      'Related',
      'Some unrelated headline about sports',
      'Another unrelated headline about weather',
      'The second part of the article continues here with a long sentence about the deployment plans.',
    ].join('\n'));
    expect(r.lines).toHaveLength(2);
    expect(r.lines[1]).toMatch(/^The second part/);
  });
  it('a teaser block at the end does not swallow the credit line after it', () => {
    const r = clean([
      'Officials said the first group of agents would arrive in the city before the end of the month.',
      'You May Also Like',
      'Storm damages homes in the valley',
      'DENVER — Residents said the storm arrived without warning and knocked out power for…',
      'This article originally appeared in The Ledger.',
    ].join('\n'));
    expect(r.lines).toEqual([
      'Officials said the first group of agents would arrive in the city before the end of the month.',
      'This article originally appeared in The Ledger.',
    ]);
  });
  it('keeps bare domains at the end as cited sources, once each', () => {
    const r = clean('A long enough sentence of the article that ends the body of the story here.\nexample.org\nhttps://www.agency.gov/data\nexample.org');
    expect(r.citedSources).toEqual(['example.org', 'agency.gov']);
    expect(r.lines).toHaveLength(1);
  });
  it('drops comment forms', () => {
    const r = clean('The article says something long enough to count as a real sentence of prose.\nLeave a comment\nYour email address will not be published.\nSave my name, email, and website in this browser for the next time I comment.\nPost Comment');
    expect(r.lines).toHaveLength(1);
  });
});

// ----------------------------------------------------------------- properties

const word = fc.stringMatching(/^[a-z]{2,9}$/);
const sentence = fc.array(word, { minLength: 10, maxLength: 24 }).map((ws) => {
  const s = ws.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
});
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(' '));
const anyLine = fc.oneof(
  paragraph,
  fc.constantFrom(
    'Related Articles', 'Advertisement', 'Share', 'Leave a Reply', 'cbp.gov', 'News', 'You May Also Like', '----', 'By Jane Doe', 'Trending now',
    'This article originally appeared in The Ledger.', 'Agents at the river on Monday. (AP Photo/Jane Doe)', 'Published June 6, 2025', 'DENVER — A teaser that was cut short…',
    // Round-2 kinds: forecast, compound stamp, desk credit, meter, house rule, address, thread, embed, header pieces.
    'Cloudy. Low 40F. Winds N at 5 mph.', 'Jan 2, 2024 Updated 3:10 pm', 'From staff reports', 'You have 2 free articles remaining this month.',
    'Be civil. No personal attacks in the comments.', '18 E. Oak St.', '2 comments:', 'Ana P. said...', 'Twelve wells in a week. #ValleyWater', 'Jan 2, 2024Austin, TX, United StatesNews',
    // Round-3 kinds: forum, newsletter, print replica, member page, bilingual stamp.
    'Re: Wells Drilled Along The River', 'Quote from: mesa_mike on May 2, 2025', '4 Members and 9 Guests are viewing this topic.', 'Posts: 2,118', '“Keep rolling.”',
    'The Valley Note <hi@note.example> Tue, May 6, 2025 at 6:00 AM', 'View in browser', 'In this issue', '1 · Twelve new wells', 'Join 3,100 readers who get the Note.',
    'See WELLS, Page A4', 'WELLS', 'Continued from A1', 'Pick 3: 4-1-7', 'CLASSIFIEDS', 'GRAND OPENING', 'Issues: Water, Agriculture', 'Lectura de 2 minutos / 2 min read',
    // Round-4 kinds: video player, station widgets, wire desk, reader export, aggregator.
    'Up next in 5 seconds: Wells run dry (1:20)', 'Traffic: US-281 northbound — 9 min delay', 'Eds: Corrects spelling of well name.', '(Editing by Ana Ruiz; +1 555 0100)',
    'Tags: x | Embargo: none. Kill: none. Rights: own use.', 'The Water Office sent this bulletin at 05/06/2025 9:00 AM CDT', 'submitted 3 hours ago by mesa_mike',
    '64% upvoted', '12 comments · share · save', 'mesa_mike · 14 points · 2 hours ago', 'About community', '9.1k members · 40 online', '[Official source]', 'Valley Now staff | 2 min read',
  ),
  fc.string({ maxLength: 60 }),
  fc.array(word, { minLength: 2, maxLength: 8 }).map((ws) => ws.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')),
);

function isSubsequence(sub: string[], of: string[]): boolean {
  let i = 0;
  for (const x of of) if (i < sub.length && sub[i] === x) i++;
  return i === sub.length;
}

describe('clean: properties', () => {
  it('output lines are a subsequence of the trimmed input lines', () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 25 }), (lines) => {
        const text = lines.join('\n');
        const out = clean(text).lines;
        expect(isSubsequence(out, text.split('\n').map((l) => l.trim()))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 25 }), (lines) => {
        const once = clean(lines.join('\n')).lines;
        expect(clean(once.join('\n')).lines).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });
  it('a plain article of long sentences without markers loses nothing', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 15 }), (paras) => {
        const r = clean(paras.join('\n\n'));
        expect(r.lines).toEqual(paras);
        expect(r.dropped).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('clean: other scripts', () => {
  it('keeps a Chinese or Arabic article', () => {
    const zh = '边境特工被派往美国多个城市以协助移民执法行动。官员周一表示，这项计划将持续数周。\n批评者说，这一举措可能会导致执法资源的分散，并影响边境安全。';
    expect(clean(zh).lines).toEqual(zh.split('\n'));
    const ar = 'قال مسؤولون يوم الاثنين إن مئات العملاء الفيدراليين سيرسلون إلى عدة مدن أمريكية للمساعدة.\nوأضافوا أن الخطة ستستمر عدة أسابيع على الأقل وفقا لمذكرة داخلية.';
    expect(clean(ar).lines).toEqual(ar.split('\n'));
  });
});
