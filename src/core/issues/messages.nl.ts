import type { MessageTable } from "./index";

/** Dutch messages, one per issue code. */
export const MESSAGES_NL: MessageTable = {
  blank: () => "hier is een waarde nodig, maar de cel is leeg.",
  empty_range: () => "het bereik bevat geen waarden.",
  shape_mismatch: () => "dit bereik is kleiner dan de andere, dus voor deze positie is er geen waarde.",
  not_a_number: (p) => `een getal verwacht, maar "${p["value"]}" gekregen.`,
  not_a_boolean: (p) => `ja/nee verwacht (WAAR/ONWAAR, 1/0, yes/no, ja/nee), maar "${p["value"]}" gekregen.`,
  not_text: (p) => `tekst verwacht, maar "${p["value"]}" gekregen.`,
  unknown_option: (p) => `"${p["value"]}" is niet een van: ${p["allowed"]}.`,
  unknown_label: (p) => `"${p["value"]}" is geen bekend label; verwacht een van: ${p["allowed"]}.`,
  not_a_list: () => "één rij of één kolom verwacht.",
  not_single: () => "één waarde verwacht, geen bereik.",
  length_mismatch: (p) => `${p["expected"]} waarden verwacht, ${p["actual"]} gekregen.`,
  not_finite: (p) => `"${p["value"]}" is geen eindig getal.`,
  negative: (p) => `mag niet negatief zijn (${p["value"]}).`,
  not_positive: (p) => `moet groter dan nul zijn (${p["value"]}).`,
  all_zero: () => "alle gewichten zijn nul, dus er is geen gewogen score.",
  cut_order: (p) => `${p["low"]} mag niet groter zijn dan ${p["high"]}.`,
  out_of_range: (p) => `${p["value"]} valt buiten het toegestane bereik ${p["min"]} tot ${p["max"]}.`,
  not_whole: (p) => `een geheel getal verwacht, maar ${p["value"]} gekregen.`,
  too_few_answers: (p) =>
    `pas ${p["actual"]} van de ${p["of"]} antwoorden zijn ingevuld; voor een oordeel zijn er minstens ${p["min"]} nodig.`,
  too_many_values: (p) => `hooguit ${p["max"]} waarden verwacht, ${p["actual"]} gekregen.`,
  too_few: (p) => `minstens ${p["min"]} waarden nodig, ${p["actual"]} gekregen.`,
  non_positive_total: (p) => `het totaal is ${p["total"]}; aandelen van een totaal van nul of minder zijn zinloos.`,
  diverges: (p) => `de som convergeert niet (${p["reason"]}).`,
  overflow: () => "de uitkomst is te groot om als getal te tonen.",
  division_by_zero: () => "deling door nul.",
  revenue_not_positive: (p) =>
    `de netto-omzet is ${p["value"]}: bij nul of minder bestaat geen marge- of cost-to-serve-percentage, dus deze klant krijgt geen kwadrant en telt niet mee in de mediaangrenzen.`,
  unsupported_error: (p) => `de cel bevat ${p["code"]}, dat een aangepaste functie niet kan teruggeven.`,
  bad_scale: (p) =>
    `"${p["value"]}" is geen schaal: geef die als tekst "min-max", zoals "0-10" of "1-7", of als twee cellen met min en max (een cel waarin 1-7 getypt is, bevat een datum: typ '1-7).`,
  out_of_scale: (p) =>
    `${p["value"]} valt buiten de schaal ${p["min"]}–${p["max"]}; geef voor scores op een andere schaal de schaal als laatste argument, bijvoorbeeld "0-10".`,
  no_break_even: (p) =>
    `marge + prijsverandering is ${p["sum"]}: bij die prijs kost elke verkochte eenheid geld, dus geen volumeverandering herstelt de winst.`,
  no_margin: (p) =>
    `de marge is ${p["value"]}: zonder marge is er geen winst om te behouden, dus geen volumeverandering houdt die vast.`,
  not_square: (p) =>
    `een paarsgewijze matrix moet vierkant zijn, met evenveel rijen als kolommen (${p["rows"]} × ${p["cols"]}).`,
  too_many_criteria: (p) =>
    `een paarsgewijze matrix vergelijkt hoogstens ${p["max"]} criteria (Saaty's random index loopt tot ${p["max"]}), ${p["actual"]} gekregen.`,
  diagonal_not_one: (p) => `een criterium vergeleken met zichzelf moet 1 zijn (${p["value"]}).`,
  not_reciprocal: (p) =>
    `moet het omgekeerde zijn van zijn spiegelcel in rij ${p["row"]}, kolom ${p["col"]} (${p["mirror"]}): ${p["expected"]} verwacht, ${p["value"]} gekregen.`,
  no_tipping_weight: (p) =>
    `geen positief gewicht van criterium ${p["criterion"]} brengt de gewogen score op de grens ${p["cut"]} (de andere gewichten vast): de klant blijft bij elk gewicht aan dezelfde kant.`,
  spread_out_of_range: (p) =>
    `de spreiding moet minstens 0 en kleiner dan 1 zijn (${p["value"]}), zodat elke gewichtsfactor 1 − spreiding boven nul blijft.`,
  no_current_weight: () =>
    "geen criterium met een gewicht boven nul is als huidig gemarkeerd, dus er is geen huidige waarde.",
  no_future_weight: () =>
    "geen criterium met een gewicht boven nul is als toekomstig gemarkeerd, dus er is geen toekomstige waarde.",
};
