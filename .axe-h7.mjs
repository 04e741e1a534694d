import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import http from 'node:http';
const dist = process.argv[2];
const srv = http.createServer(sirv(dist, { dev: true }));
await new Promise((r) => srv.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${srv.address().port}/`;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
for (const p of process.argv.slice(3)) {
  const ctx = await b.newContext({ viewport: { width: 768, height: 900 }, colorScheme: process.env.SCHEME ?? 'light', javaScriptEnabled: process.env.JS === '1' });
  const page = await ctx.newPage();
  await page.goto(base + p);
  if (process.env.JS === '1') await page.waitForSelector('[data-chart-frame][data-enhanced]', { state: 'attached' });
  const t = Date.now();
  const res = await new AxeBuilder({ page }).withTags(['wcag2a','wcag2aa','wcag21aa','wcag22aa']).include('[data-chart-frame]').analyze();
  console.log(p, Date.now() - t, 'ms', res.violations.map((v) => `${v.id}: ${v.nodes.length} ${v.nodes.slice(0,2).map(n=>n.target.join(' ')).join(' | ')}`));
  await ctx.close();
}
await b.close(); srv.close();
