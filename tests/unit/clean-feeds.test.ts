// The cleaner on the page formats of round 4 of issue 15 (a TV station's video page, a wire
// service's client desk, a reader-mode export, a link aggregator, an AMP page), with lines
// written for these tests: each feature drops its furniture, keeps the article and finds
// the article's own headline.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import * as chrome from '../../src/pipeline/text/chrome.ts';
import { ruleOf, articleOf } from './clean-helpers.ts';

const para = (k: number) => `Paragraph ${k}: the water district drilled 14 new wells along the river in May, the district's manager said on Friday.`;
const body = [para(1), para(2), para(3)];

describe('a TV station video page', () => {
  const title = 'District drills 14 wells along the river';
  const page = [
    'LIVE NOW: Valley 7 News at 6 | Watch Now',
    'KVLY 7',
    '7 Storm Alert: Flood watch for Starr County until 6 p.m.',
    'Traffic: US-83 eastbound at Bentsen Rd. — 2 left lanes blocked',
    'Play',
    'Closed captioning for this video is provided by KVLY 7 and may contain errors.',
    title,
    'By KVLY 7 Web Team',
    para(1),
    'Transcript',
    para(2),
    para(3),
    'Up next in 6 seconds: County opens 2 cooling centers in Edinburg (1:05)',
    'Cancel autoplay',
  ];
  const r = clean(page.join('\n'));
  it('keeps the story and its headline, drops the player and the widgets', () => {
    expect(r.lines).toEqual([title, ...body]);
    expect(articleOf(page.join('\n')).headline).toBe(title);
  });
  it('says why each line went', () => {
    expect(ruleOf(r, page[0]!)).toBe('ticker');
    expect(ruleOf(r, page[2]!)).toBe('ticker');
    expect(ruleOf(r, page[3]!)).toBe('traffic');
    expect(ruleOf(r, page[5]!)).toBe('player-notice');
    expect(ruleOf(r, 'By KVLY 7 Web Team')).toBe('byline');
    expect(ruleOf(r, 'Transcript')).toBe('player');
    expect(ruleOf(r, page[12]!)).toBe('teaser');
  });
  it('keeps a sentence that only mentions traffic or captions', () => {
    for (const line of ['Traffic on the bridge fell by 12 percent in May, the city said in its monthly report.', 'Captions on the station’s broadcasts drew 40 complaints last year, the commission said.']) {
      expect(clean([para(1), line, para(2)].join('\n')).lines).toContain(line);
    }
  });
});

describe('a wire client desk', () => {
  const title = 'District Drills 14 Wells Along the Rio Grande';
  const page = [
    'Client Desk — BC-TX-Water-Wells',
    'BC-TX-Water-Wells/ 2nd Ld-Writethru',
    'Eds: ADDS district figures in 2nd paragraph.',
    'Advisory: District release; no independent reporting.',
    title,
    'By Valley Wire staff',
    ...body,
    '(Compiled by the Valley Wire desk; editing by Ana Ruiz; +1 956 555 0100)',
    'Topic codes: US-WATER, TX, GOVT',
    'Rights: Subscriber use only. Embargo: none. Kill: none.',
  ];
  const r = clean(page.join('\n'));
  it('keeps the story and its headline, drops notes, slugs, credits and fields', () => {
    expect(r.lines).toEqual([title, ...body]);
    expect(articleOf(page.join('\n')).headline).toBe(title);
  });
  it('says why each line went', () => {
    expect(ruleOf(r, page[0]!)).toBe('wire-slug');
    expect(ruleOf(r, page[2]!)).toBe('wire-note');
    expect(ruleOf(r, page[3]!)).toBe('wire-note');
    expect(ruleOf(r, page[9]!)).toBe('credits');
    expect(ruleOf(r, page[11]!)).toBe('metadata-fields');
  });
  it('keeps an editor’s note of the article, a hyphenated name and a labelled sentence', () => {
    expect(chrome.wireNote("editor's note: this article reproduces the district's release in full.")).toBe(false);
    expect(chrome.slugLine('Leaders sign the US-Mexico-Canada pact')).toBe(false);
    expect(chrome.fieldStrip('Removals: the district closed 3 wells in May. It opened 14 more in June.')).toBe(false);
  });
});

