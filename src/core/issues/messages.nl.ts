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
  too_few: (p) => `minstens ${p["min"]} waarden nodig, ${p["actual"]} gekregen.`,
  non_positive_total: (p) => `het totaal is ${p["total"]}; aandelen van een totaal van nul of minder zijn zinloos.`,
  diverges: (p) => `de som convergeert niet (${p["reason"]}).`,
  overflow: () => "de uitkomst is te groot om als getal te tonen.",
  division_by_zero: () => "deling door nul.",
  revenue_not_positive: (p) =>
    `de netto-omzet is ${p["value"]}: bij nul of minder bestaat geen marge- of cost-to-serve-percentage, dus deze klant krijgt geen kwadrant en telt niet mee in de mediaangrenzen.`,
  unsupported_error: (p) => `de cel bevat ${p["code"]}, dat een aangepaste functie niet kan teruggeven.`,
};
