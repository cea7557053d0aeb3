#!/usr/bin/env python3
"""Compute counts from blind_*.ann and write README.md."""
import glob, os, collections, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind_medication"))
from annstats import count, drug_strings  # noqa: E402

ent, rel, att, per_doc, drugs, lines = count(HERE)
dev = drug_strings(glob.glob(os.path.join(HERE, "..", "..", "..", "shared", "data", "medication_dev", "*.ann")))
overlap = sorted(set(drugs) & dev)
prev = drug_strings(glob.glob(os.path.join(HERE, "..", "blind_medication", "blind_*.ann")))
overlap_prev = sorted(set(drugs) & prev)
n_prev = len(glob.glob(os.path.join(HERE, "..", "blind_medication", "blind_*.ann")))
check = subprocess.run([sys.executable, os.path.join(HERE, "..", "blind_medication", "verify.py"), HERE], capture_output=True, text=True)
check_line = check.stdout.strip().splitlines()[-1]
ndoc = len(per_doc)

def table(title, c):
    s = f"| {title} | Count |\n|---|---|\n"
    for k in sorted(c): s += f"| {k} | {c[k]} |\n"
    return s + f"| **Total** | {sum(c.values())} |\n"

readme = f"""# scripts/blind_medication2/ - second blind synthetic test set for medication extraction

Sixteen more **synthetic** clinical notes (`blind_17` .. `blind_32`) with brat standoff annotations in the
n2c2 2018 track 2 style, written to estimate how well the medication extractor **generalizes** (issue #5).
They complement `scripts/blind_medication/` (`blind_01` .. `blind_16`) with different note types and drugs.

They were written **blind**: the author had no access to the extractor's code, rules or lexicons
(`ctakes_py/`, `lexicons/`, `models/`, `descriptors/`) nor to the tests (`tests/`), and saw only
`shared/data/medication_dev/GUIDELINES.md`, its `README.md`, the ten dev notes (for format and
style) and `scripts/blind_medication/` (its README's annotation decisions, its markup sources and tooling).
The notes were therefore not tuned to the extractor, and drug names were deliberately chosen
to differ from both earlier sets: **{len(set(drugs))} distinct Drug strings; {len(overlap)} of them also
appear as Drug spans in the dev notes{': ' + ', '.join(overlap) if overlap else ''} and {len(overlap_prev)} in
`blind_01` .. `blind_16`{': ' + ', '.join(overlap_prev) if overlap_prev else ''}** (exact string, case-insensitive; {n_prev} earlier blind files checked).
Some are deliberate variants of earlier names (misspellings and abbreviations such as "metroprolol", "vanc",
"doxy"), which an exact-string check does not count as overlap.
No real patient data; all names, dates and values are invented. License: CC0.

Note types covered: nursing MAR excerpt with held/refused doses (17), heart-failure clinic with GDMT
titration (18), hemodialysis monthly rounds (19), high-risk prenatal visit (20), dermatology topicals and a
biologic (21), ENT with nasal sprays, rinses and ear drops (22), urology (23), geriatrics "brown bag"
deprescribing table (24), IBD biologics and rectal therapy (25), endocrine with insulin pens, levothyroxine
and adrenal replacement (26), ID/OPAT with weight-based IV antibiotics via PICC (27), orthopaedic discharge
with an opioid step-down (28), hospice comfort kit partly in ALL CAPS (29), HIV clinic with ART history,
vaccines and substance use (30), pharmacy consult for warfarin interaction and renal dosing (31), and a
transitions-of-care reconciliation table with before/after columns (32). They include brand and generic
names, brand combination products (BiDil, Entresto, Zestoretic, Norco, Biktarvy, Atripla, Ciprodex,
Diclegis, Os-Cal + D), abbreviations (PNV, NPH, vanc, doxy, TMP-SMX DS, B12, EMLA), misspellings a clinician
would make (metroprolol, sevelemer, hydrochlorthiazide, amitryptiline, furosamide), tables, Sig-style and
narrative dosing, held/stopped/refused/declined/avoided drugs, drug classes, vaccines, supplements and
illicit substances, and many Dosage and Form styles ("1/2 tab", "1-2 tablets", "one capsule",
"1 application", "1 applicatorful", "2 puffs", "4 drops", "15 units"; ER tab, ODT, patch, suppository,
cream, ointment, lotion, shampoo, foam, gel, solution, suspension, syrup, elixir, powder, film, lozenges,
spray, drops, inhaler, nebulizer solution, respule, pen, injection).

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

- Documents: {ndoc} (`blind_17` .. `blind_32`; lines per note: min {min(lines)}, max {max(lines)})
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
"""

open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(readme)
print(readme)
