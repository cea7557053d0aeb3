#!/usr/bin/env python3
"""Compute counts from blind_*.ann and write README.md."""
import glob, os, collections, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind_medication"))
from annstats import count, drug_strings  # noqa: E402

ent, rel, att, per_doc, drugs, lines = count(HERE)
dev = drug_strings(glob.glob(os.path.join(HERE, "..", "..", "..", "shared", "data", "medication_dev", "*.ann")))
overlap = sorted(set(drugs) & dev)
def drug_set(folder):
    return drug_strings(glob.glob(os.path.join(HERE, "..", folder, "blind_*.ann")))
overlap_prev = sorted(set(drugs) & drug_set("blind_medication"))
overlap_prev2 = sorted(set(drugs) & drug_set("blind_medication2"))
n_prev = len(glob.glob(os.path.join(HERE, "..", "blind_medication", "blind_*.ann")))
n_prev2 = len(glob.glob(os.path.join(HERE, "..", "blind_medication2", "blind_*.ann")))
check = subprocess.run([sys.executable, os.path.join(HERE, "..", "blind_medication", "verify.py"), HERE], capture_output=True, text=True)
check_line = check.stdout.strip().splitlines()[-1]
ndoc = len(per_doc)

def table(title, c):
    s = f"| {title} | Count |\n|---|---|\n"
    for k in sorted(c): s += f"| {k} | {c[k]} |\n"
    return s + f"| **Total** | {sum(c.values())} |\n"

