// Where a figure stands (requested → planned/ordered → deployed → completed), from the
// verbs and tense in the clause around the number. Priority when several cues meet:
// a request governs what it asks for; a future/modal verb governs the movement it
// announces ("will be sent" is planned, not deployed).
import type { Status, UnitFamily } from '../types.ts';

// Phrases that contain a cue word but say nothing about the figure.
const NOISE = /\b(?:request(?:ing|ed)?\s+anonymity|requests?\s+for\s+comment|asked\s+not\s+to\s+be\s+(?:named|identified)|(?:on\s+)?(?:the\s+)?condition\s+of\s+anonymity|declined\s+to\s+comment|did\s+not\s+respond|could\s+not\s+be\s+reached|(?:was|were|is|are)\s+not\s+(?:authori[sz]ed|permitted)\s+to\s+(?:speak|discuss|comment)|reported\s+by|first\s+reported|has\s+been\s+reported|the\s+\w+\s+reported|reported\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:final\s+)?orders?\s+of\s+(?:removal|deportation)|(?:final|removal|deportation)\s+orders?)\b/gi;

// Every NOISE phrase holds one of these words: most windows hold none and skip the long pattern.
const NOISE_WORDS = /anonymity|comment|named|identified|respond|reached|authori|permitted|reported|order/i;
const stripNoise = (text: string) => (NOISE_WORDS.test(text) ? text.replace(NOISE, ' ') : text);

export const CUES: [RegExp, Status][] = [
  [/\b(?:request(?:ed|s|ing)?|ask(?:ed|s|ing)?\s+(?:for|the|to|that|[A-Z])|ask(?:ed|s)|seek(?:s|ing)?|sought|call(?:ed|s|ing)?\s+for|appeal(?:ed|s)?\s+for|petition(?:ed)?)\b/i, 'requested'],
  // Modals are matched in lower case only: "May" is a month.
  [/\b(?:will|would|could|may|might|shall|should)\b/, 'planned'],
  [/\b(?:is|are)\s+ordering\b|\b(?:expected|planning|plans?|planned|intends?|intended|set|slated|scheduled|poised|going|preparing|prepares|aims?|hopes?|proposed?|proposes|moved|moving|moves|seeks)\s+to\b|\bto\s+be\s+(?:sent|deployed|dispatched|reassigned|hired|added)\b|\bproposed\b|\bplans?\s+(?:for|call)\b/i, 'planned'],
  [/\b(?:ordered|orders|directed|directs|authori[sz]ed|authori[sz]es|approved|approves|mandated|mobili[sz]ed|activated)\b/i, 'ordered'],
  [/\b(?:deployed|deploying|deploys|sent|sends|sending|dispatched|dispatching|redeployed|redeploying|reassigned|reassigning|stationed|arrived|already\s+there|on\s+the\s+ground|on\s+duty|now\s+serve|in\s+place|surged|transferred|detailed|posted|assigned|redirected|redirecting|are\s+serving|now\s+serving|joined|joining)\b/i, 'deployed'],
  [/\b(?:completed|finished|concluded|seized|confiscated|arrested|apprehended|deported|removed|detained|led\s+to|resulted\s+in|made|conducted|carried\s+out|processed|expelled|returned|booked|charged|convicted|rounded\s+up|t(?:ook|aken)\s+into\s+custody|hired|recruited|trained|filed|indicted|prosecuted|sentenced|brought\s+(?:[\w-]+\s+){0,3}?charges|fac(?:e|es|ed)\s+(?:[\w-]+\s+)?(?:charges|allegations|counts))\b/i, 'completed'],
];
// Priority when several cues meet: the order of CUES (requested, planned, ordered, deployed, completed).

const GRANTED_REQUEST = /\b(?:approved|approves|granted|grants|signed\s+off\s+on)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?requests?\b/i;

export interface StatusWindow {
  /** Text of the clause before the number (from the previous number or clause start). */
  before: string;
  /** Text after the number up to the next number or the clause end. */
  after: string;
}


export function findStatus(w: StatusWindow, family: UnitFamily): Status {
  // Places ("ICE's 25 field offices") and shares describe what exists; only a verb
  // right before them changes that ("will open 10 new field offices").
  if (family === 'places' || family === 'share') {
    const near = w.before.slice(-40);
    if (/\b(?:will|plans?\s+to|expected\s+to)\s+(?:open|build|add|close)\b/i.test(near)) return 'planned';
    if (/\b(?:opened|built|added|closed)\b/i.test(near)) return 'completed';
    return 'reported';
  }
  // After the number only the verb group that follows it counts ("100 agents will be sent").
  const afterVerb = /^[^,;:—–()]{0,60}/.exec(w.after)?.[0] ?? '';
  // CUES are in priority order: the first cue found in either text decides, and the
  // rest need not be tested.
  const before = stripNoise(w.before);
  const after = stripNoise(afterVerb);
  // "approved a request to send 1,500": the request is granted, which is an order.
  if (GRANTED_REQUEST.test(before)) return 'ordered';
  for (const [re, s] of CUES) if (re.test(before) || re.test(after)) return s;
  return 'reported';
}

const NEG = /\b(?:not|never|no\s+longer|none\s+of|neither|nor)\b|n['’]t\b/i;

/** "500 agents were not sent", "did not deploy 200 troops". */
export function isNegated(w: StatusWindow): boolean {
  const near = stripNoise(w.before.slice(-50));
  const afterVerb = /^[^,;:—–()]{0,50}/.exec(w.after)?.[0] ?? '';
  return NEG.test(near) || NEG.test(afterVerb);
}
