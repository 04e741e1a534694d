// Line features for the cleaner beyond marker phrases: what plain text still shows
// of a page's furniture. jusText's stop-word density (prose is dense in function
// words, menus and labels are not), separator density (`|`, `·`, `•`, `›`), the
// share of account/share/navigation vocabulary, engagement counts ("2.4K shares"),
// photo credits at the end of a caption, listicle teasers, label prefixes
// ("BREAKING:", "Sponsored:"), calls to action; and the shapes of issue 15: consent
// dialogs, live-blog furniture, tickers of headlines, sponsor and fundraising lines,
// newsletter pitches, author bios and links, contact lines. Each test returns a rule
// name or a boolean; none of them fires on a line because it holds a number or a name
// alone, and the ones that can match a sentence (bios) are dropped by position only.
import { eng } from 'stopword';
import { words } from './normalize.ts';
import { separatorSegments } from './separators.ts';

/** The `stopword` package's English list (Natural's), plus contractions it splits differently. */
const STOP = new Set<string>([...eng, "it's", "don't", "won't", "can't", "isn't", "we're", "they're"]);

/** A line's content words, lower case: not stop words, not numbers, three letters or more. */
export function contentWords(line: string | string[]): Set<string> {
  // (Or a line's words, already split: a caller that needs them both tokenises once.)
  return new Set((typeof line === 'string' ? words(line) : line).map((w) => w.toLowerCase().replace(/['’]s$/, '')).filter((w) => w.length >= 3 && !STOP.has(w) && !/^\d/.test(w)));
}

/** Share of a line's words that are stop words (jusText: prose ≳ 0.3, boilerplate lower). */
export function stopwordDensity(line: string): number {
  const ws = words(line);
  if (ws.length === 0) return 0;
  let n = 0;
  for (const w of ws) if (STOP.has(w.toLowerCase())) n++;
  return n / ws.length;
}

// Hand-written, because no published list covers site furniture: the words of
// account, share, subscription, navigation and legal links. Used only as a share of
// a short line's content words, never as a reason to drop prose.
const CHROME_WORDS = new Set(
  ('share shares shared tweet tweets email e-mail print facebook twitter x linkedin reddit whatsapp instagram youtube tiktok pinterest telegram flipboard threads bluesky ' +
    'subscribe subscriber subscribers subscription sign log login logout register account profile newsletter newsletters inbox comments comment reply replies like likes ' +
    'follow followers rss podcast podcasts e-edition epaper advertise advertisement advertising ads sponsored privacy terms cookie cookies preferences careers contact ' +
    'sitemap menu search loading typo copy link donate archives contests closings delays settings notifications alerts app apps download feedback help faq accessibility ' +
    'policy conditions legal permissions reprints licensing store shop games puzzles crossword horoscopes classifieds obituaries weather traffic webcams ' +
    'listen watch live video videos photos gallery views read min mins minute minutes pin ' +
    // Section names of one-line menus ("HOME ABOUT BLOG RESOURCES CONTACT").
    'home blog resources news sports business opinion life lifestyle entertainment politics local world national tech health science events jobs autos')
    .split(' '),
);

/** Share of a line's non-stop words that are furniture vocabulary. */
export function chromeVocabShare(line: string): number {
  const ws = words(line)
    .map((w) => w.toLowerCase().replace(/[.'’]+$/, ''))
    .filter((w) => !STOP.has(w) && !/^\d/.test(w));
  if (ws.length === 0) return 0;
  let n = 0;
  for (const w of ws) if (CHROME_WORDS.has(w)) n++;
  return n / ws.length;
}

/**
 * A breadcrumb trail: "Home › Policy › Homeland Security › <headline>". Three or more
 * segments at › » > or /, every one but the last of three words or fewer.
 */
export function breadcrumb(line: string): boolean {
  // Both shapes need a short line with a separator character (most lines have none).
  if (line.length > 300 || !/[›»>/:]/u.test(line)) return false;
  // (Also at spaced colons, "Home : Features : 2018 : Along the Border": prose never spaces a colon on both sides.)
  const segs = line.split(/\s+(?:›|»|>|\/|:)\s+/u).map((s) => s.trim()).filter(Boolean);
  if (segs.length >= 3 && line.length <= 300 && segs.slice(0, -1).every((s) => words(s).length <= 3)) return true;
  // At guillemets or chevrons only (no prose writes them between phrases), a board's longer names too:
  // "Big Rig Forum » Crossings & Wait Times » Military & Guard on the Border » <topic>".
  const arrows = line.split(/\s+[›»]\s+/u).map((s) => s.trim()).filter(Boolean);
  return arrows.length >= 3 && line.length <= 300 && arrows.slice(0, -1).every((s) => words(s).length <= 6 && !/[.!?]$/.test(s));
}

/**
 * A page title, "<headline> | <site>": a headline of three words or more and a site's name
 * of four words or fewer in title case, without figures or furniture words. (structure.ts
 * takes the name off; "By Jane Doe | Reuters" and "Terms of Use | Privacy Policy" are bars.)
 */
export function pageTitle(line: string): boolean {
  const m = /^(.{15,}?)\s+\|\s+([^|]{2,40})$/u.exec(line);
  if (!m) return false;
  // (A headline is no menu: "News | Local | Sheriff & Courts | … | Classifieds" is all section names.)
  if (menuBar(line)) return false;
  const [head, tail] = [m[1]!, m[2]!];
  const tailWords = words(tail);
  return (
    words(head).length >= 3 &&
    !/^by\b/i.test(head) &&
    tailWords.length <= 4 &&
    tailWords.every((w) => /^\p{Lu}/u.test(w) || /^(?:the|of|and|de|la|el)$/i.test(w)) &&
    !/\d/.test(tail) &&
    chromeVocabShare(tail) < 0.5 &&
    chromeVocabShare(head) < 0.5
  );
}

/**
 * A site's section menu on one line: four or more capitalised names of three words or fewer at
 * spaced separators, none a sentence ("News | Local | Sheriff & Courts | Coast & Sea | Opinion").
 * Neither a page title (its headline runs longer than three words) nor a ticker's "News |" label.
 */
export function menuBar(line: string): boolean {
  if (line.length > 300) return false;
  const segs = separatorSegments(line);
  return segs.length >= 4 && segs.every((s) => {
    const n = words(s).length;
    return n >= 1 && n <= 3 && /^[\p{Lu}\p{N}]/u.test(s) && !/[.!?,;:]$/u.test(s);
  });
}

// (Read by clean.ts as chrome.separatorSegments; it lives in separators.ts, which the chrome-*.ts modules share.)
export { separatorSegments };

/**
 * A bar of links or metadata: two or more separators between short segments, or one
 * separator between two short segments at least one of which is furniture or a date.
 */
export function separatorBar(line: string): boolean {
  const segs = separatorSegments(line);
  if (segs.length < 2 || line.length > 300) return false;
  if (pageTitle(line)) return false;
  const short = segs.every((s) => words(s).length <= 6);
  if (!short) return false;
  if (segs.length >= 3) return true;
  return segs.some((s) => chromeVocabShare(s) >= 0.5 || /\d/.test(s) || /^(by|source|theme)\b/i.test(s));
}

/** "2.4K shares", "Comments (31)", "31 Comments", "Join the conversation (8)": the key without its count. */
export function withoutCount(key: string): string {
  return key
    .replace(/^\(?[\d.,]+\s*[km]?\)?\s+/, '')
    .replace(/\s*[([]\s*[\d.,]+\s*[km]?\s*[)\]]$/, '')
    .trim();
}

/** A photo or video credit in brackets at the end of a line: "(AP Photo/Eric Gay)", "(Courier file photo)". */
const END_CREDIT = /\((?:[^()]*\b(?:photos?|photograph|photo illustration|image|video|courtesy|credit|file photo|illustration|graphic)\b[^()]*)\)[.]?$/i;
export function endsWithCredit(line: string): boolean {
  return line.length <= 300 && END_CREDIT.test(line);
}

/** Caption credits without brackets: "Photo by Jane Doe/The Courier", "… at the port. Photo: CBP". */
const CREDIT_LEAD = /^(?:photo|photograph|image|video|file photo|courtesy photo|photo illustration)s?\s+(?:by|courtesy(?: of)?)\s+\S/i;
const CREDIT_TAIL = /[.!?]\s+(?:photo|image|video|credit|courtesy)(?:\s+(?:by|of))?\s*[:/]?\s*[^.!?]{2,80}$/i;
const GALLERY = /^(?:image|photo|slide|picture)\s+\d+\s+(?:of|\/)\s+\d+$/i;
/** A caption's closing credit naming its owner, no end stop: "… Avenue. Sun-News file photo", "… 2019. U.S. Army photo (public domain)". */
// (The owner is a name: "Members asked for a photo" ends a sentence that lost its stop.)
const OWNER_CREDIT_TAIL = /[.!?]\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*\s+){1,4}(?:file |staff |courtesy |handout |pool )?(?:photo|photograph|image|illustration|graphic|video still|photo illustration)(?:\s+\([^()]{1,40}\))?$/u;
/** A counter of a gallery or slideshow alone on its line: "1 of 3", "12 / 40". */
const BARE_COUNTER = /^\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/;
export function creditLine(line: string): boolean {
  return line.length <= 300 && ((CREDIT_LEAD.test(line) && words(line).length <= 15) || CREDIT_TAIL.test(line) || OWNER_CREDIT_TAIL.test(line) || GALLERY.test(line) || BARE_COUNTER.test(line));
}

/** "Story continues below advertisement", "Advertisement - scroll to continue", "Article continues after this ad". */
const CONTINUES = /^(?:ad(?:vertisement)?\s*[-–—:|]?\s*)?(?:the )?(?:story|article|content|text|reading) continues (?:below|after)(?: (?:this|the) (?:ad|advertisement|message|video))?$|^(?:ad(?:vertisement)?\s*[-–—:|]\s*)?scroll (?:down )?to continue(?: reading)?$|^continue reading(?: below| the main story)?$/i;
export function continuesLine(key: string): boolean {
  return CONTINUES.test(key);
}

/** Paywall and account prompts: "Already a subscriber? Log in", "Subscribe now for unlimited access". */
export function paywallLine(key: string): boolean {
  return key.length <= 200 && (meteredPaywall(key) || /\b(?:already a (?:subscriber|member)|already have an account|unlimited (?:digital )?access|subscribe (?:now|today) for|log in to (?:continue|read)|create a free account|register (?:for free )?to (?:continue|read)|this (?:article|content) is (?:for|reserved for) subscribers|enter your e-?mail(?: address)?|thanks? (?:you )?for reading)\b/.test(key));
}

/**
 * A metered paywall's counter or offer, addressed to the reader: "You have 3 free articles
 * remaining this month.", "This is your last free story.", "Subscribe for 99¢ the first month."
 * (An offer only as an imperative opening a sentence: "Residents can subscribe for $5" is prose.)
 */
const METER = /\byou(?:'ve| have) (?:read |used )?(?:\d+|one|two|three|four|five|no)(?: of (?:\d+|your))? (?:more |remaining )?(?:free |complimentary )?(?:articles?|stories|views?|page ?views?)\b(?: (?:left|remaining))?(?: (?:this|for the) (?:month|week))?/;
export function meteredPaywall(key: string): boolean {
  if (key.length > 200) return false;
  const meter = METER.exec(key);
  if (meter && /\b(?:free|complimentary|left|remaining|this month|this week)\b/.test(meter[0])) return true;
  return /^this is your (?:last|final|first) (?:free )?(?:article|story)\b/.test(key) || /(?:^|[.!?]\s+)subscribe (?:now |today )?(?:for|from) (?:just |only )?(?:[$£€]\s?\d|\d+\s?¢)/u.test(key);
}

/** Market and weather tickers: "Dow 38,512 ▲ 0.4%", "Weather 64°F", "72° Clear". */
export function tickerNumbers(line: string): boolean {
  return line.length <= 120 && (/[▲▼↑↓]/u.test(line) || /\d+\s*°\s*[FC]?\b/u.test(line));
}

/** "7 things to know about …", "4 charts that explain …", "10 questions about …, answered". */
const LISTICLE = /^(?:\d{1,3}|three|four|five|six|seven|eight|nine|ten|a few)\s+(?:\w+\s+)?(?:things|ways|reasons|takeaways|questions|facts|charts|maps|photos|pictures|tips|stories|moments|numbers|lessons|signs|places|people|words|graphs)\b/i;
// A count of people or things that goes straight on to its finite verb is a sentence of the body's figures: "7 people had weapons charges".
const COUNT_SENTENCE = new RegExp(`${LISTICLE.source.replace(/\\b$/, '')}\\s+(?:had|have|has|were|was|are|is|died|received|faced|face|remain|remained|got|will|would|could|did)\\b`, 'i');
export function listicleTeaser(key: string): boolean {
  // Also as an item of a numbered list: "2. 6 things to know about …".
  const item = key.replace(/^\d{1,2}[.)]\s+/, '');
  return LISTICLE.test(item) && !COUNT_SENTENCE.test(item);
}

/** A ticker or sponsor label: strong enough to mark even a sentence ("WEATHER ALERT: … until 8 p.m."). */
const TICKER = /^(?:breaking(?: news)?|news|announcements?|live(?: now| updates)?|on air(?: now)?|streaming now|watch live|developing(?: story)?|just in|trending(?: now)?|(?:[a-z0-9]+ ){0,2}alert|sponsored(?: content)?|paid content|promoted|partner content)\s*[:|·•–—-]\s*\S/i;
export function tickerLine(key: string): boolean {
  return key.length <= 200 && TICKER.test(key);
}

/** A label and colon before a teaser or ticker item: "BREAKING: …", "Sponsored: …", "WATCH: …". */
const LABEL = /^(?:breaking(?: news)?|live(?: updates)?|developing|just in|update|trending(?: now)?|alert|weather alert|traffic alert|watch|video|photos|gallery|opinion|analysis|commentary|editorial|sponsored(?: content)?|paid content|promoted|partner content|exclusive|podcast|listen|newsletter|most read|top stories|also read|read also|read more|related|recommended)\s*[:|–—-]\s*\S/i;
export function labelledTeaser(key: string): boolean {
  return key.length <= 200 && LABEL.test(key);
}

/** A call to action closing a prompt: "… Sign up", "… Subscribe now", "… Learn more". */
const CTA_END = /(?:^|[\s.:!—–-])(?:sign up(?: now| today| here| for free)?|subscribe(?: now| today| here)?|learn more|read more|click here|find out more|join now|download the app|get the app|try it free)[.!]?$/i;
/** A closing pointer to more of the outlet's coverage: "Follow our latest border coverage here.", "Read all of AP's immigration coverage at …". */
const MORE_COVERAGE = /(?:^|[.!?]\s+)(?:follow|read|see|find|get|catch up on|keep up with|explore) (?:(?:all|more) (?:of )?)?(?:our|[\w-]+'s)(?: (?:latest|full|complete|ongoing|continuing))?(?: [\w-]+){0,3} (?:coverage|reporting)\b(?:[^.!?]|\.(?=\S)){0,80}[.!]?$/;
export function callToAction(key: string): boolean {
  return key.length <= 200 && (CTA_END.test(key) || MORE_COVERAGE.test(key));
}

/** A newsletter or alert prompt written as a sentence: "Get … delivered to your inbox. Sign up …". */
export function newsletterPrompt(key: string): boolean {
  return key.length <= 220 && /\b(?:newsletters?|inbox|e-?mail alerts?|breaking news alerts)\b/.test(key) && /\b(?:sign up|subscribe|your|you)\b/.test(key);
}

/** Legal and platform lines: "… All rights reserved", "Proudly powered by WordPress", "not affiliated with …". */
export function legalLine(key: string): boolean {
  return key.length <= 220 && /\b(?:all rights reserved|powered by (?:wordpress|wix|squarespace|ghost|blogger|disqus)|is not affiliated with|not endorsed by|theme: \S|reproduction (?:in whole or in part )?(?:is )?(?:prohibited|without permission))\b/.test(key);
}

/** Taxonomy lines: "Tags: …", "Tagged …", "Posted in …", "Filed under …". */
export function taxonomyLine(key: string): boolean {
  // ("Category management is …" is prose: the nouns need their colon.)
  // (Or a category page's own label over its posts: "Posts in Category: Operation Lone Star".)
  return key.length <= 200 && /^(?:(?:tags?|labels?|categories|category|topics|keywords)\s*:|tagged(?: with)?|posted in|filed under|(?:posts|articles|stories|entries|news) (?:in|under|from) (?:the )?(?:category|categories|topic|section|tag)\s*:)\s*\S/.test(key);
}

/** Credit lines of an aggregator: "Source: U.S. Government Accountability Office | Nov 30, 2020". */
export function sourceLine(key: string): boolean {
  // Also an aggregator's "Provided by Capital Wire Service" (a credit, never the headline).
  return key.length <= 160 && (/^(?:source|sources|via|credit|courtesy)\s*:\s*\S/.test(key) || (/^(?:provided|distributed|syndicated|supplied|republished) by\s+\S/.test(key) && words(key).length <= 10 && !/[.!?]$/.test(key)));
}

/** Post navigation: "« Previous post title", "Next post title »", "← Older", "Newer →". */
export function postNavigation(line: string): boolean {
  // (The end-anchored test only where the line ends in an arrow: it scanned every position.)
  // (Also a reader's or course page's ◀ ▶ buttons: "◀ Previous   Next ▶".)
  return line.length <= 200 && (/^(?:«|‹|←|◀|◁)\s*\S/u.test(line) || (ARROW_END.has(line[line.length - 1] ?? '') && /\S\s*(?:»|›|→|▶|▷)$/u.test(line)));
}

const ARROW_END = new Set(['»', '›', '→', '▶', '▷']);
/** A count that opens the thread under it, with its colon: "3 comments:", "No comments:". */
export function threadCount(key: string): boolean {
  return /^(?:\d+|no) (?:comments?|responses?|replies):$/.test(key);
}
export function threadHeader(key: string): boolean {
  return /^\d+\s+(?:thoughts?|responses?|replies|comments?)\s+(?:on|to)\s+\S/.test(key) || /^(?:comments?|discussion|reader comments)\s*\(\d+\)$/.test(key) || /^(?:join the (?:conversation|discussion)|show comments|view comments|leave a reply|leave a comment)\b/.test(key);
}

// Consent dialogs (GDPR / IAB TCF banners): the words their text and buttons are made of.
// Hand-written: the TCF's published wording varies by vendor, its vocabulary does not.
const CONSENT_TERMS = [
  /\bcookies?\b/,
  /\bprivacy\b/,
  /\bconsent\b/,
  /\bpersonal (?:data|information)\b/,
  /\bpersonali[sz](?:e|ed|ing|ation)\b/,
  /\b(?:our|\d[\d,]*) (?:partners|vendors)\b/,
  /\b(?:your|a|the) device\b/,
  /\blegitimate interests?\b/,
  /\b(?:manage|review|change) (?:your )?(?:choices|options|preferences|settings)\b/,
  /\b(?:accept|reject|decline|opt[- ]out|opt[- ]in)\b/,
  /\b(?:ad|content) measurement\b|\baudience (?:research|insights)\b/,
  /\btracking technologies\b|\bsimilar technologies\b/,
];
/** Distinct consent terms in a line's key (0 for prose about something else). */
// Most lines hold none of the terms: one scan for any of them first (the list one by one cost
// more than any other line feature in profiles).
const ANY_CONSENT_TERM = new RegExp(CONSENT_TERMS.map((re) => `(?:${re.source})`).join('|'));
export function consentTerms(key: string): number {
  if (key.length > 600 || !ANY_CONSENT_TERM.test(key)) return 0;
  let n = 0;
  for (const re of CONSENT_TERMS) if (re.test(key)) n++;
  return n;
}
/** A consent dialog's button: "Accept All", "Reject all", "Manage Options", "Do Not Sell or Share My Personal Information". */
export function consentButton(key: string): boolean {
  return /^(?:accept|reject|decline|deny|allow|agree|disagree|consent|manage|customi[sz]e|confirm|save)(?: all| my| your)?(?: cookies| choices| options| preferences| settings| and close| and continue)?$|^(?:i agree|i accept|i decline|ok(?:ay)?|got it|continue without (?:agreeing|accepting)|(?:strictly )?necessary (?:cookies )?only|only (?:strictly )?necessary(?: cookies)?|more options|privacy settings|cookie (?:settings|preferences)|do not sell or share my personal information|your privacy choices)$/.test(key);
}

/** A live blog's furniture: "Show 14 more updates", "Load more posts", "Live coverage has ended", "Key updates". */
export function liveBlogLine(key: string): boolean {
  if (key.length > 160) return false;
  return (
    /^(?:show|load|see|view|read|display|expand)(?: all| the)?(?: \d[\d,.]*k?)?(?: more| new| older| earlier| previous| latest)? (?:updates?|posts?|entries|events|items|results|stories|articles|comments|replies)$/.test(key) ||
    /^(?:\d[\d,]* )?new (?:updates?|posts?|entries)$/.test(key) ||
    /^(?:this |our )?live (?:coverage|updates?|blog|stream)(?: of [^.]{1,40})? (?:has|have|is|are) (?:now )?(?:ended|concluded|finished|paused|over|closed)\b/.test(key) ||
    /^(?:share|copy link to) this (?:update|post|entry|event)$/.test(key) ||
    /^(?:pinned|pinned (?:post|update|entry)|featured (?:post|update)|jump to (?:latest|top|key events|latest updates?)|refresh for (?:new |latest )?updates?)$/.test(key)
  );
}
/** Openers of a live blog's summary box, whose bullets repeat the entries below: "Key updates", "Key events". */
export function liveSummaryLabel(key: string): boolean {
  return /^(?:key|top|main|latest) (?:updates|events|moments|developments)$/.test(key);
}

/**
 * A ticker of headlines: three or more segments at • · | ∙, none a sentence, each at
 * most twelve words ("Storm watch issued … • Bridge lanes reopen … • Council delays …").
 * A sentence never runs three clauses together at bullets, so this holds for prose too.
 */
export function headlineTicker(line: string): boolean {
  if (line.length > 400) return false;
  const segs = line.split(/\s+(?:•|·|∙|\||◦|▪)\s+/u).map((s) => s.trim()).filter(Boolean);
  if (segs.length < 3) return false;
  return segs.every((s) => {
    const n = words(s).length;
    return n >= 1 && n <= 12 && !/[.!?]["”’)]?$/u.test(s.replace(/\b(?:\p{Lu}\.|[ap]\.m\.|St\.|Ave\.|Dr\.)$/u, ''));
  });
}

/** An underwriting or sponsor label that opens a sponsor's line: "Support comes from", "Sponsored content". */
export function sponsorLabel(key: string): boolean {
  return /^(?:support (?:for [^.]{1,40} )?(?:comes|is provided) (?:from|by)|(?:this (?:story|article|content|program|segment) (?:is |was )?)?(?:sponsored|underwritten|presented|brought to you) by|sponsored(?: content| post| story| links?)?|paid (?:content|post|partner content)|partner content|in partnership with|from our (?:sponsors?|partners?)|underwriting|our sponsors?|a (?:message|word|note) from (?:our|the|this (?:week|issue)'s|today's) sponsors?)$/.test(key);
}
/** A sponsor credit in a line: "… — Presented by AquaFlow Systems", "Sponsored by Acme". */
export function sponsorCredit(key: string): boolean {
  if (key.length <= 120 && /^(?:advertiser|partner|sponsor|branded|paid) content (?:from|by)\s+\S/.test(key)) return true;
  // The credit closes the line: "The concert — presented by the city — drew 5,000." is prose.
  return key.length <= 200 && key.includes(' by') && /(?:^|\s[—–|-]\s*|:\s*)(?:presented|sponsored|underwritten|brought to you|paid for|powered) by\s+(?:(?!\s[-—–]\s)[^.!?|]){1,60}\.?$/.test(key);
}

/** A fundraising appeal to the reader: "Your gift keeps local journalism free", "Donate to support our reporting". */
export function donationPrompt(key: string): boolean {
  return (
    key.length <= 260 &&
    // (Not a quotation reported in the article: "“Your gifts keep us on the air,” the manager said.")
    !/\b(?:said|says|told|according to)\b/.test(key) &&
    // Addressed to the reader: "your gift", or an imperative opening a sentence ("Donate today").
    (/\b(?:you|your)\b/.test(key) || /(?:^|[.!?]\s+)(?:donate|give|support|become|make|chip in|join)\b/.test(key)) &&
    /\b(?:gifts?|donat(?:e|es|ion|ions|ing)|contribut(?:e|ion|ions)|tax-deductible|become a (?:member|sustainer|supporter|subscriber)|membership|pledge|chip in|your support|subscri(?:be|bing|ption)|ad-free)\b/.test(key) &&
    /\b(?:journalism|reporting|reporters?|journalists?|newsroom|news|station|radio|public media|nonprofit|independent|free for everyone|our work|stories|episodes?|podcast|show)\b/.test(key)
  );
}

/** An affiliate disclosure: "When you buy … using a link on this page, we receive a commission." */
export function affiliateDisclosure(key: string): boolean {
  return key.length <= 300 && /\b(?:we|the [\w ]{1,30}) (?:may )?(?:receive|earn|get|collect) (?:a )?(?:small )?(?:commission|share of (?:the )?(?:sale|sales|revenue)|affiliate (?:fees?|commissions?))\b|\baffiliate (?:links?|partnerships?|commissions?)\b.{0,80}\b(?:we|our)\b/.test(key) && /\b(?:link|links|buy|purchase|click|product|products)\b/.test(key);
}

/** An audio version's credit: "Produced by … using AI narration", "Listen to more stories on the Noa app." */
export function audioCredit(key: string): boolean {
  return key.length <= 240 && (/\b(?:ai|automated|computer-generated|synthetic|text-to-speech) (?:narration|narrator|voice|audio)\b/.test(key) || /\blisten to more (?:stories|articles)\b/.test(key));
}

/** A link to an author's page: "See stories by Ana Ruiz", "More from Jane Doe", "View all posts by J. Roe". */
export function authorLink(line: string): boolean {
  const m = /^((?:see|view|read|browse|more|all|other)(?: all| more| other| the latest)?(?: (?:stories|articles|posts|work|coverage|reporting|columns|pieces|episodes))? (?:by|from) )(.+)$/i.exec(line);
  // The name in capitals: "More from Politics" is a section link, caught elsewhere.
  return line.length <= 80 && m !== null && /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$/u.test(m[2]!);
}

/** Roles of the outlet's own staff, the job a bio line gives its author. */
const STAFF_ROLE = /\b(?:correspondent|reporter|writer|editor|columnist|producer|host|contributor|journalist|photographer|photojournalist|videographer|fellow|intern|bureau chief|anchor|critic|blogger|staff writer|news director)\b/;
/**
 * An author bio: a named person's job at the outlet, or how to reach them ("Ana Ruiz
 * is HPPR's Washington correspondent.", "Maria O. covers immigration for the
 * Dispatch. Reach her at …"). Only a candidate: clean.ts drops it after the body or
 * next to the byline, never amid the paragraphs.
 */
export function bioLine(line: string): boolean {
  if (line.length > 300) return false;
  // "About the author: …", "Contact Jane Doe at jdoe@…", "Follow Jane Doe on X", and an
  // author box's subjectless line ("Covering immigration courts and the federal docket.").
  if (/^(?:covering|writing about|reporting on|reporting from|writes about|reports on)\s+\S/i.test(line) && words(line).length <= 15) return true;
  if (/^about the (?:authors?|writers?|reporters?)\b/i.test(line)) return true;
  if (/^(?:[Cc]ontact|[Rr]each|[Ee]-?mail|[Ff]ollow) (?:\p{Lu}[\p{L}.'’-]*\s+){1,2}\p{Lu}[\p{L}'’-]+ (?:at|on|via)\s+\S/u.test(line)) return true;
  const name = /^(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}\p{Lu}[\p{L}'’-]+,?\s+/u.exec(line);
  if (!name) return false;
  const rest = line.slice(name[0].length).toLowerCase();
  if (/^(?:is|was|has been|serves as|joined)\b/.test(rest) && STAFF_ROLE.test(rest.split(/[.!?](?:\s|$)/)[0]!)) return true;
  if (/^(?:covers|reports on|writes about|writes|reports|edits|hosts|produces|has covered|has reported on|has written about)\b/.test(rest) && /\b(?:for|at) (?:the |\p{Lu})/u.test(line.slice(name[0].length))) return true;
  return /(?:^|[.!?]\s+)(?:reach|contact|email|follow|e-mail) (?:him|her|them|me)\b/.test(rest);
}

/** A contact line of a release or author box: "Contact: press@agency.gov", "Media contact: Jane Doe, 202-555-0100". */
export function contactLine(key: string): boolean {
  if (key.length > 160) return false;
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.test(key);
  const phone = /\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b/.test(key);
  if (/^(?:media |press |news media )?(?:contacts?|inquiries|enquiries)\s*:/.test(key)) return true;
  return (email || phone) && words(key).length <= 8;
}

/** A newsletter's pitch under its name: "Business news …, every weekday at 6 a.m.", "The day's top stories in your inbox". */
export function newsletterPitch(key: string): boolean {
  return key.length <= 200 && /\b(?:every|each) (?:weekday|day|morning|evening|afternoon|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:in|to) your inbox\b|\bdelivered (?:daily|weekly|to you)\b|\b(?:daily|weekly) (?:newsletter|briefing|digest|roundup)\b/.test(key);
}
/** A newsletter's name as a prompt: "Get the Morning Edition", "Sign up for The Brief". */
export function newsletterHeader(line: string): boolean {
  return line.length <= 60 && /^(?:[Gg]et|[Ss]ign up for|[Ss]ubscribe to|[Jj]oin|[Tt]ry)\s+(?:[Tt]he|[Oo]ur)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3}$/u.test(line);
}

// Widgets and page shapes of the second round (forecasts, stamps, meters, house rules, addresses, threads, embeds, notices).
export * from './chrome-shapes.ts';
export * from './chrome-formats.ts';
// Video players, wire client desks, reader exports and link aggregators (round 4).
export * from './chrome-feeds.ts';
export * from './chrome-captures.ts';
export * from './chrome-records.ts';
export * from './chrome-mail.ts';
export * from './chrome-notices.ts';
export * from './chrome-packets.ts';
