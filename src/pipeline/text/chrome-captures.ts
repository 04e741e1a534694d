// Line shapes of page formats the fifth round met (issue 15, blind set 6 taken as
// development data): a browser's print-to-PDF copy (running header and footer, print
// notices), a document-sharing viewer (uploader line, machine summary, preview cut-off,
// trial offers), a search engine's cached copy (cache notice, find tip), a municipal
// CMS's account prompt and a podcast player's download link. Each takes a line's match
// key (lower case, folded) and returns a boolean; none fires on a line for holding a
// number or a name alone: each needs the format's own wording or layout.

/** A browser's print date and time, as its running header opens: "9/14/23, 8:02 am", "2025-04-04 18:47". */
const PRINT_STAMP = /^(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}),? \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)? /;

/**
 * A browser's running header on every printed page: the print stamp, then the page's title
 * ("9/14/23, 8:02 AM  ICE ERO Chicago arrests 33 … – Perimeter Daily"). No end stop: a
 * sentence opening on a date and time goes on to a verb and a stop.
 */
export function printHeader(key: string): boolean {
  return key.length <= 240 && PRINT_STAMP.test(key) && !/[.!?]["']?$/.test(key) && /[a-z]{2}/.test(key.replace(PRINT_STAMP, ''));
}

/** A browser's running footer: the page's address and its page counter ("https://site.example/a/b/  1/3"). */
export function printFooter(key: string): boolean {
  return key.length <= 300 && /^(?:https?:\/\/|www\.)\S+ (?:page )?\d{1,3} ?(?:\/|of) ?\d{1,3}$/.test(key);
}

/** A print stylesheet's notice: "Print-friendly version · Printed from site.example on 4/4/25", "Printed on June 3, 2025". */
export function printNotice(key: string): boolean {
  if (key.length > 160) return false;
  const parts = key.split(/\s+[|·•]\s+/);
  return parts.some((p) => /^printed (?:from|on|at) \S/.test(p)) && parts.every((p) => /^printed (?:from|on|at) \S[^!?]*$|^print(?:er)?-?(?:friendly|ready|able)(?: version| page| view)?$/.test(p));
}

/** A sharing site's uploader line: "Uploaded by rgv_records on Aug 11, 2020", "Added by @jdoe". */
export function uploaderLine(key: string): boolean {
  const m = /^(?:uploaded|added|contributed|shared) by @?([\w.-]{2,40})(?: (?:on|at|in) ([^.!?]{3,40}))?$/.exec(key);
  // (A handle, not prose: one token, with a date after it or the marks of a handle, "_", digits, "@".)
  return m !== null && key.length <= 100 && (m[2] !== undefined ? /\d/.test(m[2]) : /[_\d@]/.test(key));
}

/** A machine-written summary, labelled so: "AI-enhanced description: …", "Auto-generated summary: …". */
export function machineSummary(key: string): boolean {
  return key.length <= 600 && /^(?:ai[- ]?(?:enhanced|generated|powered|written)|auto-?generated|automatically generated|machine-generated) (?:description|summary|overview|abstract|synopsis)\s*:/.test(key);
}

/** A bookmark button: "Save GAO-18-50 for later", "Save this article for later". */
export function saveForLater(key: string): boolean {
  return key.length <= 100 && /^(?:save|bookmark|keep|add) (?:\S+ ){1,6}(?:for later|to (?:your |my )?(?:library|reading list|list|favou?rites))$/.test(key);
}

/** A viewer's preview cut-off: "Pages 2 to 4 are not shown in this preview.", "You're reading a preview." */
export function previewCutoff(key: string): boolean {
  return (
    key.length <= 160 &&
    (/^(?:pages? \d{1,4}(?: (?:to|through|-|and) \d{1,4})?|the rest of (?:this|the) (?:document|book|report)|(?:this|the) remaining pages?) (?:is|are) not (?:shown|displayed|available|included) in (?:this|the) (?:free )?(?:preview|sample|excerpt)\b/.test(key) ||
      /^you(?:'re| are) (?:reading|viewing) (?:a|the) (?:free )?preview\b/.test(key))
  );
}

/** A viewer's trial offer: "Unlock the full document with a free trial!", "Read the rest of this book free for 30 days". */
export function fullDocumentOffer(key: string): boolean {
  return (
    key.length <= 160 &&
    /^(?:unlock|read|access|get|download|continue reading|see) (?:the )?(?:full|entire|complete|whole|rest of (?:the|this)) (?:document|article|story|report|book|text|file)\b/.test(key) &&
    /\b(?:free trial|trial|subscri\w+|sign up|sign in|log in|membership|premium|free for \d+ days)\b/.test(key)
  );
}

/** A site's account prompt: "Create a Website Account - Manage notification subscriptions, save form progress and more." */
export function accountPrompt(key: string): boolean {
  return key.length <= 200 && /^(?:create|open|set up|register) (?:an?|your)(?: free| new)?(?: (?:website|site|user|online|customer|resident|citizen))? account\s*(?:[-–—:|]|$)/.test(key);
}

/** A search engine's cache notice: "This is Google's cache of http://… It is a snapshot of the page as it appeared on …". */
export function cacheNotice(key: string): boolean {
  return key.length <= 500 && (/^this is (?:\S+ ){0,2}cache(?:d (?:copy|version))? of (?:https?:\/\/)?\S+/.test(key) || /\bis a snapshot of the page as it appeared on\b/.test(key));
}

/** A browser tip naming a key stroke on this page: "Tip: To quickly find your search term on this page, press Ctrl+F …". */
export function browserTip(key: string): boolean {
  return key.length <= 240 && /\bpress (?:ctrl|cmd|command|control|⌘)\s*[+-]\s*\w\b/.test(key) && /\b(?:this page|search term|find bar|find box|on the page)\b/.test(key);
}

/** A download link with its file's size: "Download MP3 (25.3 MB)", "Full report (PDF, 1.2 MB)". */
export function downloadLink(key: string): boolean {
  return key.length <= 100 && !/[.!?]$/.test(key) && key.split(' ').length <= 8 && /\((?:[a-z0-9]{2,5},? )?\d[\d.,]* ?(?:kb|mb|gb|kib|mib|gib)\)$/.test(key);
}

/** A viewer's page counter: "You are on page 1 / 4", "Viewing page 3 of 12". */
export function viewerPage(key: string): boolean {
  return /^(?:you(?:'re| are) (?:on|viewing|reading)|viewing|showing) page \d{1,4} ?(?:\/|of) ?\d{1,4}$/.test(key);
}
