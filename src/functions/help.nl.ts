/**
 * Dutch help for Excel's function dialog, keyed by function id and parameter name (the ids and
 * names stay the same in Dutch Excel). The build (`scripts/kam-help-plugin.cjs`) merges this table
 * into `functions.json` to write `functions-nl.json`; `test/unit/help-nl.test.ts` checks that every
 * catalog function and parameter is covered. No imports: the build loads this file on its own.
 *
 * @module
 */

/** The Dutch help of one function. */
export interface DutchHelp {
  /** One line, as in the function dialog. */
  readonly description: string;
  /** One text per parameter name, with unit and default. */
  readonly params: Readonly<Record<string, string>>;
  /** What the function returns. */
  readonly result?: string;
}

const LANG = 'Taal van de labels: "en" (standaard) of "nl".';
const SCALE =
  'Schaal van de scores: tekst "min-max" zoals "0-10" of "1-7" (typ \'1-7, anders maakt Excel er een datum van), of twee cellen met min en max. Standaard 1–5; de standaardgrenzen schuiven mee.';

/**
 * Dutch help per function id.
 *
 * @example
 * HELP_NL.SCORE.params.weights.startsWith("Eén gewicht per criterium"); // true
 */
export const HELP_NL = {
  SCORE: {
    description: "Gewogen score per klant: het gewogen gemiddelde van de criteriumscores, lege scores overgeslagen.",
    params: {
      scores:
        "Criteriumscores: één rij per klant, één kolom per criterium (meestal 1–5). Lege scores worden overgeslagen.",
      weights:
        "Eén gewicht per criterium (een rij of een kolom); niet negatief, niet allemaal nul, hoeft niet op te tellen tot 1.",
    },
    result: "De gewogen score per klant, als kolom.",
  },
  NORMALIZE: {
    description:
      "Zet ruwe gegevens (omzet, groei %, betaaldagen) om in scores, via min–max, percentielrang of klassen.",
    params: {
      values: "Ruwe waarden (een kolom, een rij of een blok); lege cellen blijven leeg.",
      method: '"minmax" (standaard), "percentile" (percentielrang) of "bands" (klassengrenzen).',
      low: "Laagste score van de schaal. Standaard 1.",
      high: "Hoogste score van de schaal. Standaard 5.",
      direction:
        "1 (standaard) als hoger beter is, -1 als lager beter is (prijsgevoeligheid, cost-to-serve, betaaldagen).",
      bands:
        'Bij "bands": oplopende grenzen; k grenzen geven k+1 klassen met scores van laag tot hoog. Een waarde gelijk aan een grens valt in de hogere klasse.',
    },
    result: "De score per waarde, in de vorm van de invoer.",
  },
  AHP: {
    description:
      "Gewichten uit paarsgewijze vergelijkingen (AHP): een kolom gewichten die optelt tot 1, één per criterium van een vierkante matrix.",
    params: {
      pairwise:
        "Vierkante paarsgewijze matrix, 1 tot 10 criteria: hoeveel belangrijker het criterium van de rij is dan dat van de kolom, op Saaty's schaal 1/9 tot 9; 1 op de diagonaal, elke cel onder de diagonaal het omgekeerde van zijn spiegelcel.",
      method:
        '"eigenvector" (standaard, Saaty\'s hoofdeigenvector) of "geomean" (genormeerde meetkundige rijgemiddelden).',
    },
    result: "Het gewicht per criterium, als kolom die optelt tot 1.",
  },
  AHPCR: {
    description:
      "Consistentieratio van een paarsgewijze matrix (AHP): CI ÷ Saaty's random index; boven 0,10 verdienen de oordelen een tweede blik.",
    params: {
      pairwise:
        "Vierkante paarsgewijze matrix, 1 tot 10 criteria, op Saaty's schaal 1/9 tot 9. Bij 1 of 2 criteria is de ratio 0.",
    },
    result: "De consistentieratio, 0 of meer.",
  },
  TIPPINGWEIGHT: {
    description:
      "Kantelgewicht: per klant het gewicht van één criterium (de andere vast) waarbij de gewogen score precies op de grens komt.",
    params: {
      scores:
        "Criteriumscores: één rij per klant, één kolom per criterium. Lege scores worden overgeslagen, zoals in KAM.SCORE.",
      weights:
        "Eén gewicht per criterium (een rij of een kolom); niet negatief, niet allemaal nul. De uitkomst is in dezelfde eenheid.",
      criterion: "Nummer van het criterium dat varieert, 1 voor de eerste kolom van de scores.",
      cut: "De grens die de gewogen score moet halen (bijvoorbeeld 3).",
    },
    result: "Het kantelgewicht per klant, als kolom; #N/B waar geen positief gewicht de grens haalt.",
  },
  STABILITY: {
    description:
      "Stabiliteit: per klant het aandeel willekeurige gewichtensets waarin de gewogen score aan dezelfde kant van de grens blijft.",
    params: {
      scores:
        "Criteriumscores: één rij per klant, één kolom per criterium. Lege scores worden overgeslagen, zoals in KAM.SCORE.",
      weights: "Eén gewicht per criterium (een rij of een kolom); niet negatief, niet allemaal nul.",
      cut: "De grens: een score op of boven de grens is hoog.",
      spread:
        "Hoe ver elk gewicht mag bewegen: een factor, gelijkmatig getrokken tussen 1 − spreiding en 1 + spreiding; minstens 0, kleiner dan 1. Standaard 0,2.",
      draws: "Aantal willekeurige gewichtensets, 1 tot 100.000. Standaard 1.000.",
      seed: "Startwaarde (seed) van de willekeurige gewichtensets, een geheel getal van 0 tot 4.294.967.295. Standaard 15: dezelfde invoer geeft altijd dezelfde uitkomst.",
    },
    result: "Het aandeel gewichtensets (0 tot 1) per klant, als kolom.",
  },
  CLASSSTABILITY: {
    description:
      "Klassestabiliteit: per klant het aandeel willekeurige gewichtensets waarin zowel de huidige als de toekomstige waarde aan hun kant van de grens blijven.",
    params: {
      scores:
        "Criteriumscores: één rij per klant, één kolom per criterium. Lege scores worden overgeslagen, zoals in KAM.SCORE.",
      weights: "Eén gewicht per criterium (een rij of een kolom); niet negatief; per horizon minstens één boven nul.",
      horizons: 'Eén horizon per criterium (een rij of een kolom): "current" of "future" (ook "Huidig", "Toekomstig").',
      currentCut: 'Laagste "hoge" huidige waarde (bijvoorbeeld 3).',
      futureCut: 'Laagste "hoge" toekomstige waarde (bijvoorbeeld 3).',
      spread:
        "Hoe ver elk gewicht mag bewegen: een factor, gelijkmatig getrokken tussen 1 − spreiding en 1 + spreiding; minstens 0, kleiner dan 1. Standaard 0,2.",
      draws: "Aantal willekeurige gewichtensets, 1 tot 100.000. Standaard 1.000.",
      seed: "Startwaarde (seed) van de willekeurige gewichtensets, een geheel getal van 0 tot 4.294.967.295. Standaard 15.",
    },
    result: "Het aandeel gewichtensets (0 tot 1) per klant waarin de klasse blijft, als kolom.",
  },
  CLASSIFY: {
    description: "Klantklasse: Verliesklant, Key account, Toekomstige key account, Grote klant of Kleine klant.",
    params: {
      current:
        "Huidige waarde per klant (significantie en winstgevendheid), op de schaal 1–5 tenzij scale een andere geeft.",
      future:
        "Toekomstige waarde per klant (strategisch belang en relationele synergie), op de schaal 1–5 tenzij scale een andere geeft.",
      profit: "Winst na cost-to-serve per klant (een bedrag); onder nul betekent verliesklant. Leeg: niet opgegeven.",
      currentCut: 'Laagste "hoge" huidige waarde. Standaard 3.',
      futureCut: 'Laagste "hoge" toekomstige waarde. Standaard 3.',
      lang: LANG,
      scale: SCALE,
    },
    result: "De klasse per klant.",
  },
  ABC: {
    description:
      "ABC-klasse (Pareto) per klant: A, B of C, naar het aandeel in de totale waarde van de klanten die hoger staan.",
    params: {
      values: "Waarde per klant (omzet of winst, een bedrag), een kolom of een rij.",
      cutA: "A zolang het waarde-aandeel van de hoger gerangschikte klanten hieronder ligt. Standaard 0,8 (80 %).",
      cutB: "B zolang dat aandeel hieronder ligt. Standaard 0,95 (95 %).",
    },
    result: 'De klasse "A", "B" of "C" per klant.',
  },
  WHITNEY: {
    description: "Whitneys actie voor een klant op basis van drie ja/nee-oordelen (HBR 1996).",
    params: {
      strategic: "Is de klant strategisch? WAAR/ONWAAR, 1/0, ja/nee of yes/no.",
      significant: "Is de klant significant (groot deel van onze omzet)? WAAR/ONWAAR, 1/0, ja/nee of yes/no.",
      profitable: "Is de klant winstgevend? WAAR/ONWAAR, 1/0, ja/nee of yes/no.",
      lang: LANG,
    },
    result: "Een van de acht acties per klant.",
  },
  KRALJIC: {
    description:
      "Plaats van ons aanbod in de inkoopportfolio van de klant (Kraljic): Routine, Hefboom, Bottleneck of Partner.",
    params: {
      impact:
        "Impact op het resultaat van de klant (strategisch of kostenbelang), op de schaal 1–5 tenzij scale een andere geeft.",
      difficulty: "Moeite om ons te vervangen, op de schaal 1–5 tenzij scale een andere geeft.",
      impactCut: 'Laagste "hoge" impact. Standaard 3.',
      difficultyCut: 'Laagste "hoge" moeite van vervanging. Standaard 3.',
      lang: LANG,
      scale: SCALE,
    },
    result: "Het kwadrant per aanbod.",
  },
  SUPPLIERSTRATEGY: {
    description:
      "De leveranciersstrategie die past bij een kwadrant van Kraljic (Stewart, Rackham of Holden), of het verkopersprofiel voor de account.",
    params: {
      quadrant:
        "Kwadrant van Kraljic in het Nederlands of Engels: Routine, Hefboom/Leverage, Bottleneck, Partner (of Strategisch/Strategic).",
      model:
        '"stewart" (leveranciersreactie, standaard), "rackham" (verkoopmethode), "buying" (koopgedrag volgens Rackham), "holden" (kooppatroon) of "seller" (verkopersprofiel: Sterverkoper, Relatiemanager, Netwerkmanager).',
      lang: LANG,
    },
    result: "De strategie per kwadrant.",
  },
  PORTFOLIO: {
    description:
      "Kwadrant in de key-accountportfolio (McDonald & Woodburn 2007, niet uit de cursus): Strategisch, Ster, Status of Stroomlijnen.",
    params: {
      attractiveness: "Aantrekkelijkheid van de klant, op de schaal 1–5 tenzij scale een andere geeft.",
      strength: "Onze relatieve sterkte bij de klant, op de schaal 1–5 tenzij scale een andere geeft.",
      attractivenessCut: 'Laagste "hoge" aantrekkelijkheid. Standaard 3.',
      strengthCut: 'Laagste "hoge" sterkte. Standaard 3.',
      lang: LANG,
      scale: SCALE,
    },
    result: "Het kwadrant per klant.",
  },
  LOYALTYZONE: {
    description:
      "Tevredenheidszone volgens Jones & Sasser: Wegloopzone, Zone van onverschilligheid of Zone van affectie.",
    params: {
      satisfaction:
        "Tevredenheidsscore per klant, op de schaal 1–5 tenzij scale een andere geeft (een cel of een kolom).",
      indifferenceFrom: "Laagste score van de zone van onverschilligheid. Standaard 2,5.",
      affectionFrom: "Laagste score van de zone van affectie. Standaard 4,5.",
      lang: LANG,
      scale: SCALE,
    },
    result: "De zone per score.",
  },
  LOYALTYTYPE: {
    description:
      "Klanttype volgens Jones & Sasser op tevredenheid × loyaliteit: Apostel, Huurling, Gijzelaar of Terrorist.",
    params: {
      satisfaction: "Tevredenheidsscore per klant, op de schaal 1–5 tenzij scale een andere geeft.",
      loyalty: "Loyaliteitsscore per klant, op de schaal 1–5 tenzij scale een andere geeft.",
      satisfactionCut: 'Laagste "hoge" tevredenheid. Standaard 3,5.',
      loyaltyCut: 'Laagste "hoge" loyaliteit. Standaard 3,5.',
      lang: LANG,
      scale: SCALE,
    },
    result: "Het type per klant.",
  },
  SATISFACTION: {
    description: "Het tevredenheidsverschil: beleving min verwachting (negatief betekent teleurgesteld).",
    params: {
      experience: "Beleefde prestatie per klant (zelfde schaal als de verwachting).",
      expectation: "Verwachte prestatie per klant.",
    },
    result: "Het verschil per klant.",
  },
  ACTIVITYRATE: {
    description:
      "Tarief volgens activity based costing: kostenpool gedeeld door het volume van de kostendrijver, cel voor cel. Met resourcekosten en praktische capaciteit in minuten is het het capaciteitskostentarief van time-driven ABC.",
    params: {
      costPools: "Kosten per activiteitenpool (een bedrag per periode), een cel of een bereik.",
      driverVolumes:
        "Volume van de kostendrijver per pool in dezelfde periode (orders, minuten…). Nul geeft #WAARDE! (deling door nul).",
    },
    result: "Het tarief per eenheid van de kostendrijver, in de vorm van de invoer.",
  },
  COSTTOSERVE: {
    description:
      "Cost-to-serve per klant: de som van hoeveelheid van de kostendrijver maal tarief over de activiteiten. Een lege hoeveelheid ontbreekt: die rij geeft #N/B.",
    params: {
      drivers: "Hoeveelheden per kostendrijver: één rij per klant, één kolom per activiteit.",
      rates:
        "Eén tarief per activiteit (een bedrag per eenheid van de kostendrijver), één rij of kolom zo lang als drivers breed is.",
    },
    result: "De cost-to-serve per klant, als kolom.",
  },
  CUSTOMERPROFIT: {
    description: "Klantwinst: netto-omzet min kostprijs van de goederen min cost-to-serve.",
    params: {
      netRevenue: "Netto-omzet per klant (na kortingen), een bedrag.",
      costOfGoods: "Kostprijs van de verkochte goederen per klant, een bedrag.",
      costToServe: "Cost-to-serve per klant, een bedrag (bijvoorbeeld uit KAM.COSTTOSERVE).",
    },
    result: "De winst per klant.",
  },
  PROFITQUADRANT: {
    description:
      "Kwadrant marge × cost-to-serve (Shapiro e.a.): Carriage trade, Passief, Agressief of Bargain basement.",
    params: {
      margin: "Marge (nettoprijs) per klant, als fractie of bedrag.",
      costToServe: "Cost-to-serve per klant, dezelfde rijen als margin.",
      marginCut: 'Laagste "hoge" marge. Standaard: de mediaan van margin.',
      costCut: 'Laagste "hoge" cost-to-serve. Standaard: de mediaan van costToServe.',
      lang: LANG,
      revenue:
        "Netto-omzet per klant, dezelfde rijen als margin. Indien opgegeven geeft een omzet van nul of minder #N/B in die rij (er bestaat geen percentage) en telt die klant niet mee in de medianen.",
    },
    result: "Het kwadrant per klant.",
  },
  WHALECURVE: {
    description:
      "Walviscurve: klanten gesorteerd op winst, meest winstgevend eerst (gelijke waarden in invoervolgorde), met het cumulatieve aandeel klanten en winst.",
    params: {
      profits: "Winst per klant, één rij of één kolom getallen. Een totaal van nul of minder geeft #WAARDE!.",
    },
    result: "Twee kolommen, één rij per klant: cumulatief aandeel klanten en cumulatief aandeel in de totale winst.",
  },
  WHALESTATS: {
    description:
      "Kengetallen van de walviscurve: totale winst, piekaandeel, klanten tot de piek (aantal en aandeel), verliesklanten, totaal verlies en aandeel top-20 %.",
    params: {
      profits: "Winst per klant, één rij of één kolom getallen.",
      lang: LANG,
    },
    result: "Zeven rijen met label en waarde.",
  },
  PARETOSHARE: {
    description:
      "Pareto-aandeel: het aandeel in het totaal van de hoogste fractie klanten (top k = afronden naar boven van fractie × n).",
    params: {
      values: "Waarde per klant (winst, omzet, klachten), één rij of één kolom.",
      topFraction: "Fractie klanten vanaf de top, 0 tot 1 (0,2 = 20 %); een bereik geeft één aandeel per fractie.",
    },
    result: "Het aandeel in het totaal, als fractie, per topFraction.",
  },
  PRICEEFFECT: {
    description:
      "Prijsongevoeligheid (Reichheld): de winstverandering door een prijsverandering bij gelijk volume en gelijke kosten, prijsverandering gedeeld door nettomarge.",
    params: {
      priceChange: "Prijsverandering als fractie (0,02 = 2 %).",
      netMargin: "Huidige nettomarge als fractie van de omzet (0,04 = 4 %). Nul geeft #WAARDE! (deling door nul).",
    },
    result: "De winstverandering als fractie (0,5 = 50 %).",
  },
  BREAKEVENVOLUME: {
    description:
      "Volumeverandering die de winst gelijk houdt na een prijsverandering: -prijsverandering / (marge + prijsverandering).",
    params: {
      priceChange: "Prijsverandering als fractie (-0,05 = 5 % korting).",
      margin:
        "Dekkingsbijdrage als fractie van de prijs (0,3 = 30 %). Nul of minder geeft #N/B: zonder marge is er geen winst te behouden.",
    },
    result:
      "De volumeverandering als fractie; #N/B als marge + prijsverandering nul of minder is (dan herstelt geen volume de winst).",
  },
  CLV: {
    description:
      "Klantwaarde over de levensduur: de som over de jaren van marge × (1 + groei)^(t-1) × retentie^(t-1) / (1 + disconteringsvoet)^t, min de acquisitiekosten.",
    params: {
      margin: "Marge per klant per jaar, een bedrag.",
      retention: "Retentie per jaar als fractie (0,9 = 90 %).",
      discountRate: "Disconteringsvoet per jaar als fractie (0,1 = 10 %).",
      years:
        "Horizon in hele jaren. Standaard: open horizon, marge / (1 + disconteringsvoet - retentie × (1 + groei)); #WAARDE! als retentie × (1 + groei) ≥ 1 + disconteringsvoet.",
      acquisitionCost: "Kosten om de klant te winnen, een bedrag. Standaard 0.",
      growth:
        "Jaarlijkse groei van de marge als fractie (0,2 = 20 %, zeer tevreden klanten). Standaard 0; -1 of minder geeft #WAARDE!.",
    },
    result: "De klantwaarde per klant, een bedrag.",
  },
  RESPONSEMODE: {
    description:
      "Response mode volgens Miller Heiman: Growth, Trouble, Even keel of Overconfident, uit de gepercipieerde werkelijkheid tegenover het gewenste resultaat.",
    params: {
      perceived: "Gepercipieerde huidige werkelijkheid van de influence, op een willekeurige schaal.",
      desired: "Gewenst resultaat, op dezelfde schaal.",
      trend:
        "Richting van de gepercipieerde werkelijkheid; negatief betekent gedaald (Trouble). Standaard: geen daling.",
      lang: LANG,
      tolerance:
        "Hoe ver van het gewenste resultaat nog Even keel is, aan beide kanten (zelfde eenheid als perceived en desired; onze keuze, niet die van de cursus). Standaard 0: alleen een exacte gelijkheid. Niet negatief.",
    },
    result: "De response mode per influence.",
  },
  ORDERCHANCE: {
    description:
      "Advies per buying influence in een response mode: Opdrachtkans, Geen opdrachtkans, Bewerk via de economic influence of Geen opdrachtkans: wacht af.",
    params: {
      influence:
        "Buying influence: economic, technical, user of coach (Engels of Nederlands: economisch, technisch, gebruiker of gebruikers, coach).",
      responseMode: "Response mode: Growth, Trouble, Even keel of Overconfident (zoals KAM.RESPONSEMODE die geeft).",
      lang: LANG,
    },
    result: "Het advies per influence.",
  },
  STANCE: {
    description:
      "Situatie-inschatting van een buying influence: Supporter, Voorzichtige supporter, Constructieve criticus of Tegenstander.",
    params: {
      businessInterest: "Zakelijk belang op -5 tot +5; positief betekent boven 0.",
      personalGain: "Persoonlijk voordeel op -5 tot +5; positief betekent boven 0.",
      riskPerception: "Risicoperceptie op de schaal 1–5 tenzij scale een andere geeft.",
      riskCut: "Laagste risicoperceptie die een supporter voorzichtig maakt. Standaard 3,5.",
      lang: LANG,
      scale: SCALE,
    },
    result: "De situatie-inschatting per influence.",
  },
  REDFLAGS: {
    description:
      'Rode vlaggen van een heel buying centre, elk één keer, als kolom: geen coach, geen economische invloed, meer dan één, de economische invloed in even keel of overconfident, een onbekende response mode, een tegenstander, nergens een opdrachtkans. Eén cel "Geen rode vlaggen" als er geen zijn.',
    params: {
      influences:
        "Influence per persoon (één kolom of rij): economic, technical, user of coach (Engels of Nederlands, ook gebruiker of gebruikers).",
      responseModes:
        "Response mode per persoon, even lang: Growth, Trouble, Even keel of Overconfident; leeg of Onbekend is een onbekende response mode.",
      stances:
        "Situatie-inschatting per persoon, even lang: Supporter, Voorzichtige supporter, Constructieve criticus of Tegenstander (zoals KAM.STANCE die geeft); mag leeg zijn.",
      lang: LANG,
    },
    result: "De rode vlaggen, één per rij, in een vaste volgorde.",
  },
  READINESS: {
    description:
      "Key-account-geschiktheid als breedte × diepte: geen commitment, lippendienst, een paar key accounts (experiment) of totaal gecommitteerd.",
    params: {
      breadth:
        "Breedte: mate waarin het bedrijf onderkent dat klanten verschillen, op de schaal 1–5 tenzij scale een andere geeft.",
      depth:
        "Diepte: mate waarin het bedrijf daar consequenties aan verbond (o.a. toewijzen van resources), op de schaal 1–5 tenzij scale een andere geeft.",
      cut: 'Laagste "hoge" waarde op beide assen. Standaard 3.',
      lang: LANG,
      scale: SCALE,
    },
    result: "De situatie per rij.",
  },
  AMLEVEL: {
    description: "Niveau van het accountmanagementsysteem: corporate niveau, divisieniveau of BU-niveau.",
    params: {
      divisionsShareAccounts:
        "Hebben divisies overeenkomstige accounts en buying centers? Ja/nee (WAAR/ONWAAR, 1/0, ja/nee).",
      jointDivisionsWanted: "Is gezamenlijk accountmanagement van de divisies gewenst? Ja/nee.",
      centralBuying: "Koopt de klant centraal in (buying center op centraal niveau)? Ja/nee.",
      unitsShareAccounts: "Hebben business units overeenkomstige accounts en buying centers? Ja/nee.",
      jointUnitsWanted: "Is gezamenlijk accountmanagement van de business units gewenst? Ja/nee.",
      lang: LANG,
    },
    result: "Het niveau per rij.",
  },
  AMNEED: {
    description:
      "Accountmanagement ja of nee uit de negen factoren van het accountmanagement-profiel (gemiddelde vanaf 3 is ja).",
    params: {
      factors:
        "De negen factorscores in één rij of één kolom, elk van 1 (de nee-kant van de dia) tot 5 (de ja-kant): hoe accounts inkopen, hun organisatie, account vraagt om accountmanager, machtspositie accounts, coördinatiebehoefte, samenwerkingscultuur, klantgerichtheid, persoonlijke weerstand, initiatief management. Lege cellen tellen niet mee; minstens vijf moeten ingevuld zijn.",
      cut: "Laagste gemiddelde dat ja betekent. Standaard 3.",
      lang: LANG,
    },
    result: '"Accountmanagement: ja" of "Accountmanagement: nee".',
  },
  ACCOUNTDIVISION: {
    description:
      "Accountdivisie of accountmanagement binnen de organisatie, uit de vijf vragen van de accountdivisie-toets.",
    params: {
      productionVolume: "Is de omvang van de productie belangrijk? Ja/nee (WAAR/ONWAAR, 1/0, ja/nee).",
      veryLargeAccounts: "Zijn de accounts zeer groot? Ja/nee.",
      otherProducts: "Kopen de accounts andere producten? Ja/nee.",
      differentNeeds: "Verschillen de behoeften van de accounts met die van andere klanten? Ja/nee.",
      coordination: "Is coördinatie tussen productie en verkoop belangrijk? Ja/nee.",
      lang: LANG,
    },
    result: '"Accountdivisie" als alle vijf ja zijn; "Accountmanagement binnen de organisatie" zodra één nee is.',
  },
  VALUEDISCIPLINE: {
    description:
      "De waardediscipline die voorop loopt (Treacy & Wiersema): productleiderschap, operationele excellence, customer intimacy, of geen duidelijke keuze.",
    params: {
      productLeadership: "Score voor productleiderschap (bijvoorbeeld 1–5).",
      operationalExcellence: "Score voor operationele excellence.",
      customerIntimacy: "Score voor customer intimacy.",
      lead: "Kleinste voorsprong op de volgende discipline die een duidelijke keuze maakt. Standaard 0,5.",
      lang: LANG,
    },
    result: 'De discipline die voorop loopt, of "Geen duidelijke keuze" (ook bij een gelijke stand bovenaan).',
  },
  RANKALL: {
    description:
      "Rang van elke waarde in een bereik in één keer (zoals RANG.GELIJK): 1 voor de grootste, gelijke waarden delen de beste rang.",
    params: {
      values: "De waarden om te rangschikken (een kolom, rij of tabel). Leeg geeft #N/B, tekst #WAARDE!.",
      order: "0 (standaard): de grootste krijgt rang 1; een ander getal: de kleinste krijgt rang 1.",
      ties: '"shared" (standaard): gelijke waarden delen de beste rang; "first": in invoervolgorde, rangen 1…n zonder gaten.',
    },
    result: "De rang per waarde, in de vorm van het bereik.",
  },
  SORTROWS: {
    description:
      "De rijen van een bereik gesorteerd op een sleutelkolom, grootste sleutel eerst, stabiel (gelijke sleutels houden hun volgorde).",
    params: {
      array: "De rijen om te sorteren (een of meer kolommen).",
      by: "De sleutel per rij: één kolom met evenveel rijen. Rijen zonder getal als sleutel komen achteraan.",
      order: "0 (standaard): grootste sleutel eerst; een ander getal: kleinste eerst.",
    },
    result: "De rijen in gesorteerde volgorde, in de vorm van het bereik.",
  },
  RANK: {
    description:
      "Verouderd: gebruik KAM.RANKALL, dat hetzelfde berekent. Blijft bestaan zodat opgeslagen werkmappen blijven werken.",
    params: {
      values: "De waarden om te rangschikken (een kolom, rij of tabel). Leeg geeft #N/B, tekst #WAARDE!.",
      order: "0 (standaard): de grootste krijgt rang 1; een ander getal: de kleinste krijgt rang 1.",
      ties: '"shared" (standaard): gelijke waarden delen de beste rang; "first": in invoervolgorde, rangen 1…n zonder gaten.',
    },
    result: "De rang per waarde, in de vorm van het bereik.",
  },
  SORTBY: {
    description:
      "Verouderd: gebruik KAM.SORTROWS, dat hetzelfde berekent. Blijft bestaan zodat opgeslagen werkmappen blijven werken.",
    params: {
      array: "De rijen om te sorteren (een of meer kolommen).",
      by: "De sleutel per rij: één kolom met evenveel rijen. Rijen zonder getal als sleutel komen achteraan.",
      order: "0 (standaard): grootste sleutel eerst; een ander getal: kleinste eerst.",
    },
    result: "De rijen in gesorteerde volgorde, in de vorm van het bereik.",
  },
} as const satisfies Readonly<Record<string, DutchHelp>>;
