// Officeholders the text introduces with their agency ("Border Patrol Chief Michael Banks",
// "Commanding General O'Shaughnessy of U.S. Northern Command"): later, the officeholder's name
// alone ("Banks said 300 more agents …", a transcript's speaker turn "RODNEY SCOTT: …") stands for
// that agency, as a short form the article defines does (abbreviations.ts). Found once per article
// from the gazetteer's mentions; a name introduced with two different agencies is dropped.
// Hand-written word orders: neither wink-nlp nor compromise links a title to its organisation.
import type { EntityMention } from '../reference/agencies.ts';

/** Surname (as written, case-sensitive) → agency ids of its officeholder. */
export type Officeholders = Map<string, string[]>;

const TITLE = String.raw`(?:(?:Acting|Deputy|Assistant|Associate|Executive|Former)\s+)*(?:Chief\s+Patrol\s+Agent|Special\s+Agent\s+in\s+Charge|Commanding\s+General|Chief|Commissioner|Director|Secretary|Administrator|Commander|Sheriff|Superintendent|Spokesperson|Spokesman|Spokeswoman)`;
const NAME = String.raw`((?:[A-Z][\w.'’-]*\s+){0,2}?)([A-Z][a-z][\w'’-]+)(?![\w'’-]|\s+[A-Z][a-z])`;
// "<Agency>('s) <Title> <Name>": "Border Patrol Chief Michael Banks", "CBP's Acting Commissioner Jane Roe".
const AFTER_AGENCY = new RegExp(String.raw`^(?:['’]s)?\s+${TITLE}\s+${NAME}`);
// "<Title> <Name> of <Agency>": "Commanding General O'Shaughnessy of U.S. Northern Command".
const BEFORE_AGENCY = new RegExp(String.raw`\b${TITLE}\s+${NAME},?\s+(?:of|from|with|at)\s+(?:the\s+)?$`);

export function findOfficeholders(sentences: { text: string; mentions: EntityMention[] }[]): Officeholders {
  const out: Officeholders = new Map();
  const clash = new Set<string>();
  const add = (surname: string, ids: string[]) => {
    const prev = out.get(surname);
    if (prev && prev.join() !== ids.join()) clash.add(surname);
    out.set(surname, [...ids]);
  };
  for (const s of sentences) {
    for (const e of s.mentions) {
      if (e.ids.length !== 1) continue;
      const a = AFTER_AGENCY.exec(s.text.slice(e.end, e.end + 80));
      if (a) add(a[2], e.ids);
      const b = BEFORE_AGENCY.exec(s.text.slice(Math.max(0, e.start - 80), e.start));
      if (b) add(b[2], e.ids);
    }
  }
  for (const c of clash) out.delete(c);
  // A surname that is itself an agency's name or a mention would only repeat it.
  for (const s of sentences) for (const e of s.mentions) out.delete(e.text);
  return out;
}

/** The sentence's mentions with its officeholders' names added (as written or in capitals, never over a mention). */
export function withOfficeholders(text: string, mentions: EntityMention[], holders: Officeholders): EntityMention[] {
  if (!holders.size) return mentions;
  const extra: EntityMention[] = [];
  for (const [surname, ids] of holders) {
    for (const form of [surname, surname.toUpperCase()]) {
      let at = text.indexOf(form);
      while (at >= 0) {
        const end = at + form.length;
        const whole = !/[\w'’-]/.test(text[at - 1] ?? '') && !/[\w-]/.test(text[end] ?? '') && !/^['’][a-z]{2,}/.test(text.slice(end));
        if (whole && !mentions.some((e) => e.start < end && e.end > at) && !extra.some((e) => e.start === at)) {
          extra.push({ start: at, end, text: form, ids: [...ids], possessive: /^['’]s/.test(text.slice(end, end + 2)) });
        }
        at = text.indexOf(form, end);
      }
    }
  }
  if (!extra.length) return mentions;
  return [...mentions, ...extra].sort((a, b) => a.start - b.start);
}
