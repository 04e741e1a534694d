// The tree story route's parser (issue 20): MDX text → render nodes, as the MDX route reads it.
import { describe, expect, it } from 'vitest';
import { isComponentName, splitFrontmatter, storyTree, StoryTreeError, type TreeNode } from '../../src/lib/story-tree';
import { storyId } from '../../src/lib/story-loader';
import { storyRoute } from '../../src/lib/story-route';
import { renderParts } from '../../src/lib/story-html';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import StoryTree from '../../src/components/StoryTree.astro';
import ElementTree from '../fixtures/story-tree/ElementTree.astro';
import Mark from '../fixtures/story-tree/Mark.astro';
import Box from '../fixtures/story-tree/Box.astro';

const tree = (body: string) => storyTree(body, 'test.mdx');
const elements = (nodes: TreeNode[]) => nodes.filter((n): n is Exclude<TreeNode, string> => typeof n !== 'string');

describe('splitFrontmatter', () => {
  it('reads YAML frontmatter and trims the body', async () => {
    const { data, body } = splitFrontmatter('---\nslug: a-b\nclaims: 3\n---\n\nFirst.\n\n');
    expect(data).toEqual({ slug: 'a-b', claims: 3 });
    expect(body).toBe('First.');
  });
  it('takes a file without frontmatter as all body', async () => {
    expect(splitFrontmatter('Just text.\n')).toEqual({ data: {}, body: 'Just text.' });
  });
});

describe('storyTree', () => {
  it('keeps paragraphs, whitespace between blocks and components with their attributes', async () => {
    const nodes = await tree('One <Claim id="s:p1:s1:n1">1,200</Claim> agents.\n\n<Chart id="timeline" story="s" />');
    expect(nodes).toEqual([
      { t: 'p', c: ['One ', { t: 'Claim', a: { id: 's:p1:s1:n1' }, c: ['1,200'] }, ' agents.'] },
      '\n',
      { t: 'Chart', a: { id: 'timeline', story: 's' } },
    ]);
  });
  it('gives headings ids as Astro does (github-slugger, repeated titles numbered)', async () => {
    const heads = elements(await tree('## Border agents\n\ntext\n\n## Border agents')).filter((n) => n.t === 'h2');
    expect(heads.map((h) => h.a?.id)).toEqual(['border-agents', 'border-agents-1']);
  });
  it('reads GFM as the MDX route does: autolinked addresses, strikethrough', async () => {
    const [p] = elements(await tree('See https://example.com/x and ~~old~~.'));
    const kids = elements(p!.c ?? []);
    expect(kids.map((k) => k.t)).toEqual(['a', 'del']);
    expect(kids[0]!.a).toEqual({ href: 'https://example.com/x' });
  });
  it('decodes escapes and character references to plain text (Astro escapes it again)', async () => {
    const [p] = elements(await tree('a \\<b\\> &amp; \\{c\\} &#x69;mport'));
    expect(p!.c).toEqual(['a <b> & {c} import']);
  });
  it('renders an MDX comment as nothing and refuses code it cannot run', async () => {
    expect(await tree('{/* editor note */}\n\nText.')).toEqual(['\n', { t: 'p', c: ['Text.'] }]);
    await expect(tree('Sum {1 + 1}.')).rejects.toThrow(StoryTreeError);
    await expect(tree('import X from "./x.js"\n\nText.')).rejects.toThrow(/import\/export/);
    await expect(tree('<Claim id={x}>1</Claim>')).rejects.toThrow(/expression/);
  });
  it('unravels a paragraph of only JSX, as MDX does, and marks written tags', async () => {
    expect(await tree('<div className="aside">Text *here*.</div>')).toEqual([
      { t: 'div', a: { className: 'aside' }, c: ['Text ', { t: 'em', c: ['here'] }, '.'], x: 1 },
    ]);
  });
  it('gives table cells their alignment as a style and no white space between rows', async () => {
    const [table] = elements(await tree('| a | b |\n|:--|--:|\n| 1 | 2 |'));
    const text = JSON.stringify(table);
    expect(text).toContain('"style":"text-align:left"');
    expect(text).not.toContain('"\\n"');
  });
  it('maps class and other properties to their HTML attribute names', async () => {
    const nodes = await tree('- [x] done');
    const input = JSON.stringify(nodes);
    expect(input).toContain('"class":"contains-task-list"');
    expect(input).toContain('"checked":true');
    expect(input).not.toContain('"disabled":""');
  });
});

