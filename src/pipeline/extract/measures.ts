// Units of measurement and currencies by their written forms ("km/h", "lb", "GB",
// "Australian dollars") with one normalised name each and a family. Written by hand:
// neither wink-nlp nor compromise normalises units (wink tags "kW" as a proper noun and
// lemmatises it to "kw"); CQE's published unit names are British ("metre", "litre"), so
// those are used, which also keeps our names comparable with NewsQuant.
import type { QuantityFamily } from '../types.ts';

export interface Measure {
  name: string;
  family: QuantityFamily;
}

const M = new Map<string, Measure>();
/** Case-sensitive abbreviations ("M" is not "m", "PS" is not "ps"). */
const CASED = new Map<string, Measure>();
function add(family: QuantityFamily, name: string, forms: string[], cased: string[] = []) {
  for (const f of [name, ...forms]) M.set(f.toLowerCase(), { name, family });
  for (const f of cased) CASED.set(f, { name, family });
}

add('distance', 'mile', ['miles']);
add('distance', 'kilometre', ['kilometres', 'kilometer', 'kilometers', 'km', 'kms']);
add('distance', 'metre', ['metres', 'meter', 'meters'], ['m']);
add('distance', 'centimetre', ['centimetres', 'centimeter', 'centimeters', 'cm']);
add('distance', 'millimetre', ['millimetres', 'millimeter', 'millimeters', 'mm']);
add('distance', 'foot', ['feet', 'ft']);
add('distance', 'inch', ['inches', 'in.']);
add('distance', 'yard', ['yards', 'yd', 'yds']);
add('distance', 'nautical mile', ['nautical miles']);
add('mass', 'pound-mass', ['lb', 'lbs']);
add('mass', 'pound', ['pounds']);
add('mass', 'kilogram', ['kilograms', 'kilogramme', 'kilos', 'kilo', 'kg', 'kgs']);
add('mass', 'gram', ['grams', 'gramme', 'grammes', 'g']);
add('mass', 'ounce', ['ounces', 'oz']);
add('mass', 'ton', ['tons']);
add('mass', 'metric ton', ['tonne', 'tonnes', 'metric tons']);
add('mass', 'gigaton', ['gigatons', 'gigatonne', 'gigatonnes']);
add('measure', 'litre', ['litres', 'liter', 'liters', 'l'], ['L']);
add('measure', 'millilitre', ['millilitres', 'milliliter', 'milliliters', 'ml']);
add('measure', 'gallon', ['gallons']);
add('measure', 'barrel', ['barrels']);
add('measure', 'acre', ['acres']);
add('measure', 'hectare', ['hectares']);
add('measure', 'square foot', ['square feet']);
add('measure', 'square mile', ['square miles']);
add('measure', 'square metre', ['square metres', 'square meters', 'square meter', 'sq m']);
add('measure', 'square kilometre', ['square kilometres', 'square kilometers', 'square kilometer', 'sq km']);
add('measure', 'mile per hour', ['miles per hour', 'mph', 'miles an hour']);
add('measure', 'kilometre per hour', ['kilometres per hour', 'kilometers per hour', 'km/h', 'kph', 'kmh']);
add('measure', 'horsepower', ['hp', 'bhp'], ['PS']);
add('measure', 'brake horsepower', ['brake horsepower'], ['bhp']);
add('measure', 'watt', ['watts', 'w']);
add('measure', 'kilowatt', ['kilowatts', 'kw']);
add('measure', 'megawatt', ['megawatts', 'mw']);
add('measure', 'gigawatt', ['gigawatts', 'gw']);
add('measure', 'kilowatt hour', ['kilowatt hours', 'kilowatt-hour', 'kilowatt-hours', 'kwh']);
add('measure', 'newton metre', ['nm', 'newton metres', 'newton meters']);
add('measure', 'foot pound-force', ['lb-ft', 'lb ft']);
add('measure', 'pound-foot', ['pound-feet', 'pound-foot']);
add('measure', 'revolutions per minute', ['rpm']);
add('measure', 'hertz', ['hz']);
add('measure', 'kilohertz', ['khz']);
add('measure', 'megahertz', ['mhz']);
add('measure', 'gigahertz', ['ghz']);
add('measure', 'byte', ['bytes']);
add('measure', 'kilobyte', ['kilobytes', 'kb']);
add('measure', 'megabyte', ['megabytes', 'mb']);
add('measure', 'gigabyte', ['gigabytes', 'gb']);
add('measure', 'terabyte', ['terabytes', 'tb']);
add('measure', 'megabit per second', ['megabits per second', 'mbps', 'mb/s']);
add('measure', 'gigabit per second', ['gigabits per second', 'gbps']);
add('measure', 'degree', ['degrees']);
add('measure', 'celsius', ['degrees celsius', 'degree celsius', '°c', 'c°']);
add('measure', 'fahrenheit', ['degrees fahrenheit', 'degree fahrenheit', '°f']);
add('measure', 'decibel', ['decibels', 'db']);
add('measure', 'volt', ['volts', 'v']);
add('measure', 'milliampere-hour', ['mah']);
add('measure', 'generation wireless', [], ['G']);
add('duration', 'second', ['seconds', 'sec', 'secs']);
add('duration', 'minute', ['minutes', 'min', 'mins']);
add('duration', 'hour', ['hours', 'hr', 'hrs']);
add('duration', 'day', ['days']);
add('duration', 'week', ['weeks']);
add('duration', 'month', ['months']);
add('duration', 'year', ['years', 'yr', 'yrs']);
add('duration', 'decade', ['decades']);
add('duration', 'century', ['centuries']);
add('share', 'percentage', ['percent', 'per cent', '%', 'pc', 'percentage']);
add('share', 'percentage point', ['percentage points']);
// Index points and game points alike ("lost 190 points", "7.3 points a game").
add('count', 'point', ['points']);
add('money', 'dollar', ['dollars', 'usd', 'us$', '$', 'us dollars', 'u.s. dollars']);
add('money', 'cent', ['cents']);
add('money', 'euro', ['euros', 'eur', '€']);
add('money', 'pound sterling', ['pounds sterling', 'gbp', '£', 'sterling']);
add('money', 'penny', ['pence', 'p']);
add('money', 'japanese yen', ['yen', '¥']);
add('money', 'chinese yuan', ['yuan', 'renminbi', 'rmb', 'chinese yuan']);
add('money', 'australian dollar', ['australian dollars']);
add('money', 'canadian dollar', ['canadian dollars']);
add('money', 'danish krone', ['danish crowns', 'danish kroner', 'danish krone']);
add('money', 'swedish krona', ['swedish crowns', 'swedish kronor']);
add('money', 'shekel', ['shekels']);
add('money', 'rupee', ['rupees']);
add('money', 'peso', ['pesos']);
add('money', 'swiss franc', ['swiss francs', 'francs', 'franc']);
add('money', 'ruble', ['rubles', 'roubles']);
add('money', 'malaysian ringgit', ['ringgit'], ['RM']);
add('money', 'bitcoin', ['bitcoins', 'btc']);

/** The measure written as `form` (exact case tried first for abbreviations). */
export function measureOf(form: string): Measure | null {
  return CASED.get(form) ?? M.get(form.toLowerCase()) ?? null;
}

/** Longest measure among the first words of `words` (lower-cased lookup of 3, 2, then 1 word). */
export function measureAt(words: string[]): { measure: Measure; len: number } | null {
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const form = words.slice(0, n).join(' ');
    const m = n === 1 ? measureOf(form) : M.get(form.toLowerCase());
    if (m) return { measure: m, len: n };
  }
  return null;
}

/** A unit written straight after the digits: "256GB", "5kW", "50mph", "3min", "164p", "5G". */
export const ATTACHED_UNIT = /^(?:km\/h|mb\/s|kWh|mAh|GHz|MHz|kHz|Hz|mph|kph|bhp|hp|PS|kW|MW|GW|W|GB|MB|TB|KB|Mbps|Gbps|mm|cm|km|m|kg|g|lbs?|oz|ml|l|L|min|mins|sec|secs|hrs?|pc|p|G|V|dB)(?![\p{L}\d])/u;
