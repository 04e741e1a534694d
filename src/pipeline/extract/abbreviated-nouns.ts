// Abbreviated plural nouns as the counted noun: "649 IJs", "hired 104 IJs", "40 UAVs", "12 NTAs".
// wink-nlp tags an all-caps short form with a lower-case plural "s" as a proper noun (a name),
// so the noun-phrase rule of quantities.ts never takes it as a head and the number reads as part
// of a name ("iPhone 11"). By its form, written by hand (neither wink-nlp nor compromise has a
// class for it): two to six capitals and a lower-case "s" are the plural of a short form, which
// names a kind of thing ("immigration judges (IJs)"), not one agency ("CBP" has no plural).
const ABBREVIATED_PLURAL = /^[A-Z][A-Z0-9]{1,5}s$/;

/** The singular lemma ("ij") when `w` is an abbreviated plural noun ("IJs"), else null. */
export function abbreviatedPlural(w: string): string | null {
  return ABBREVIATED_PLURAL.test(w) && /[A-Z]{2}/.test(w) ? w.slice(0, -1).toLowerCase() : null;
}