describe('names and switches', () => {
  it('tells components from tags by MDX’s rule', async () => {
    expect(isComponentName('Claim')).toBe(true);
    expect(isComponentName('x.Y')).toBe(true);
    expect(isComponentName('p')).toBe(false);
  });
  it('ids entries as the glob loader does', async () => {
    expect(storyId('a.mdx', { slug: 'b' })).toBe('b');
    expect(storyId('a.mdx', {})).toBe('a');
  });
  it('defaults to the MDX route', async () => {
    expect(storyRoute({})).toBe('mdx');
    expect(storyRoute({ SURGE_STORY_ROUTE: 'tree' })).toBe('tree');
    expect(storyRoute({ SURGE_STORY_ROUTE: 'other' })).toBe('mdx');
  });
});

describe('renderParts (story-html)', () => {
  const Fake = () => 'mark'; // any map entry that is not a string is a component
  it('prints elements as HTML with Astro’s escaping and leaves components as parts', async () => {
    const nodes = await tree('One <Claim id="a&b">1,200</Claim> "agents" & it\'s \\<x>.\n\n<Chart id="t" />');
    const parts = renderParts(nodes, { Claim: Fake, Chart: Fake });
    expect(parts).toEqual([
      '<p>One ',
      { component: Fake, attrs: { id: 'a&b' }, children: ['1,200'] },
      ' &quot;agents&quot; &amp; it&#39;s &lt;x&gt;.</p>\n',
      { component: Fake, attrs: { id: 't' } },
    ]);
  });
  it('renames tags by the map, keeps written lowercase JSX tags and refuses unknown components', async () => {
    const nodes = await tree('## Head\n\n<h2>kept</h2>');
    expect(renderParts(nodes, { h2: 'h3' })).toEqual(['<h3 id="head">Head</h3>\n<h2>kept</h2>']);
    expect(() => renderParts([{ t: 'Other' }], {})).toThrow(/<Other>/);
  });
  it('prints void elements, boolean and class attributes as Astro does', async () => {
    const [html] = renderParts(await tree('- [x] done\n\na  \nb'), {});
    expect(html).toContain('<input type="checkbox" checked disabled/>');
    expect(html).toContain('class="contains-task-list"');
    expect(html).toContain('a<br/>\nb');
  });
});

describe('StoryTree.astro', () => {
  // The same HTML as the first renderer, which made every element an Astro component call.
  const bodies = [
    'One <Claim id="s:p1:s1:n1">1,200</Claim> agents, "quoted" & it\'s \\<b>.\n\n<Chart id="timeline" story="s" />',
    '## Border agents\n\n### Sub *head*\n\ntext with **bold**, `code`, [a link](https://e.x/?a=1&b="2") and ~~old~~.',
    '| a | b |\n|:--|--:|\n| 1 | <Claim id="c">2</Claim> |\n\n> quote\n\n1. one\n2. two\n\n- [x] done\n- [ ] not\n\n---\n\nline  \nbreak',
    '<div className="aside" data-x="y">Text *here*.</div>\n\nA note[^1].\n\n[^1]: The note.\n\n<img src="/a.png" alt="A &amp; B" />',
  ];
  it.each(bodies)('prints what the per-element renderer printed: %#', async (body) => {
    const c = await AstroContainer.create();
    const nodes = await tree(body);
    for (const components of [{ Claim: Mark, Chart: Box }, { Claim: Mark, Chart: Box, h2: 'h3', h3: 'h4', h4: 'h5' }]) {
      const props = { nodes, components };
      const now = await c.renderToString(StoryTree, { props });
      expect(now).toBe(await c.renderToString(ElementTree, { props }));
      expect(now).toContain('<');
    }
  });
});