describe('a reader-mode export of a release', () => {
  const title = 'District Sets a Record for New Wells Under Its Drought Plan';
  const sub = 'Manager Ruiz Keeps the District Supplied, Expands Reserves';
  const page = ['ClearView · Reader view | Exit reader view', 'valleywater.example/news/wells', title, sub, 'By Valley Staff · May 6, 2025, 4:10 p.m.', ...body];
  it('takes the upper of a title and its shorter title-case subtitle as the headline', () => {
    const r = clean(page.join('\n'));
    expect(ruleOf(r, 'By Valley Staff · May 6, 2025, 4:10 p.m.')).toBe('byline');
    expect(articleOf(page.join('\n')).headline).toBe(title);
  });
  it('drops a bulletin service’s sender line', () => {
    const line = 'Valley Water District sent this bulletin at 05/06/2025 09:02 AM CDT';
    const r = clean(['District drills 14 wells', line, ...body].join('\n'));
    expect(ruleOf(r, line)).toBe('mail-header');
    expect(articleOf(['District drills 14 wells', line, ...body].join('\n')).headline).toBe('District drills 14 wells');
  });
});

describe('a link aggregator thread', () => {
  const title = 'Well Drilling Report';
  const comment = 'My uncle worked on one of those rigs last year and he said they drilled about 30 wells before the money ran out in the fall.';
  const page = [
    'About community',
    'Talk, questions and news from the river valley. Be kind to each other.',
    '9.1k members · 40 online',
    'Created Jan 2, 2014',
    'Pinned by moderators',
    '▲ 210 ▼',
    '[Official source]',
    title,
    '(valleywater.example)',
    'submitted 3 hours ago by mesa_mike · Flair: Water',
    ...body,
    '44 comments · share · save · report',
    '81% upvoted',
    'Sort by: best ▾',
    'river_rat · 120 points · 2 hours ago',
    comment,
    'permalink · save · reply',
  ];
  const r = clean(page.join('\n'));
  it('keeps the post and its title, drops the sidebar, the post furniture and the comments', () => {
    expect(r.lines).toEqual([title, ...body]);
    expect(articleOf(page.join('\n')).headline).toBe(title);
  });
  it('says why each line went', () => {
    expect(ruleOf(r, page[1]!)).toBe('community-sidebar');
    expect(ruleOf(r, 'submitted 3 hours ago by mesa_mike · Flair: Water')).toBe('post-meta');
    expect(ruleOf(r, '81% upvoted')).toBe('engagement-count');
    expect(ruleOf(r, comment)).toBe('comment-thread');
  });
});

describe('an AMP page', () => {
  const title = 'District Drills 14 Wells Along the River';
  const page = ['Valley Now', 'Breaking: US-83 closed at Bentsen Road after crash; expect delays', 'Sponsored: Valley Solar customers can save up to $300 a year. See if you qualify ›', title, 'Valley Now staff | 3 min read', ...body];
  it('takes the title over the byline, not the breaking bar or the sponsored slot', () => {
    expect(articleOf(page.join('\n')).headline).toBe(title);
  });
});

describe('masthead named by the copyright line', () => {
  it('drops the masthead but not a headline that shares its first word', () => {
    const page = ['The County Dispatch', 'County Moves Deputies North', ...body, '© 2025 The County Dispatch'];
    const r = clean(page.join('\n'));
    expect(r.lines).toEqual(['County Moves Deputies North', ...body]);
    expect(ruleOf(r, 'The County Dispatch')).toBe('masthead');
  });
  it('still drops a station masthead beside its owner’s name', () => {
    const page = ['Channel 9 Action News', 'Deputies Move North for the Summer', ...body, '© 2025 Channel 9 Media, Inc.'];
    expect(clean(page.join('\n')).lines).toEqual(['Deputies Move North for the Summer', ...body]);
  });
});

describe('structure of a release with a title-case subtitle', () => {
  const title = 'District Sets a Record for New Wells Under Its Drought Plan';
  const sub = 'Manager Ruiz Keeps the District Supplied, Expands Reserves';
  it('keeps the subtitle as the dek and the byline without its stamp', () => {
    const a = articleOf([title, sub, 'By Valley Staff · May 6, 2025, 4:10 p.m.', ...body].join('\n'));
    expect(a.headline).toBe(title);
    expect(a.dek).toBe(sub);
    expect(a.byline).toBe('Valley Staff');
    expect(a.paragraphs.map((p) => p.text)).toEqual(body);
  });
  it('takes no section heading on another subject for a dek', () => {
    const a = articleOf([title, 'Background On The Valley Aquifer Program', ...body].join('\n'));
    expect(a.dek).toBeNull();
  });
});
