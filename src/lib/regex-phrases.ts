// Spell out the phrases a cue regular expression matches, for the methodology page.

type Alt = string[];

/** Split at top-level `|`. */
function splitTop(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      cur += c + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '(' || c === '[') depth++;
    if (c === ')' || c === ']') depth--;
    if (c === '|' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

const CAP = 400;
const product = (a: Alt, b: Alt): Alt => {
  const out: string[] = [];
  for (const x of a) for (const y of b) if (out.length < CAP) out.push(x + y);
  return out;
};

/**
 * The phrases a regular expression matches, spelled out for readers: groups and
 * optional parts expanded, `\s+` as a space, `\w+` as "…". Lookarounds and
 * anchors are dropped. Good for the cue lists, which are alternations of words.
 */
export function phrases(re: RegExp | string): string[] {
  const src = typeof re === 'string' ? re : re.source;
  const expand = (s: string): Alt => {
    let acc: Alt = [''];
    let i = 0;
    while (i < s.length) {
      let tok: Alt;
      const c = s[i];
      if (c === '(') {
        let depth = 1;
        let j = i + 1;
        while (j < s.length && depth > 0) {
          if (s[j] === '\\') j++;
          else if (s[j] === '(') depth++;
          else if (s[j] === ')') depth--;
          j++;
        }
        const inner = s.slice(i + 1, j - 1);
        i = j;
        if (/^\?<?[=!]/.test(inner)) continue; // lookaround: not part of the phrase
        tok = splitTop(inner.replace(/^\?(?::|<[^>]+>)/, '')).flatMap(expand);
      } else if (c === '[') {
        const j = s.indexOf(']', i + 1);
        const cls = s.slice(i + 1, j).replace(/\\(.)/g, '$1');
        i = j + 1;
        tok = /-/.test(cls.replace(/^-|-$/g, '')) || cls.startsWith('^') ? ['…'] : [...new Set(cls.replace(/’/g, "'"))].slice(0, 3);
      } else if (c === '\\') {
        const e = s[i + 1];
        i += 2;
        tok = e === 's' ? [' '] : e === 'b' || e === 'B' ? [''] : e === 'w' || e === 'd' || e === 'p' ? ['…'] : [e];
        if (e === 'p' && s[i] === '{') i = s.indexOf('}', i) + 1;
      } else if (c === '^' || c === '$') {
        i++;
        tok = [''];
      } else if (c === '.') {
        i++;
        tok = ['…'];
      } else {
        i++;
        tok = [c];
      }
      // Quantifiers: ? makes the token optional; + and * keep one copy.
      const q = s[i];
      if (q === '?') {
        tok = ['', ...tok];
        i++;
      } else if (q === '+' || q === '*') {
        if (q === '*') tok = ['', ...tok];
        i++;
      } else if (q === '{') i = s.indexOf('}', i) + 1;
      if (s[i] === '?') i++; // lazy
      acc = product(acc, tok);
    }
    return acc;
  };
  const out = splitTop(src).flatMap(expand).map((p) => p.replace(/…+/g, '…').replace(/\s+/g, ' ').trim());
  return [...new Set(out.filter(Boolean))];
}

