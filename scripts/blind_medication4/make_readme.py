#!/usr/bin/env python3
"""Compute counts from blind_*.ann and write README.md (reads only .txt/.ann files)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind_medication"))
from annstats import counts_section, survey  # noqa: E402

counts, overlap_dev, prev, check_line = survey(HERE, ["blind_medication", "blind_medication2", "blind_medication3"])
drugs = counts[4]
per_doc = counts[3]
ndoc = len(per_doc)
n_prev = sum(v[0] for v in prev.values())




def fmt(lst):
    return ", ".join(f'"{x}"' for x in lst) if lst else "none"


readme = f"""# scripts/blind_medication4/ - fourth blind synthetic test set for medication extraction

{ndoc} **synthetic** short clinical notes (`blind_49` .. `blind_88`) with brat standoff annotations in the
n2c2 2018 track 2 style, written to estimate how well the medication extractor **generalizes** (issue #5).
Unlike the earlier blind sets (15-32 lines per note), these notes are **short, like the dev notes**
(1-6 lines, about 8-25 entities each), so they test the same kind of text the dev sample shows.

They were written **blind** by an annotator who had no access to the extractor's code, rules, lexicons,
models or descriptors (`ctakes_py/`, `lexicons/`, `models/`, `descriptors/`), its tests (`tests/`), any
other `scripts/*.py`, or the git history. The author saw only `shared/data/medication_dev/GUIDELINES.md`
(the authority), its `README.md`, the ten dev notes (for format and style), the READMEs of
`scripts/blind_medication/`, `scripts/blind_medication2/` and `scripts/blind_medication3/` (their annotation
decisions, used only where the guideline is silent), their `src/*.mk` files (markup format) and the tools
`scripts/blind_medication/build.py` and `verify.py`. Nothing was run against the extractor while writing.
Drug names were deliberately chosen to differ from all earlier sets: **{len(set(drugs))} distinct Drug
strings; {len(overlap_dev)} of them also appear as Drug spans in the dev notes and \
{sum(len(v[1]) for v in prev.values())} in
`blind_01` .. `blind_48`** (exact string, case-insensitive; checked by this script against the .ann files only,
10 dev + {n_prev} earlier blind files). Overlap with dev: {fmt(overlap_dev)}; with earlier blind sets:
{fmt(sorted(set(x for v in prev.values() for x in v[1])))}. Some names are brand/generic or abbreviation
variants of earlier names (e.g. "Ultram", "Xifaxan", "ursodiol", "Septra" vs. earlier "tramadol",
"rifaximin", "Ursodial", "Bactrim"), which an exact-string check does not count as overlap.
No real patient data; all names and values are invented. License: CC0.

Note types: discharge medication lists with MIMIC `Sig:` lines (49, 78), discharge summary / hospital course
excerpts (56, 61), progress notes (54 psychiatry, 59 oncology, 62 dermatology, 63 pulmonary, 69 MICU,
70 pediatrics ADHD, 73 transplant, 77 rheumatology, 80 hospital medicine, 84 lipid clinic, 86 surgery,
88 ophthalmology), clinic notes (50 renal, 66 prenatal, 67 urgent care, 68 hepatology, 75 addiction
medicine, 79 ENT), H&P (53 home-med line + allergies, 58, 76), ED notes (51 drug allergy, 55 pediatric
croup, 60 alcohol withdrawal, 72 chest pain, 82 pediatric asthma), L&D (83), hospice RN visit (85),
medication list (57), ALL-CAPS SNF transfer orders (65), and telephone encounters / refill or pharmacist
calls (52, 64, 71, 74, 81, 87). They include brand and generic names, combination products
(Arthrotec, Exforge, Descovy, Nexlizet, Zubsolv, Lortab, Peri-Colace, SMX-TMP, Unasyn), abbreviations
(dex, methylpred, B1, HCQ, TXA, SQH, urso, Oxy IR, nitro), regimen names (GI cocktail, doxy-PEP), drug classes
(ACE inhibitors, sulfonamides, quinolones, COX-1 inhibitors), vaccines, supplements, an illicit/unregulated
substance (kratom), prn and conditional dosing, a step taper, held / stopped / switched / declined / not-given
drugs, allergies with reactions and ADEs (including ADEs that led to stopping a drug).

## Files

- `blind_NN.txt` / `blind_NN.ann` - note text (UTF-8) and brat annotations (0-based, end-exclusive
  character offsets), same scheme as `shared/data/medication_dev/GUIDELINES.md`.
- `src/blind_NN.mk` - the same notes with inline markup (`«span|Type>drugkey»`), the source of truth.
- `../blind_medication/build.py FOLDER` - renders `src/*.mk` to `.txt` + `.ann` (offsets from the position at
  which each span is written, no string search).
- `../blind_medication/verify.py FOLDER` - independent check that reads only the `.txt`/`.ann` pairs.
- `make_readme.py` - recomputes the counts and the drug-name overlap check below and rewrites this file.

Rebuild (from this folder): `python3 ../blind_medication/build.py . && \
python3 ../blind_medication/verify.py . && python3 make_readme.py`

{counts_section(counts, check_line, '`blind_49` .. `blind_88`; ')}

## Annotation decisions

`GUIDELINES.md` and its examples (including the dev notes) were followed first. Where the guideline is silent,
the "Annotation decisions" of the three earlier blind READMEs were applied (mass per administration = Strength,
unit counts / volumes / rates / sprays / puffs / drops = Dosage; MIMIC `Sig:` conventions such as "One (1)" and
"BID (2 times a day)"; "x1" / "x2" / "x3" for single or repeated stat doses = Frequency as in the earlier sets;
"day 5 of 10" / "month 3 of 6" -> only the total is Duration; a step taper gives one Frequency + Duration per step;
eye/nose sites ("OU", "OD", "OS", "each nostril", "in one nostril") and "nebulized"/"neb" are Route, skin sites
("to sacrum") are not; patch delivery rates are Strength; gel/cream grams per use are Strength; dialysis and
meal anchors stay in the Frequency; prn conditions joined to a time anchor are one Frequency span; hold parameters
and limits ("max 15 doses") are unmarked; indications written as a lab value are unmarked; generic words
("meds", "the antibiotic", "biologic", "OTC sleep aids", "statin-intolerant" as an adjective)
are unmarked; brand strength/version words stay inside the Drug span).

Decisions added for this set (decided while writing, before any evaluation):

- **Finished courses** ("Pt finished cefadroxil ... 3 days ago", note 71) get **Discontinued**. This follows
  the guideline ("Discontinued: ... or was stopped in the past") over the `blind_medication2` README, which left
  "Completed: ..." / "Finished ..." courses without an attribute. A drug that was merely taken in the past,
  with no stop word ("Medrol ... in March gave insomnia", note 79), carries no attribute, as in dev notes 01/02.
- **Switches**: Discontinued goes on the old drug only when the switch/stop clause names it ("ertapenem,
  switched to oral cefpodoxime", "Switched Incruse Ellipta to Breztri", "oxcarbazepine stopped and changed to
  lacosamide"); an earlier mention that only names the drug and its ADE ("Likely SIADH from oxcarbazepine")
  stays plain, and the ADE links to that earlier mention, as in dev note 07.
- **Instructions to stop** a drug the patient is still taking ("advised to stop it", "Wants to stop Boniva -
  Dr. L agrees", "stop after today", "D/C'D") are Discontinued; "held" / "on hold" / "hold tonight" are
  Discontinued; "not taking", "has not taken", "withheld", "not given", "not started", "not needed",
  "not indicated", "deferred", "declined", "avoid", "must avoid" are Negated. A drug that will be started
  later ("will start mepolizumab if approved", "will discuss zoledronic acid") carries no attribute.
- A dose change written without repeating the drug name ("reduce to 360 mg BID") links its Strength and
  Frequency to the nearest mention of that drug in the sentence, so one mention can have two Strengths.
- **Drug names inside an ADE or Reason phrase are not separate Drug spans** (spans never overlap), following
  dev note 03 ("acetaminophen overdose" is one Reason); such phrases were mostly avoided.
- Non-drug nouns: "salt" in "salt 1 g tabs" is the Drug (sodium chloride tablets) and "tabs" the Form;
  "GI cocktail" and "doxy-PEP" are regimen names and therefore Drug; "kratom" (used as a drug) is Drug;
  "zoster vaccine" named as something to be given later is Drug. PRBC, fluid restriction and oxygen are not.
- A weight-based amount given once ("dex 0.6 mg/kg", "Pediapred 2 mg/kg") is Strength; the same drug's
  later fixed dose on a new mention ("Pediapred 40 mg daily x 4 more days") is a separate Drug entity.
"""
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
    f.write(readme)
print(check_line)
print(
    f"docs {ndoc}, entities {sum(per_doc)}, drugs {len(drugs)} distinct {len(set(drugs))}, "
    f"overlap dev {len(overlap_dev)}, prev {[ (k, len(v[1])) for k, v in prev.items()]}"
)