readme = f"""# scripts/blind_medication3/ - third blind synthetic test set for medication extraction

Sixteen more **synthetic** clinical notes (`blind_33` .. `blind_48`) with brat standoff annotations in the
n2c2 2018 track 2 style, written to estimate how well the medication extractor **generalizes** (issue #5).
They complement `scripts/blind_medication/` (`blind_01` .. `blind_16`) and `scripts/blind_medication2/`
(`blind_17` .. `blind_32`) with different note types and drugs.

They were written **blind**: the author had no access to the extractor's code, rules or lexicons
(`ctakes_py/`, `lexicons/`, `models/`, `descriptors/`) nor to the tests (`tests/`), and saw only
`shared/data/medication_dev/GUIDELINES.md`, its `README.md`, the ten dev notes (for format and
style), the READMEs of `scripts/blind_medication/` and `scripts/blind_medication2/` (their annotation
decisions) and the tooling of `scripts/blind_medication2/` (as a format example).
The notes were therefore not tuned to the extractor, and drug names were deliberately chosen
to differ from all earlier sets: **{len(set(drugs))} distinct Drug strings; {len(overlap)} of them also
appear as Drug spans in the dev notes{': ' + ', '.join(overlap) if overlap else ''}, {len(overlap_prev)} in
`blind_01` .. `blind_16`{': ' + ', '.join(overlap_prev) if overlap_prev else ''} and {len(overlap_prev2)} in
`blind_17` .. `blind_32`{': ' + ', '.join(overlap_prev2) if overlap_prev2 else ''}** (exact string, case-insensitive;
{n_prev} + {n_prev2} earlier blind files checked). Some are brand/generic or spelling variants of earlier names
(e.g. "Rifadin", "Klonopin", "Zyprexa", "Kristalose", "Anaprox DS" vs. earlier "rifampin", "clonazapam",
"olanzapine", "lactulose", "naproxen"), which an exact-string check does not count as overlap.
No real patient data; all names, dates and values are invented. License: CC0.

Note types covered: MIMIC-style hepatology discharge summary (variceal bleed, encephalopathy) with a `Sig:`
discharge list (33), NICU discharge summary with weight-based neonatal dosing (34), pediatric asthma action plan
with green/yellow/red zones (35), oral anticancer therapy pharmacist visit (capecitabine cycles, mg/m2) (36),
pharmacist-managed anticoagulation clinic with a weekly warfarin schedule and LMWH bridge (37), headache &
epilepsy clinic (38), sleep medicine consult (39), skilled-nursing-facility admission orders in MIMIC `Sig:` style
with an ALL-CAPS discontinued block (40), home-health nursing visit with a bottle-by-bottle reconciliation table
(41), oral surgery operative note with local anesthetics and post-op prescriptions (42), allergy/immunology
beta-lactam delabeling with skin testing and oral challenge (43), bariatric surgery discharge instructions (44),
Parkinson's disease clinic with a clock-time dosing table (45), TB clinic DOT flow sheet (46), inpatient
psychiatry progress note with ALL-CAPS PRN agitation orders (47), and a post-MI (STEMI) discharge summary in
MIMIC `Sig:` style (48). They include brand and generic names, brand combination products (Dulera, Dymista,
Stiolto Respimat, Combivent Respimat, Anoro Ellipta, Lomotil, Septocaine, Roxicet, Caltrate 600+D, Calcium
Citrate + D, Poly-Vi-Sol with Iron, Ryaltris, Robitussin DM), regimen names (AC-T, 3HP), abbreviations (APAP, PZA,
INH, EMB, FA, MgSO4, MSO4, PPI, amp, gent, epi, D3), misspellings a clinician would make (rifaximan, Trileptol,
Fondaparinox, Ursodial, carbidopa-levadopa, isoniazide, Zyprexia), held/stopped/refused/declined/deferred/avoided
drugs, drug classes, vaccines, supplements and illicit substances, and many Dosage and Form styles ("One (1)",
"Ten (10) mL", "Eight (8) units", "0.5-1", "1 1/2", "1/2 tab", "1-2 tablets", "one capsule", "1 application",
"2 puffs", "2-4 puffs", "1 drop", "2 sprays", "22 units", "2.5 mL/kg"; Tablet, Capsule, "Capsule, Delayed
Release(E.C.)", ER tab, ER capsule, IR tab, ODT, patch, "Adhesive Patch, Medicated", suppository, cream,
ointment, solution, oral solution, suspension, inhaler, nebulizer solution, injection, Syringe, Pen Injector,
pen, autoinjector, drops, spray, nasal spray, gel, rectal gel, lozenge, elixir, syrup, powder, packet, film,
sublingual film, foam, chewable tablets, soft chews, carpules, caplets, cartridge, oral rinse).

## Files

- `blind_NN.txt` / `blind_NN.ann` - note text (UTF-8) and brat annotations (0-based, end-exclusive
  character offsets), same scheme as `shared/data/medication_dev/GUIDELINES.md`.
- `src/blind_NN.mk` - the same notes with inline markup (`«span|Type>drugkey»`), the source of truth.
- `../blind_medication/build.py FOLDER` - renders `src/*.mk` to `.txt` + `.ann`. Offsets are taken from the position at which
  each span is written into the rendered text (no string search, so repeated strings such as a drug
  named three times cannot be mis-assigned).
- `../blind_medication/verify.py FOLDER` - independent check that reads only the `.txt`/`.ann` pairs.
- `make_readme.py` - recomputes the counts below and rewrites this file.

Rebuild (from this folder): `python3 ../blind_medication/build.py . && python3 ../blind_medication/verify.py . && python3 make_readme.py`\n\nNote: the set is larger than the ~1,000 entities aimed for (see counts); no notes were dropped to hit the target.

## Counts (computed by `make_readme.py` from the .ann files)

- Documents: {ndoc} (`blind_33` .. `blind_48`; lines per note: min {min(lines)}, max {max(lines)})
- Entities: {sum(per_doc)} (per document: min {min(per_doc)}, max {max(per_doc)}, mean {sum(per_doc)/ndoc:.1f})
- Drug mentions: {ent['Drug']} (mean {ent['Drug']/ndoc:.1f} per note), distinct Drug strings: {len(set(drugs))}

{table('Entity type', ent)}
{table('Relation type', rel)}
{table('Attribute', att)}
Offset check (`verify.py`): every entity satisfies `text[start:end] == span text`, every relation is
`<Type>-Drug` with Arg1 of that type and Arg2 a Drug, attributes sit on Drug entities, every non-Drug
entity is linked to at least one Drug, and no spans overlap. Last run: `{check_line}`.

## Annotation decisions on points the guideline leaves open

These were decided before any evaluation and applied consistently; a scorer may want to know them.

- Mass amounts per administration are **Strength** (as in the dev notes, e.g. "650 mg"), including
  weight/BSA-based amounts: "90 mg/kg/day", "15 mg/kg", "85 mg/m2", "1 mg/kg". Infusion **rates** are
  **Dosage** ("0.12 mcg/kg/min", "4 units/hr", "75 mL/hr"), as are unit-counted doses ("5000 units",
  "30 units", per the guideline's "18 units"), volumes ("10 mL", "1 L"), drops ("1 drop", "1 gtt"),
  sprays and puffs ("2 sprays", "1 puff").
- Taper *steps* are not annotated: in "taper by 10 mg every 3 days" neither "10 mg" nor
  "every 3 days" is marked (it is a decrement, not a dose), nor is "increase by 10 mg weekly".
  Target doses ("to 20 mg daily") are annotated. An explicit step taper ("QID x 1 week, then BID x 1
  week, ...") gives one Frequency and one Duration per step, all linked to the one Drug mention.
- "day 3 of 7" / "week 8 of 12": only the total ("7", "12") is Duration, following the guideline.
  Infusion times ("over 2 hours", "over 46 hours") and cycle counts ("x 12 cycles") are Duration.
- Brand + device names are one Drug span ("ProAir HFA", "Trelegy Ellipta", "Catapres-TTS",
  "Abilify Maintena"), as "Flovent HFA" in the dev set; "nifedipine XL", "oxybutynin ER" likewise.
  Hyphenated generic combinations written with an abbreviation are two Drug spans sharing the
  attributes ("triamterene"-"HCTZ", "calcium carbonate"-"vit D"), per the guideline's losartan-HCTZ
  example; brand combinations are one span ("Janumet", "Cosopt", "Citracal + D", "Percocet").
- Route includes eye/nose sites and administration phrases written as the route: "OD", "OU", "OS",
  "each nare", "per OGT", "swish and swallow", "nebulized", "inhaled", "oral". Infusion words
  ("gtt", "bolus", "continuous infusion") are not marked, just as "infusion" is left unmarked in dev note 05.
- Attributes follow the guideline: Discontinued on the mention in the clause that stops/holds/switches
  it (an earlier "was on X" mention stays unmarked, as in dev note 07); Negated for avoided, declined,
  deferred, not-given or not-taken drugs ("deferred today" vaccines, "declined Invega Sustenna",
  "has not been taking" Seroquil, "No Neulasta"). Allergy-list drugs carry neither.
- Drug classes are Drug when given/avoided ("NSAIDs", "cephalosporins", "anticholinergics",
  "benzodiazepines", "live vaccines", "estrogen-containing contraceptives"); generic words are not
  ("meds", "cold medicine", "antibiotics", "pressors", "vaccines", "inhalers", "drops").
- Not marked: doses that are only limits ("max 3 tablets in 15 minutes", "max 16 mg/day",
  "<10 days/month"), dispense quantities ("#2", "2 kits"), foods/beverages ("shellfish", "vodka"),
  lab values and lab names ("TROUGH 8.9", "INR 4.6"), durations of symptoms ("cough for 3 weeks") or
  of non-drug items ("shield at night x 1 week"), and negated adverse events ("no rash",
  "without precipitated withdrawal").

### Decisions added for this set (`blind_17` .. `blind_32`)

Same principle: decided while writing the notes, before any evaluation, and applied consistently.

- Supplemental oxygen is not a Drug (the guideline does not list medical gases; treated like the vent
  FiO2 setting left unmarked in `blind_11`): "O2 2 L/min via NC", "Oxygen 3 L/min" are unmarked.
- MAR excerpts: clock times ("0800", "Given 0812") are not marked; the ordered frequency is. A dose
  charted "HELD" gives Discontinued on that row's Drug mention, "REFUSED" / "NOT GIVEN" gives Negated, and
  "D/C'd" in the comment column gives Discontinued.
- Reconciliation tables with before/after columns have one Drug mention per row; the attributes in
  both columns link to it. STOPPED / HOLD rows give Discontinued on that mention; NEW / CHANGED / NO CHANGE
  rows carry no attribute.
- Dialysis anchors are Frequency, like meal anchors ("with each HD", "TIW with HD", "after each HD
  session", "30 min before HD", "on non-dialysis days"). Dose-count courses ("x 10 doses", "x 2 doses")
  are Duration, like cycle counts. The dose number in a vaccine series ("dose 2", "dose 1 today") is not marked.
- Topicals: "1 application" and "1 applicatorful" are Dosage; qualitative amounts ("pea-sized amount")
  are not marked. Skin sites ("to whole face", "to each knee", "to access site") are not Route, but
  "topically" is; ear sites ("in R ear", "AU") are Route, like the eye and nose sites already listed.
  Grams per use of a gel or powder ("4 g", "17 g", "10 g") are Strength (mass per administration).
  Shampoo, lotion, respule, softgel, perles, gum and enemas are Form.
- Insulin carb ratios and correction factors ("1:10 g", "1:40 > 150") are not marked (dosing rules,
  not doses); insulin units stay Dosage.
- Courses finished as planned ("Completed: Diclegis ...", "Finished Pyridium ...") carry no attribute,
  like the past Z-pak in `blind_08`. A planned stop ("Stop Uceris after week 8") gets Discontinued.
- Supplements named as products are Drug ("fish oil", "biotin", "calcium", "iron", "ginkgo", "B12");
  in "oral iron", "oral" is Route and "iron" is Drug.
- Words naming a strength or version stay inside the Drug span, following the guideline's "Bactrim DS":
  "TMP-SMX DS", "Tylenol Extra Strength", "Tylenol Arthritis", "Tylenol PM", "Prilosec OTC", "Motrin IB",
  "Epiduo Forte", "Nicoderm CQ", "Tresiba FlexTouch", "Detrol LA", "Bicillin L-A".
- A weight-based amount and the absolute amount written next to it are two Strength spans on the same
  Drug ("15 mg/kg" and "1,500 mg"; "8 mg/kg" and "750 mg"). A loading dose written on the same mention
  ("25 mg/kg ... load") links to that mention.
- Two route expressions for one drug are both Route ("nasal" and "in one nostril").
  A prn condition joined to a time anchor is one Frequency span ("prn 1 hour before activity",
  "within 72 h after condomless sex"). A timing instruction ("0-15 min before meals") is Frequency.
- In warnings, only the drug to be avoided is Negated ("Do not combine Norco with Xanax": Xanax Negated,
  Norco plain). Named classes that are avoided are Drug ("fluoroquinolones", "nitrates", "DOACs", "ARBs",
  "statins", "topical steroids", "first-generation antihistamines", "sedative-hypnotics"), as are
  classes in allergy lists ("salicylates", "sulfonamide antibiotics"); generic words stay unmarked
  ("anti-inflammatories", "sleeping pills", "anticholinergic" used as an adjective).

### Decisions added for this set (`blind_33` .. `blind_48`)

Same principle: decided while writing the notes, before any evaluation, and applied consistently.

- MIMIC `Sig:` lines follow dev note 01 and `blind_01`: the spelled-out number with its numeral is one
  Dosage ("One (1)", "Two (2)", "0.5-1"); with a volume or insulin units the unit stays inside
  ("Ten (10) mL", "Thirty (30) mL", "Eight (8) units"). The frequency keeps its parenthetical gloss
  ("DAILY (Daily)", "BID (2 times a day)", "Q6H (every 6 hours) as needed", "DAILY PRN (as needed)"). MIMIC
  multi-word forms are one Form span ("Capsule, Delayed Release(E.C.)", "Tablet, Delayed Release (E.C.)",
  "Adhesive Patch, Medicated", "Spray, Non-Aerosol", "Pen Injector"). A generic name with a parenthetical
  synonym is one Drug span ("Cholecalciferol (Vitamin D3)"); a brand with the generic in parentheses is two
  Drug spans sharing the attributes ("Beyfortus (nirsevimab)").
- Units per dosage form are Strength ("1,000 unit Tablet", "315 mg-250 unit", "100 unit/mL"); units given per
  administration stay Dosage ("22 units", "3,000 IU", "5,000 units"), including weight-based units
  ("100 units/kg", "250 units/kg") and weight-based volumes ("2.5 mL/kg"), in line with the existing
  mass = Strength / volume, unit count = Dosage rule. Transdermal patch delivery rates are patch strengths,
  not infusion rates: "0.4 mg/hr" and "21 mg/24 hr" are Strength.
- Hold *parameters* and conditional instructions ("Hold for HR < 55", "Hold for SBP < 100",
  "if >= 4 extra stools/day ... HOLD Xeloda", "Reduce Gocovri if hallucinations persist") carry no
  attribute; an actual hold or stop does (Discontinued). A past regimen listed with its years
  ("anastrozole + Kisqali 2021-2023") is a "was on" mention without attribute; the clause that says
  it was stopped carries Discontinued. Not taken / refused ("has not taken x 3 weeks", "NOT TAKEN x 5 days",
  "Refused scheduled Zyprexia dose") is Negated; "deferred", "considered but deferred", "not started" and
  "declined" are Negated, as before.
- Cycle schedules of oral anticancer agents: "days 1-14 of each 21-day cycle" / "days 1-14 q21 days" is one
  Frequency span (it says on which days the drug is taken), in addition to the daily frequency ("twice
  daily within 30 minutes after a meal"). Dosing clock times written as the schedule are Frequency
  ("6a-9a-12p-3p-6p", "TID (8a-12p-4p)", "at 5 PM with food"); MAR administration times stay unmarked.
- Weekly warfarin-type schedules: each dose/day pair is one Strength and one Frequency on the same Drug
  ("7.5 mg ... on Mon and Fri", "5 mg ... all other days"); weekly totals ("total 37.5 mg/week", "+7%")
  and cumulative totals ("total 180 mg", "total 26 weeks") are not marked (like limits). An end condition
  written as "until INR >= 2.5" is Duration. Indications written as a lab value are not marked; the
  condition word next to it is Reason ("over-anticoagulation (INR 9 or more ...)").
- "by DOT" (directly observed therapy) is not Route and not part of the Frequency ("daily (M-F)" and
  "three times weekly (M/W/F)" are the Frequency). A swish/contact time ("x 30 seconds") is Duration,
  like infusion times.
- Not Drug: devices and supplies (CPAP, spacer/AeroChamber, Gelfoam, sutures, IUD as a device word,
  "prefilled syringes" only as Form), irrigation/wound-cleansing saline, skin-test controls ("histamine
  control", "saline control"), blood products (PRBC), foods and nutrition products (breast milk/EBM, HMF,
  NeoSure, Ensure Plus, kale) and the vitamin K content of foods, alcohol, and urine drug screen results
  ("UDS + amphetamines and THC", lab findings). Illicit substances actually used are Drug
  ("methamphetamine", "K2"). Allergen immunotherapy given as a product is one Drug span
  ("allergen immunotherapy"), and skin-test reagents that are drug products are Drug ("Pre-Pen",
  "penicillin G"); the oral challenge drug is Drug with its dose.
- Local anesthetic cartridges: "3 carpules" is Dosage "3" + Form "carpules" (count of physical forms);
  the epinephrine ratio is Strength on the "epi" Drug span ("1:100,000"), the percentage on the anesthetic.
- Classes that are avoided or not to be given are Drug and Negated, as before ("opioids",
  "sedating antihistamines", "dopamine antagonists", "typical antipsychotics", "direct oral anticoagulants",
  "non-steroidal anti-inflammatory drugs", "COX-1 inhibiting NSAIDs"); the same words used as adjectives stay
  unmarked ("NSAID pain reliever", "opioid prescription", "statin intolerance", "beta-lactam allergy").
- Sites and administration phrases written as the route follow the existing rule: "intratracheally",
  "in one nostril", "each nostril", "swish and spit", "Inhalation", "inhaled", "transdermal" are Route; "to gums",
  "to scalp", "to diaper area", "on tongue" and "dissolved on tongue" are sites/instructions and not marked
  ("topically", "sublingual", "SL" and "oral" are Route). When "oral" is part of a form name it stays in the
  Form span ("oral rinse", "oral solution", "oral film", "oral gel").
"""

open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(readme)
print(readme)
