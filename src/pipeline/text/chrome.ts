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
import nlp from 'compromise';

/** The `stopword` package's English list (Natural's), plus contractions it splits differently. */
const STOP = new Set<string>([...eng, "it's", "don't", "won't", "can't", "isn't", "we're", "they're"]);

/** A line's content words, lower case: not stop words, not numbers, three letters or more. */
export function contentWords(line: string): Set<string> {
  return new Set(words(line).map((w) => w.toLowerCase().replace(/['’]s$/, '')).filter((w) => w.length >= 3 && !STOP.has(w) && !/^\d/.test(w)));
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

const SEPARATOR = /\s+(?:\||·|•|›|»|\/\/|◦|▪)\s+/u;

/**
 * A breadcrumb trail: "Home › Policy › Homeland Security › <headline>". Three or more
 * segments at › » > or /, every one but the last of three words or fewer.
 */
export function breadcrumb(line: string): boolean {
  // (Also at spaced colons, "Home : Features : 2018 : Along the Border": prose never spaces a colon on both sides.)
  const segs = line.split(/\s+(?:›|»|>|\/|:)\s+/u).map((s) => s.trim()).filter(Boolean);
  return segs.length >= 3 && line.length <= 300 && segs.slice(0, -1).every((s) => words(s).length <= 3);
}

/**
 * A page title, "<headline> | <site>": a headline of three words or more and a site's name
 * of four words or fewer in title case, without figures or furniture words. (structure.ts
 * takes the name off; "By Jane Doe | Reuters" and "Terms of Use | Privacy Policy" are bars.)
 */
export function pageTitle(line: string): boolean {
  const m = /^(.{15,}?)\s+\|\s+([^|]{2,40})$/u.exec(line);
  if (!m) return false;
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

/** Segments of a line split at spaced separators ("Home | News | Local"). */
export function separatorSegments(line: string): string[] {
  return line.split(SEPARATOR).map((s) => s.trim()).filter(Boolean);
}

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
export function listicleTeaser(key: string): boolean {
  // Also as an item of a numbered list: "2. 6 things to know about …".
  return LISTICLE.test(key.replace(/^\d{1,2}[.)]\s+/, ''));
}

/** A ticker or sponsor label: strong enough to mark even a sentence ("WEATHER ALERT: … until 8 p.m."). */
const TICKER = /^(?:breaking(?: news)?|live(?: updates)?|developing(?: story)?|just in|trending(?: now)?|(?:[a-z]+ ){0,2}alert|sponsored(?: content)?|paid content|promoted|partner content)\s*[:|–—-]\s*\S/i;
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
  return key.length <= 200 && /^(?:(?:tags?|labels?|categories|category|topics|keywords)\s*:|tagged(?: with)?|posted in|filed under)\s*\S/.test(key);
}

/** Credit lines of an aggregator: "Source: U.S. Government Accountability Office | Nov 30, 2020". */
export function sourceLine(key: string): boolean {
  // Also an aggregator's "Provided by Capital Wire Service" (a credit, never the headline).
  return key.length <= 160 && (/^(?:source|sources|via|credit|courtesy)\s*:\s*\S/.test(key) || (/^(?:provided|distributed|syndicated|supplied|republished) by\s+\S/.test(key) && words(key).length <= 10 && !/[.!?]$/.test(key)));
}

/** Post navigation: "« Previous post title", "Next post title »", "← Older", "Newer →". */
export function postNavigation(line: string): boolean {
  return line.length <= 200 && (/^(?:«|‹|←)\s*\S/u.test(line) || /\S\s*(?:»|›|→)$/u.test(line));
}

/** Comment-thread openers: "3 thoughts on “…”", "12 responses to …". */
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
export function consentTerms(key: string): number {
  if (key.length > 600) return 0;
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
  return /^(?:support (?:for [^.]{1,40} )?(?:comes|is provided) (?:from|by)|(?:this (?:story|article|content|program|segment) (?:is |was )?)?(?:sponsored|underwritten|presented|brought to you) by|sponsored(?: content| post| story| links?)?|paid (?:content|post|partner content)|partner content|in partnership with|from our (?:sponsors?|partners?)|underwriting|our sponsors?|a message from (?:our|the) sponsors?)$/.test(key);
}
/** A sponsor credit in a line: "… — Presented by AquaFlow Systems", "Sponsored by Acme". */
export function sponsorCredit(key: string): boolean {
  if (key.length <= 120 && /^(?:advertiser|partner|sponsor|branded|paid) content (?:from|by)\s+\S/.test(key)) return true;
  // The credit closes the line: "The concert — presented by the city — drew 5,000." is prose.
  return key.length <= 200 && /(?:^|\s[—–|-]\s*|:\s*)(?:presented|sponsored|underwritten|brought to you|paid for|powered) by\s+(?:(?!\s[-—–]\s)[^.!?|]){1,60}\.?$/.test(key);
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

// ---------------------------------------------------------------- round 2 (blind set 3 as development data)

/** Sentences of a short line split at ". " (not after an initial or "St."): the widget shapes below are runs of short ones. */
function shortSentences(line: string): string[] {
  return line
    .split(/(?<=(?<!\b(?:\p{Lu}|St|Ave|Dr|Mt|Ft|No))[.!?])\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** One sentence of a forecast widget: "Sunny", "High 91F", "Low near 60°", "Winds SSW at 10 to 15 mph", "Chance of rain 40%". */
const FORECAST_SENTENCE =
  /^(?:(?:mostly |partly |generally )?(?:sunny|clear|cloudy|overcast|fair|foggy|windy|breezy|hazy|showers|rain|snow|sleet|drizzle|thunderstorms|scattered (?:showers|thunderstorms|storms)|isolated (?:showers|thunderstorms|storms))(?: (?:and|with) [a-z ]{2,20})?|(?:highs?|lows?)(?: (?:near|around|of|in the (?:upper|lower|mid) ?))?\s*-?\d{1,3}\s*°?\s*[fc]?s?|winds? (?:[nsew]{1,3} |light|calm|variable|light and variable)[a-z0-9 ]{0,30}(?:mph|km\/h|knots)?|(?:\d{1,3}\s*% )?chance of (?:rain|snow|showers|precipitation|storms|thunderstorms)(?: \d{1,3}\s*%)?|humidity \d{1,3}\s*%|uv index [a-z0-9 ]{1,12})[.!]?$/i;
/**
 * A weather widget's forecast: a line of short sentences (eight words at most), two or
 * more of them forecast shapes and the rest short ("Sunny. High 91F. Winds SSW at 10 to
 * 15 mph."). A weather story writes sentences ("The high reached 98 degrees on Monday.").
 */
export function forecastLine(line: string): boolean {
  if (line.length > 160) return false;
  const ss = shortSentences(line);
  if (ss.length < 2 || ss.some((s) => words(s).length > 8)) return false;
  return ss.filter((s) => FORECAST_SENTENCE.test(s)).length >= 2;
}

const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?';
const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE_PART = new RegExp(`(?:${WEEKDAY}\\s+)?(?:${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH_NAME}\\.?(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4})\\b`, 'g');
const TIME_PART = /\b\d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?))?(?:\s+(?:[ecmpa][sd]?t|utc|gmt|bst|cet|cest))?(?![\w])|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm)(?![\w])/g;
const STAMP_LABEL = /\b(?:published|updated|posted|last updated|first published|modified|last modified|edited|on|at)\b|@/g;
/**
 * A line made only of dates and times and their labels: "Sep 3, 2010 Updated 4:31 pm",
 * "Jun 24, 2010 Updated Jun 25, 2010", "Posted 06/16/2018 | Updated 9:47 a.m. ET".
 * What is left once they are taken out must be separators, nothing else.
 */
export function stampLine(key: string): boolean {
  if (key.length > 120) return false;
  const dates = key.match(DATE_PART)?.length ?? 0;
  if (dates === 0) return false;
  const rest = key.replace(DATE_PART, ' ').replace(TIME_PART, ' ').replace(STAMP_LABEL, ' ');
  return /^[\s,;:|·•–—-]*$/u.test(rest);
}

/** A credit that names no person: "From staff reports", "Staff and wire reports", "Compiled from wire services". */
export function desksCredit(key: string): boolean {
  return /^(?:(?:from|by:?|compiled from|compiled by) )?(?:(?:the )?(?:staff|wire|news|local|combined|staff and wire|wire and staff|news services and staff)) (?:reports?|services|dispatches|writers?)$/.test(key);
}

/** compromise: does a short sentence open with an order ("Keep it clean.", "Don't threaten.", "Please turn off …")? */
function imperative(sentence: string): boolean {
  const doc = nlp(sentence.toLowerCase());
  return doc.has('^#Imperative') || doc.has('^please #Imperative') || doc.has('^(do|#Auxiliary) #Negative #Imperative') || doc.has('^(never|always) #Imperative');
}
/**
 * One rule of a comment box or house-rules list: an order of four words or fewer and its
 * explanation ("Be truthful. Don't knowingly lie about anyone."), or an order shouted in
 * capitals ("PLEASE TURN OFF YOUR CAPS LOCK."). A candidate only: clean.ts drops a run of
 * three or more, as an article never lists orders to its reader line after line.
 */
export function readerRule(line: string): boolean {
  if (line.length > 240) return false;
  const ss = shortSentences(line);
  if (ss.length === 0) return false;
  const first = ss[0]!;
  if (!/[.!]$/.test(first)) return false;
  const n = words(first).length;
  const shouted = first === first.toUpperCase() && /\p{Lu}{2}/u.test(first) && n >= 3 && n <= 10;
  if (shouted) return imperative(first);
  return ss.length >= 2 && n <= 4 && imperative(first);
}

/**
 * The subject of a comment box's rules: commenting itself. A run of orders that names it
 * ("Use the Report link on each comment", "Skip the obscene … language") is house rules; a
 * list of safety tips ("Stay indoors. …", "Boil water. …") is the article's.
 */
export function discussionTerms(line: string): number {
  const m = line.toLowerCase().match(/\b(?:comments?|commenting|commenters?|posts?|posting|discussion|language|abusive|obscene|vulgar|threats?|threaten|harass\w*|respectful|civil|on topic|off-topic|caps lock|personal attacks?|moderat\w+|report (?:link|button)|flag)\b/g);
  return m ? m.length : 0;
}

/** A postal address on a line of its own: "400 N. Main St.", "1200 Commerce Blvd., Suite 300", "P.O. Box 1180". */
const STREET = /^\d{1,6}(?:-\d{1,4})?\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|\d{1,3}(?:st|nd|rd|th))\s+){1,4}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Plaza|Ct|Court|Pl|Place|Hwy|Highway|Sq|Square|Ter|Terrace|Cir|Circle|Pike|Loop|Trail)\.?(?:\s+(?:[NSEW]{1,2}|North|South|East|West)\.?)?(?:,?\s*(?:Suite|Ste\.?|Room|Rm\.?|Floor|Fl\.?|Unit|#)\s*[\w-]+\.?)?$/u;
export function addressLine(line: string): boolean {
  return line.length <= 80 && (STREET.test(line) || /^(?:P\.?\s?O\.?|Post Office) Box \d{1,6}\.?$/i.test(line));
}

/** A comment's author line: "Dee R. said...", "Anonymous said…", "marisol wrote:". */
// (With its ellipsis only: "The sheriff said:" is an article's lead-in to a quotation.)
export function commentAuthor(line: string): boolean {
  return line.length <= 60 && /^[\p{L}][\p{L}\p{N}.'’_-]*(?:\s[\p{L}\p{N}.'’_-]+){0,3}\s(?:said|says|wrote|writes)(?:\.\.\.|…)$/u.test(line);
}

/**
 * A social post as a site embeds it: text closed by hashtags or a picture link
 * ("… not letting up. #BorderSecurity", "… partners. pic.twitter.com/q7Rk2Lm"). Article
 * prose ends in a stop; a quoted post ends with its quotation mark.
 */
export function socialPost(line: string): boolean {
  if (line.length > 320) return false;
  return /(?:^|\s)#[\p{L}_][\p{L}\p{N}_]{1,40}$/u.test(line) || /\bpic\.twitter\.com\/\w+/.test(line) || /(?:^|\s)https?:\/\/t\.co\/\w+$/.test(line);
}

/** A mailing's footer: "You are receiving this because you are a member.", "You received this email because you signed up …". */
export function mailingFooter(key: string): boolean {
  return (
    key.length <= 240 &&
    /^you(?:'re| are) receiving this\b|^you received this (?:e-?mail|message|newsletter)\b|^(?:this (?:e-?mail|message|newsletter) was sent to)\b|^(?:having trouble|trouble|problems?) (?:viewing|reading|seeing) this (?:e-?mail|message|newsletter)\b|^view (?:it|this (?:e-?mail|message|newsletter)) (?:as a web page|in (?:your|a|the) (?:web )?browser|online)\b/.test(key)
  );
}

/**
 * A page's archival notice: "Archived Content", "This page has been archived", "… the archive
 * contains content from a previous administration or is otherwise outdated." Addressed to
 * the page's reader, never about the events the article reports.
 */
export function archiveNotice(key: string): boolean {
  if (key.length > 400) return false;
  return /^(?:archived|archive) (?:content|page|news release|press release|document|information|material)$/.test(key) || /\b(?:the|this) archive contains (?:content|information|material) from a previous administration\b|^this (?:page|content|document|release|information) (?:is|has been|was) archived\b|^(?:this|the) (?:page|content|information) (?:is|may be) (?:no longer|not) (?:current|updated|maintained)\b/.test(key);
}

/**
 * A metadata strip led by a full date, glued or not to its place and category: "December 29,
 * 2023Washington, DC, United StatesOperational", "June 4, 2024 | Press Release". Title-like rest
 * of eight words at most, no end stop: a sentence that opens on a date goes on to a verb and a stop.
 */
const LEADING_DATE = new RegExp(`^(?:${WEEKDAY}\\s+)?${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`, 'i');
export function dateLedStrip(line: string): boolean {
  if (line.length > 120) return false;
  const m = LEADING_DATE.exec(line);
  if (!m) return false;
  const rest = line.slice(m[0].length);
  // Glued ("2023Washington") or set off; the rest names places and labels, no sentence.
  return rest.trim().length > 0 && words(rest).length <= 8 && !/[.!?]["”’]?$/u.test(rest) && !/,$/.test(rest) && (/^\p{L}/u.test(rest) || /^\s*[|·•–—-]?\s*\p{Lu}/u.test(rest));
}


/**
 * A control of the page's player or viewer written as an order ("Click to enlarge", "Follow
 * this topic", "Share full article", "Play video", "Download our app"): a verb of the
 * interface and an object of the site, six words at most, no stop. Headlines can open
 * with such verbs ("Follow the Money"), so clean.ts drops these only inside or after the
 * article, never above it.
 */
const UI_VERB = /^(?:click|tap|follow|unfollow|share|add|play|pause|replay|send|subscribe|download|install|watch|listen|view|open|close|show|hide|expand|collapse|enlarge|load|enable|turn on|turn off|skip|scroll|swipe|save|copy|print|email|gift|mute|unmute|rate|report|flag|sign in|log in|sign up)\b/;
const UI_OBJECT = /\b(?:topic|topics|article|articles|story|stories|video|videos|audio|podcast|app|apps|channel|enlarge|photo|photos|image|images|gallery|slideshow|newsletter|alerts?|notifications?|comments?|link|author|friend|page|player|transcript|captions?|fullscreen|full screen|sound|playlist|episode|feed|bookmark|reading list)\b/;
export function interfaceControl(key: string): boolean {
  if (key.length > 60 || /[.!?]$/.test(key)) return false;
  return words(key).length <= 6 && UI_VERB.test(key) && UI_OBJECT.test(key);
}

/** A player's or page's technical notice: "Your browser does not support the video tag.", "Loading comments…", "Video duration 01:45". */
export function technicalNotice(key: string): boolean {
  return (
    key.length <= 200 &&
    /^(?:your browser does not support\b|(?:this|the) (?:video|audio|content|embed|media) (?:is|isn't|is not|cannot be|can't be) (?:available|supported|played|displayed|loaded)\b|to (?:view|watch|play|listen to) this (?:video|content|audio|embed),? (?:please )?(?:enable|turn on|update|upgrade)\b|loading (?:comments|video|audio|content|more|the player)(?:\.\.\.|…)?$|(?:video|audio) (?:duration|length) \d{1,2}:\d{2}(?::\d{2})?$|now playing\b)/.test(key)
  );
}

/** Wire credits of the writers and editors: "Reporting by Jane Doe; Editing by John Roe", "Additional reporting by …". */
export function wireCredits(key: string): boolean {
  return key.length <= 200 && /^(?:additional )?(?:reporting|writing|editing|research|graphics|production) by [^.;]{2,80}(?:;\s*(?:and )?(?:additional )?(?:reporting|writing|editing|research|graphics|production) by [^.;]{2,80})+\.?$/.test(key);
}
