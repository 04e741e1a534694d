// Progressive enhancement for charts: keyboard focus and tooltips on marks (bars, points, cities).
// Without this script every chart is complete; with it, each mark becomes a focusable image whose
// label is the mark's data, shown in a tooltip on hover and on focus. Arrow keys move between marks.
function enhance(frame: HTMLElement) {
  if (frame.dataset.enhanced) return;
  frame.dataset.enhanced = '1';
  const tip = frame.querySelector<HTMLElement>('.chart-tip');
  const box = frame.querySelector<HTMLElement>('.chart-figure');
  if (!tip || !box) return;
  for (const svg of frame.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
    const body = svg.querySelector('.chart-body');
    const marks = [...svg.querySelectorAll<SVGGElement>('.mark')];
    if (!body || marks.length === 0) continue;
    // The marks become the accessible content: the svg turns into a group named by its title/desc.
    svg.setAttribute('role', 'group');
    body.removeAttribute('aria-hidden');
    for (const el of body.children) if (!el.classList.contains('mark')) el.setAttribute('aria-hidden', 'true');
    marks.forEach((m, i) => {
      m.setAttribute('tabindex', '0');
      m.setAttribute('role', 'img');
      m.setAttribute('aria-label', m.dataset.tip ?? '');
      const show = () => {
        tip.textContent = m.dataset.tip ?? '';
        tip.hidden = false;
        const b = box.getBoundingClientRect();
        const r = m.getBoundingClientRect();
        const left = Math.min(Math.max(0, r.left - b.left + r.width / 2 - tip.offsetWidth / 2), Math.max(0, b.width - tip.offsetWidth));
        tip.style.left = `${Math.round(left)}px`;
        tip.style.top = `${Math.round(r.top - b.top - tip.offsetHeight - 6)}px`;
      };
      const hide = () => {
        tip.hidden = true;
      };
      m.addEventListener('mouseenter', show);
      m.addEventListener('focus', show);
      m.addEventListener('mouseleave', hide);
      m.addEventListener('blur', hide);
      m.addEventListener('keydown', (e) => {
        const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
        if (e.key === 'Escape') hide();
        if (!step) return;
        e.preventDefault();
        marks[(i + step + marks.length) % marks.length]!.focus();
      });
    });
  }
}

for (const f of document.querySelectorAll<HTMLElement>('[data-chart-frame]')) enhance(f);
