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

// The families a measure can have (the table's first column).
const FAMILIES = new Set<QuantityFamily>(['distance', 'mass', 'measure', 'duration', 'share', 'count', 'money']);

/** A cell's comma-separated forms ("kilometres, km"); an empty cell has none. */
function list(cell: string): string[] {
  return cell === '' ? [] : cell.split(',').map((f) => f.trim());
}

// One measure a line: family | normalised name | other written forms (any case) | abbreviations
// whose case matters. A later line wins a form two lines give ("bhp"). "#" starts a comment.
const TABLE = `
distance | mile                    | miles
distance | kilometre               | kilometres, kilometer, kilometers, km, kms
distance | metre                   | metres, meter, meters | m
distance | centimetre              | centimetres, centimeter, centimeters, cm
distance | millimetre              | millimetres, millimeter, millimeters, mm
distance | foot                    | feet, ft
distance | inch                    | inches, in.
distance | yard                    | yards, yd, yds
distance | nautical mile           | nautical miles
mass     | pound-mass              | lb, lbs
mass     | pound                   | pounds
mass     | kilogram                | kilograms, kilogramme, kilos, kilo, kg, kgs
mass     | gram                    | grams, gramme, grammes, g
mass     | ounce                   | ounces, oz
mass     | ton                     | tons
mass     | metric ton              | tonne, tonnes, metric tons
mass     | gigaton                 | gigatons, gigatonne, gigatonnes
measure  | litre                   | litres, liter, liters, l | L
measure  | millilitre              | millilitres, milliliter, milliliters, ml
measure  | gallon                  | gallons
measure  | barrel                  | barrels
measure  | acre                    | acres
measure  | hectare                 | hectares
measure  | square foot             | square feet
measure  | square mile             | square miles
measure  | square metre            | square metres, square meters, square meter, sq m
measure  | square kilometre        | square kilometres, square kilometers, square kilometer, sq km
measure  | mile per hour           | miles per hour, mph, miles an hour
measure  | kilometre per hour      | kilometres per hour, kilometers per hour, km/h, kph, kmh
measure  | horsepower              | hp, bhp | PS
measure  | brake horsepower        | brake horsepower | bhp
measure  | watt                    | watts, w
measure  | kilowatt                | kilowatts, kw
measure  | megawatt                | megawatts, mw
measure  | gigawatt                | gigawatts, gw
measure  | kilowatt hour           | kilowatt hours, kilowatt-hour, kilowatt-hours, kwh
measure  | newton metre            | nm, newton metres, newton meters
measure  | foot pound-force        | lb-ft, lb ft
measure  | pound-foot              | pound-feet, pound-foot
measure  | revolutions per minute  | rpm
measure  | hertz                   | hz
measure  | kilohertz               | khz
measure  | megahertz               | mhz
measure  | gigahertz               | ghz
measure  | byte                    | bytes
measure  | kilobyte                | kilobytes, kb
measure  | megabyte                | megabytes, mb
measure  | gigabyte                | gigabytes, gb
measure  | terabyte                | terabytes, tb
measure  | megabit per second      | megabits per second, mbps, mb/s
measure  | gigabit per second      | gigabits per second, gbps
measure  | degree                  | degrees
measure  | celsius                 | degrees celsius, degree celsius, °c, c°
measure  | fahrenheit              | degrees fahrenheit, degree fahrenheit, °f
measure  | decibel                 | decibels, db
measure  | volt                    | volts, v
measure  | milliampere-hour        | mah
measure  | generation wireless     |  | G
duration | second                  | seconds, sec, secs
duration | minute                  | minutes, min, mins
duration | hour                    | hours, hr, hrs
duration | day                     | days
duration | week                    | weeks
duration | month                   | months
duration | year                    | years, yr, yrs
duration | decade                  | decades
duration | century                 | centuries
share    | percentage              | percent, per cent, %, pc, percentage
share    | percentage point        | percentage points
# Index points and game points alike ("lost 190 points", "7.3 points a game").
count    | point                   | points
money    | dollar                  | dollars, usd, us$, $, us dollars, u.s. dollars
money    | cent                    | cents
money    | euro                    | euros, eur, €
money    | pound sterling          | pounds sterling, gbp, £, sterling
money    | penny                   | pence, p
money    | japanese yen            | yen, ¥
money    | chinese yuan            | yuan, renminbi, rmb, chinese yuan
money    | australian dollar       | australian dollars
money    | canadian dollar         | canadian dollars
money    | danish krone            | danish crowns, danish kroner, danish krone
money    | swedish krona           | swedish crowns, swedish kronor
money    | shekel                  | shekels
money    | rupee                   | rupees
money    | peso                    | pesos
money    | swiss franc             | swiss francs, francs, franc
money    | ruble                   | rubles, roubles
money    | malaysian ringgit       | ringgit | RM
money    | bitcoin                 | bitcoins, btc
`;

for (const line of TABLE.split('\n')) {
  if (line.trim() === '' || line.startsWith('#')) continue;
  const [family, name, forms = '', cased = ''] = line.split('|').map((cell) => cell.trim());
  if (!FAMILIES.has(family as QuantityFamily)) throw new Error(`measures.ts: unknown family "${family}" in: ${line}`);
  const measure = { name: name!, family: family as QuantityFamily };
  for (const f of [name!, ...list(forms)]) M.set(f.toLowerCase(), measure);
  for (const f of list(cased)) CASED.set(f, measure);
}

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
