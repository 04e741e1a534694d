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
  if (key.length > 240 || /[.!?]["']?$/.test(key)) return false;
  // (Some browsers print the stamp after the title: "Board opens 9 stations | Canal Ledger  6/2/24, 3:15 PM".)
  return (PRINT_STAMP.test(key) && /[a-z]{2}/.test(key.replace(PRINT_STAMP, ''))) || (PRINT_STAMP_END.test(key) && titleBeforeStamp(key.replace(PRINT_STAMP_END, '')));
}
/** A page title before a trailing stamp: "<title> | <site>", with no date of its own and no "on" ("Distributed by Public on 10/07/2025 14:10"). */
function titleBeforeStamp(rest: string): boolean {
  return /[a-z]{2}.* [|–-] [a-z]/.test(rest) && !/\d{1,2}\/\d{1,2}\/\d{2,4}|\b(?:on|at|updated|posted|published)$/.test(rest);
}
const PRINT_STAMP_END = / (?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}),? \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?$/;

/** A browser's running footer: the page's address and its page counter ("https://site.example/a/b/  1/3"). */
export function printFooter(key: string): boolean {
  return key.length <= 300 && /^(?:https?:\/\/|www\.|file:\/\/|about:)\S+ (?:page )?\d{1,3} ?(?:\/|of) ?\d{1,3}$/.test(key);
}

/** A print stylesheet's notice: "Print-friendly version · Printed from site.example on 4/4/25", "Printed on June 3, 2025". */
export function printNotice(key: string): boolean {
  if (key.length > 160) return false;
  const parts = key.split(/\s+[|·•]\s+/);
  return parts.some((p) => /^printed (?:from|on|at) \S/.test(p)) && parts.every((p) => /^printed (?:from|on|at) \S[^!?]*$|^print(?:er)?-?(?:friendly|ready|able)(?: version| page| view)?$/.test(p));
}

/** A sharing site's uploader line: "Uploaded by rgv_records on Aug 11, 2020", "Added by @jdoe". */
export function uploaderLine(key: string): boolean {
  const m = /^(?:uploaded|added|contributed|shared) by @?([\w.'-]{2,40}(?: [\w.'-]{2,20}){0,3}?)(?: (?:on|at|in) ([^.!?]{3,40}))?$/.exec(key);
  // (A handle or a name of four words at most, nothing else, or with the date it came.)
  return m !== null && key.length <= 100 && (m[2] === undefined || /\d/.test(m[2]));
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

const ACCOUNT = /^(?:create|open|set up|register) (?:an?|your)(?: free| new)?(?: (?:website|site|user|online|customer|resident|citizen))? account\s*(?:[-–—:|]|$)/;
/** A site's account prompt: "Create a Website Account - Manage notification subscriptions, save form progress and more." */
export function accountPrompt(key: string): boolean {
  if (key.length > 200) return false;
  // Or an account asked for to use the page: "Sign in to your account to save this document", "Create an account to continue reading".
  return ACCOUNT.test(key) || (/^(?:sign in|log in|register|create (?:an?|your)(?: free)? account)\b/.test(key) && /\bto (?:continue|keep) (?:reading|listening|watching)\b|\bto (?:save|download|view|unlock|read|print) (?:this|the full) (?:document|article|story|report|file|episode|book)\b/.test(key) && key.split(' ').length <= 16);
}

/** A search engine's cache notice: "This is Google's cache of http://… It is a snapshot of the page as it appeared on …". */
export function cacheNotice(key: string): boolean {
  return (
    key.length <= 500 &&
    (/^this is (?:\S+ ){0,2}cache(?:d (?:copy|version))? of (?:https?:\/\/)?\S+/.test(key) ||
      /\bis a snapshot of the page as it appeared on\b/.test(key) ||
      // A web archive's capture line: "This page was captured on 2 Jun 2024 by the Wayback Machine."
      (/^(?:this (?:page|copy|snapshot) (?:was|has been) )?(?:captured|archived|saved|crawled) (?:on|at) [^.!?]{4,40} by (?:the )?[^.!?]{0,30}\b(?:wayback machine|web archive|internet archive|archive)\b/.test(key) && key.length <= 200))
  );
}

/** A browser tip naming a key stroke on this page: "Tip: To quickly find your search term on this page, press Ctrl+F …". */
export function browserTip(key: string): boolean {
  return key.length <= 240 && /\bpress (?:ctrl|cmd|command|control|⌘)\s*[+-]\s*\w\b/.test(key) && /\b(?:this page|search term|find bar|find box|on the page)\b/.test(key);
}

/** A download link with its file's size: "Download MP3 (25.3 MB)", "Full report (PDF, 1.2 MB)". */
export function downloadLink(key: string): boolean {
  if (key.length > 100 || /[.!?]$/.test(key)) return false;
  // (Or a bare download button naming its file type: "Download MP3", "Download the PDF".)
  return (key.split(' ').length <= 8 && /\((?:[a-z0-9]{2,5},? )?\d[\d.,]* ?(?:kb|mb|gb|kib|mib|gib)\)$/.test(key)) || /^download (?:the |this )?(?:mp3|mp4|pdf|epub|docx?|csv|zip|audio|episode|file|transcript)$/.test(key);
}

/** A viewer's page counter: "You are on page 1 / 4", "Viewing page 3 of 12". */
export function viewerPage(key: string): boolean {
  return /^(?:you(?:'re| are) (?:on|viewing|reading)|viewing|showing) page \d{1,4} ?(?:\/|of) ?\d{1,4}$/.test(key);
}

/**
 * The page title a print header carries, without its stamp and site name ("9/14/23, 8:02 AM
 * ICE ERO Chicago arrests 33 … – Perimeter Daily" → "ICE ERO Chicago arrests 33 …"): the
 * headline of a print copy that lost its own title line. Null when no title is left.
 */
export function printedTitle(folded: string): string | null {
  const lead = /^(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}),? \d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)? /u;
  const tail = / (?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}),? \d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?$/u;
  let title = folded.replace(lead, '').replace(tail, '').trim();
  // (The site's name after the last dash or bar: a few capitalised words.)
  const site = /^(.{10,}?)\s+[–—|-]\s+((?:\p{Lu}[\p{L}.'’&]*|of|the|and)(?:\s+(?:\p{Lu}[\p{L}.'’&]*|of|the|and)){0,4})$/u.exec(title);
  if (site) title = site[1]!;
  // (Nothing but the site left, "– Canal Ledger": no title.)
  return title.split(' ').length >= 3 && !/^[–—|-]/u.test(title) && /\p{L}{2}/u.test(title) ? title : null;
}

/** A viewer's rating strip: "0 ratings · 0% found this document useful (0 votes)", "87% found this review helpful". */
export function ratingStrip(key: string): boolean {
  return key.length <= 160 && (/(?:^|[·|•] )\d{1,3}(?:\.\d)?% found this (?:document|article|review|answer|page|post|file) (?:useful|helpful)\b/.test(key) || /^\d[\d,.]*k? ratings?(?:\s+[·|•]\s+|$)/.test(key));
}

/** A toggle's instruction: "Document Information: click to expand document information", "Tap to show more". */
export function toggleHint(key: string): boolean {
  return key.length <= 100 && key.split(' ').length <= 12 && /(?:^|:\s*)(?:click|tap|press) (?:here )?to (?:expand|collapse|show|hide|reveal|toggle|see more|read more)\b[^.!?]*$/.test(key);
}
