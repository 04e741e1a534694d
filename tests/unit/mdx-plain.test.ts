// The direct writer of plain story blocks (emit/mdx.ts plainBody) must write exactly what
// mdast-util-to-markdown writes, on any tree the pipeline builds: random paragraphs over an
// alphabet rich in the characters the escaper cares about, with <Claim> elements and <Chart />s.
import fc from 'fast-check';
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { markdownBody, plainBody, serializeBody } from '../../src/pipeline/emit/mdx.ts';

const pieces = ['Agents', 'sent', 'import', 'export', 'e', 'i', 'x', '1,200', '2025', '3.', '4)', '-', '+', '#', '=', '~', '>', '<', '<b', '&', '&amp;', '*', '_', '`', '[', ']', '(', ')', '!', '{', '}', '|', '\\', '.', ',', '"', "'", '’', '“', '—', ' ', '  ', '\t', '\n', '\u00a0', 'café', '%', '$', ':', ';', '?'];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 12 }).map((xs) => xs.join(''));
const claimId = fc.constantFrom('story-a:p1s1#n1', 'b:p2s3#n4', 'x"y', 'a&b', 'has space');
const phrasing: fc.Arbitrary<PhrasingContent> = fc.oneof(
  text.map((value) => ({ type: 'text', value }) as PhrasingContent),
  fc.record({ id: claimId, value: text }).map(({ id, value }) => ({ type: 'mdxJsxTextElement', name: 'Claim', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }], children: [{ type: 'text', value }] }) as PhrasingContent),
);
const block: fc.Arbitrary<RootContent> = fc.oneof(
  { weight: 4, arbitrary: fc.array(phrasing, { minLength: 1, maxLength: 6 }).map((children) => ({ type: 'paragraph', children }) as RootContent) },
  { weight: 1, arbitrary: fc.constantFrom('personnel-by-agency', 'a"b').map((id) => ({ type: 'mdxJsxFlowElement', name: 'Chart', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }, { type: 'mdxJsxAttribute', name: 'story', value: 's-1' }], children: [] }) as RootContent) },
  { weight: 1, arbitrary: text.map((value) => ({ type: 'heading', depth: 2, children: [{ type: 'text', value }] }) as RootContent) },
);

describe('plainBody', () => {
  it('equals the library on random story trees', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 0, maxLength: 5 }), (children) => {
        const tree: Root = { type: 'root', children };
        expect(serializeBody(tree)).toBe(markdownBody(tree));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes a plain story itself and leaves other blocks to the library', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'Agents sent ' }, { type: 'mdxJsxTextElement', name: 'Claim', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 's:p1s1#n1' }], children: [{ type: 'text', value: 'about 1,200' }] }, { type: 'text', value: ' officers.' }] },
        { type: 'paragraph', children: [{ type: 'text', value: '1. Import_this *now*' }] },
      ],
    };
    expect(plainBody(tree)).toBe(markdownBody(tree));
    expect(plainBody(tree)).toContain('<Claim id="s:p1s1#n1">about 1,200</Claim>');
    expect(plainBody({ type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Background' }] }] })).toBeNull();
  });
});
