// Chromium's PDF backend (Skia) rasterises SVG <pattern> fills into bitmap tiles,
// so a hatched bar would print as an image. Before printing, each shape filled
// with a pattern gets the pattern's tiles drawn as real SVG elements, clipped to
// the shape, and its fill removed: the chart stays vector on paper.
// Runs in the page (page.evaluate): self-contained, no imports, no closures.
// Handles the common pattern form (no viewBox, patternContentUnits userSpaceOnUse,
// no href to another pattern); any other pattern is left as Chromium draws it.

export function vectorizePatterns(maxTiles: number): number {
  const NS = 'http://www.w3.org/2000/svg';
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const shapes = Array.from(document.querySelectorAll<SVGGraphicsElement>('svg rect, svg path, svg circle, svg ellipse, svg polygon'));
  let replaced = 0;
  let serial = 0;
  for (const el of shapes) {
    if (el.closest('pattern, clipPath, mask, marker, symbol')) continue;
    const m = /url\(\s*["']?#([^"')]+)["']?\s*\)/.exec(getComputedStyle(el).fill);
    if (!m) continue;
    const pattern = document.getElementById(m[1]!);
    if (!(pattern instanceof SVGPatternElement)) continue;
    if (pattern.hasAttribute('viewBox') || pattern.hasAttribute('href') || pattern.hasAttribute('xlink:href')) continue;
    if ((pattern.getAttribute('patternContentUnits') ?? 'userSpaceOnUse') !== 'userSpaceOnUse') continue;
    const svg = el.ownerSVGElement;
    if (!svg || !el.parentNode) continue;

    const box = el.getBBox();
    if (box.width <= 0 || box.height <= 0) continue;
    const num = (name: string) => Number.parseFloat(pattern.getAttribute(name) ?? '0') || 0;
    const bboxUnits = (pattern.getAttribute('patternUnits') ?? 'objectBoundingBox') === 'objectBoundingBox';
    const w = bboxUnits ? num('width') * box.width : num('width');
    const h = bboxUnits ? num('height') * box.height : num('height');
    const px = bboxUnits ? box.x + num('x') * box.width : num('x');
    const py = bboxUnits ? box.y + num('y') * box.height : num('y');
    if (!(w > 0 && h > 0)) continue;

    // The shape's box, seen in the pattern's own (transformed) space, decides which tiles to draw.
    const transform = pattern.getAttribute('patternTransform');
    const list = pattern.patternTransform.baseVal.consolidate();
    const matrix = list ? DOMMatrix.fromMatrix(list.matrix) : new DOMMatrix();
    const inverse = matrix.inverse();
    const corners = [
      [box.x, box.y],
      [box.x + box.width, box.y],
      [box.x, box.y + box.height],
      [box.x + box.width, box.y + box.height],
    ].map(([x, y]) => inverse.transformPoint(new DOMPoint(x, y)));
    const xs = corners.map((p) => p.x);
    const ys = corners.map((p) => p.y);
    const i0 = Math.floor((Math.min(...xs) - px) / w);
    const i1 = Math.ceil((Math.max(...xs) - px) / w);
    const j0 = Math.floor((Math.min(...ys) - py) / h);
    const j1 = Math.ceil((Math.max(...ys) - py) / h);
    if ((i1 - i0) * (j1 - j0) > maxTiles) continue;

    const clip = document.createElementNS(NS, 'clipPath');
    clip.setAttribute('id', `pdf-pattern-clip-${++serial}`);
    const outline = el.cloneNode(false) as SVGElement;
    for (const a of ['id', 'class', 'style', 'fill', 'stroke', 'transform']) outline.removeAttribute(a);
    clip.appendChild(outline);

    const group = document.createElementNS(NS, 'g');
    group.setAttribute('clip-path', `url(#${clip.id})`);
    const shapeTransform = el.getAttribute('transform');
    if (shapeTransform) group.setAttribute('transform', shapeTransform);
    group.setAttribute('aria-hidden', 'true');
    const tiles = document.createElementNS(NS, 'g');
    if (transform) tiles.setAttribute('transform', transform);
    for (let i = i0; i < i1; i++) {
      for (let j = j0; j < j1; j++) {
        const tile = document.createElementNS(NS, 'g');
        tile.setAttribute('transform', `translate(${round(px + i * w)} ${round(py + j * h)})`);
        for (const child of Array.from(pattern.children)) {
          const copy = child.cloneNode(true) as Element;
          copy.removeAttribute('id');
          for (const inner of Array.from(copy.querySelectorAll('[id]'))) inner.removeAttribute('id');
          tile.appendChild(copy);
        }
        tiles.appendChild(tile);
      }
    }
    group.appendChild(tiles);
    let defs = svg.querySelector(':scope > defs');
    if (!defs) defs = svg.insertBefore(document.createElementNS(NS, 'defs'), svg.firstChild);
    defs.appendChild(clip);
    // Fill first, then the shape's own stroke on top, as the pattern fill was painted.
    el.parentNode.insertBefore(group, el);
    el.style.fill = 'none';
    replaced++;
  }
  return replaced;
}
