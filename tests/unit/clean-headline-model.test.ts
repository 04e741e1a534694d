// The headline model (text/headline-model.ts): its features, its training, its shipped
// weights, and its place in the cleaner (it ranks the titles above the first paragraph;
// the lines it passes over go with their reason).
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { FEATURES, HEADLINE_WEIGHTS, chooseHeadline, featureVector, leadOf, trainHeadlineModel } from '../../src/pipeline/text/headline-model.ts';
import { articleOf, candidate as cand, para } from './clean-helpers.ts';

const lead = leadOf(['The county moved 240 deputies to the northern stations in April, Sheriff Dana Whitfield said on Tuesday.']);

describe('headline model', () => {
  it('ships weights for every feature it computes, by name, and is adopted', () => {
    expect(HEADLINE_WEIGHTS.features).toEqual(FEATURES.map(([n]) => n));
    expect(HEADLINE_WEIGHTS.weights).toHaveLength(FEATURES.length);
    expect(HEADLINE_WEIGHTS.adopted).toBe(true);
  });

  it('features are numbers in [0, 1]', () => {
    const x = featureVector(cand('November 19, 2020 (IF11690)', 0, 2), lead);
    for (const v of x) expect(v >= 0 && v <= 1).toBe(true);
    const named = Object.fromEntries(FEATURES.map(([n], k) => [n, x[k]]));
    expect(named.date).toBe(1);
    expect(named.bracket).toBe(1);
  });

  it('prefers a headline on the lead’s subject, with a verb, over a section label and a date line below it', () => {
    const cands = [
      cand('County Desk', 0, 3, { nwords: 2 }),
      cand('Sheriff Moves 240 Deputies to Northern Stations', 1, 3, { verb: true }),
      cand('April 14, 2026 (Report 7)', 2, 3),
    ];
    const choice = chooseHeadline(cands, lead);
    expect(choice.best).toBe(1);
    expect(choice.confidence).toBeGreaterThan(0.5);
    // The reason for a line passed over names features.
    expect(choice.reasons[2]).toMatch(/[a-z-]+ [+−]\d/);
  });

  it('training learns the sign of a feature that separates the labelled lines (deterministic)', () => {
    // Two candidates a page; the true headline always the one with a verb and the lead's words.
    const page = (y: number) => {
      const xs = [0, 1].map((j) => featureVector(cand(j === y ? 'Sheriff Moves Deputies North' : 'Weekend Edition', j, 2, { verb: j === y }), lead));
      return { xs, y };
    };
    const data = [page(0), page(1), page(0), page(1)];
    const w1 = trainHeadlineModel(data, { steps: 300 });
    const w2 = trainHeadlineModel(data, { steps: 300 });
    expect(w1).toEqual(w2);
    const k = FEATURES.findIndex(([n]) => n === 'verb');
    expect(w1[k]!).toBeGreaterThan(0.5);
  });
});

describe('the cleaner with the headline model', () => {
  // Our own page: a masthead tagline and a section label over the headline, a byline-free header.
  const page = ['Riverside Weekly', 'Your valley, your stories', 'County Desk', 'Sheriff Moves 240 Deputies to Northern Stations', para(1), para(2), para(3)].join('\n');

  it('takes the title on the article’s subject as the headline', () => {
    expect(articleOf(page).headline).toBe('Sheriff Moves 240 Deputies to Northern Stations');
  });

  it('lists the candidates it passed over with the model’s reason, and the rules alone still choose when it is off', () => {
    const r = clean(page);
    const passed = r.dropped.filter((d) => d.why?.startsWith('headline model'));
    expect(passed.map((d) => d.line)).toContain('Your valley, your stories');
    for (const d of passed) expect(d.why).toMatch(/\(.*[+−]\d/);
    const off = clean(page, { headlineModel: null });
    expect(off.dropped.some((d) => d.why !== undefined)).toBe(false);
    expect(off.lines).toContain('Sheriff Moves 240 Deputies to Northern Stations');
  });

  it('offers a long sentence-case headline the line rules took for prose, over score lines', () => {
    const text = [
      'FINAL  Eastfield 31  Northgate 17',
      'TOMORROW 6:00  Lakeside vs. Millbrook  (Millbrook -2.5)',
      'Home | Prep | College | Pros | News',
      'County sheriff announces the transfer of 240 deputies to the northern stations after a spring of record calls to the county line',
      para(1),
      para(2),
      para(3),
    ].join('\n');
    expect(articleOf(text).headline).toBe('County sheriff announces the transfer of 240 deputies to the northern stations after a spring of record calls to the county line');
  });

  it('drops an alert bulletin’s topic, the name its subscription line gives, over the item’s headline', () => {
    const text = [
      'You are subscribed to Riverside County Sheriff News for the County of Riverside. This information has recently been updated.',
      'Riverside County Sheriff News',
      'Sheriff moves 240 deputies to northern stations',
      para(1),
      para(2),
    ].join('\n');
    const r = clean(text);
    expect(r.dropped.find((d) => d.line === 'Riverside County Sheriff News')?.rule).toBe('bulletin-topic');
    expect(articleOf(text).headline).toBe('Sheriff moves 240 deputies to northern stations');
  });

  it('drops a page title right above the title it copies, and takes that title under a re-poster’s note', () => {
    const text = [
      'Several readers asked us about the deputies, so we are passing on the sheriff’s notice below as we got it.',
      'Northern Station Staffing | County Sheriff (archived)',
      'Northern Station Staffing',
      para(1),
      para(2),
    ].join('\n');
    const r = clean(text);
    expect(r.dropped.find((d) => d.line === 'Northern Station Staffing | County Sheriff (archived)')?.rule).toBe('page-title-copy');
    const a = articleOf(text);
    expect(a.headline).toBe('Northern Station Staffing');
    expect(a.paragraphs[0]!.text).toMatch(/^Several readers asked us/);
  });

  it('drops a mail client’s window title a few lines above the title it wraps', () => {
    const text = [
      'Webmail - Sheriff Moves Deputies North',
      'Dana Whitfield <dana@example.org>',
      'To: readers@example.org',
      'Sheriff Moves Deputies North',
      para(1),
      para(2),
    ].join('\n');
    expect(clean(text).dropped.find((d) => d.line.startsWith('Webmail - '))?.rule).toBe('page-title-copy');
    expect(articleOf(text).headline).toBe('Sheriff Moves Deputies North');
  });

  it('drops an agency’s name beside its acronym as the masthead, and a category page’s label, over the headline', () => {
    const text = [
      'CPD - County Parks Department',
      'Posts in Category: Northern Stations',
      'Sheriff moves 240 deputies to northern stations',
      para(1),
      para(2),
    ].join('\n');
    const r = clean(text);
    expect(r.dropped.find((d) => d.line === 'CPD - County Parks Department')?.rule).toBe('masthead');
    expect(r.dropped.find((d) => d.line.startsWith('Posts in Category'))?.rule).toBe('taxonomy');
    expect(articleOf(text).headline).toBe('Sheriff moves 240 deputies to northern stations');
  });

  it('keeps a headline that only holds an acronym among its words', () => {
    const text = ['CPD Opens Two Northern Stations in April', para(1), para(2)].join('\n');
    expect(articleOf(text).headline).toBe('CPD Opens Two Northern Stations in April');
  });
});
