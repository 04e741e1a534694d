// The tree story route's parser (issue 20): MDX text → render nodes, as the MDX route reads it.
import { describe, expect, it } from 'vitest';
import { isComponentName, splitFrontmatter, storyTree, StoryTreeError, type TreeNode } from '../../src/lib/story-tree';
import { storyId } from '../../src/lib/story-loader';
import { storyRoute } from '../../src/lib/story-route';

const tree = (body: string) => storyTree(body, 'test.mdx');
const elements = (nodes: TreeNode[]) => nodes.filter((n): n is Exclude<TreeNode, string> => typeof n !== 'string');

describe('splitFrontmatter', () => {
  it('reads YAML frontmatter and trims the body', () => {
    const { data, body } = splitFrontmatter('---\nslug: a-b\nclaims: 3\n---\n\nFirst.\n\n');
    expect(data).toEqual({ slug: 'a-b', claims: 3 });
    expect(body).toBe('First.');
  });
  it('takes a file without frontmatter as all body', () => {
    expect(splitFrontmatter('Just text.\n')).toEqual({ data: {}, body: 'Just text.' });
  });
});

describe('storyTree', () => {
  it('keeps paragraphs, whitespace between blocks and components with their attributes', () => {
    const nodes = tree('One <Claim id="s:p1:s1:n1">1,200</Claim> agents.\n\n<Chart id="timeline" story="s" />');
    expect(nodes).toEqual([
      { t: 'p', c: ['One ', { t: 'Claim', a: { id: 's:p1:s1:n1' }, c: ['1,200'] }, ' agents.'] },
      '\n',
      { t: 'Chart', a: { id: 'timeline', story: 's' } },
    ]);
  });
  it('gives headings ids as Astro does (github-slugger, repeated titles numbered)', () => {
    const heads = elements(tree('## Border agents\n\ntext\n\n## Border agents')).filter((n) => n.t === 'h2');
    expect(heads.map((h) => h.a?.id)).toEqual(['border-agents', 'border-agents-1']);
  });
  it('reads GFM as the MDX route does: autolinked addresses, strikethrough', () => {
    const [p] = elements(tree('See https://example.com/x and ~~old~~.'));
    const kids = elements(p!.c ?? []);
    expect(kids.map((k) => k.t)).toEqual(['a', 'del']);
    expect(kids[0]!.a).toEqual({ href: 'https://example.com/x' });
  });
  it('decodes escapes and character references to plain text (Astro escapes it again)', () => {
    const [p] = elements(tree('a \\<b\\> &amp; \\{c\\} &#x69;mport'));
    expect(p!.c).toEqual(['a <b> & {c} import']);
  });
  it('renders an MDX comment as nothing and refuses code it cannot run', () => {
    expect(tree('{/* editor note */}\n\nText.')).toEqual(['\n', { t: 'p', c: ['Text.'] }]);
    expect(() => tree('Sum {1 + 1}.')).toThrow(StoryTreeError);
    expect(() => tree('import X from "./x.js"\n\nText.')).toThrow(/import\/export/);
    expect(() => tree('<Claim id={x}>1</Claim>')).toThrow(/expression/);
  });
  it('maps class and other properties to their HTML attribute names', () => {
    const nodes = tree('- [x] done');
    const input = JSON.stringify(nodes);
    expect(input).toContain('"class":"contains-task-list"');
    expect(input).toContain('"checked":true');
  });
});

describe('names and switches', () => {
  it('tells components from tags by MDX’s rule', () => {
    expect(isComponentName('Claim')).toBe(true);
    expect(isComponentName('x.Y')).toBe(true);
    expect(isComponentName('p')).toBe(false);
  });
  it('ids entries as the glob loader does', () => {
    expect(storyId('a.mdx', { slug: 'b' })).toBe('b');
    expect(storyId('a.mdx', {})).toBe('a');
  });
  it('defaults to the MDX route', () => {
    expect(storyRoute({})).toBe('mdx');
    expect(storyRoute({ SURGE_STORY_ROUTE: 'tree' })).toBe('tree');
    expect(storyRoute({ SURGE_STORY_ROUTE: 'other' })).toBe('mdx');
  });
});
