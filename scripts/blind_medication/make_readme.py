#!/usr/bin/env python3
"""Compute counts from blind_*.ann and write README.md."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind_medication"))
from annstats import counts_section, decisions, survey  # noqa: E402

counts, overlap, _, check_line = survey(HERE)
drugs = counts[4]


readme = f"""# scripts/blind_medication/ - blind synthetic test notes for medication extraction

Sixteen **synthetic** clinical notes (`blind_01` .. `blind_16`) with brat standoff annotations in the
n2c2 2018 track 2 style, written to estimate how well the medication extractor **generalizes**.

They were written **blind**: the author had no access to the extractor's code, rules or lexicons
(`ctakes_py/`, `lexicons/`) nor to the tests (`tests/`), and saw only
`shared/data/medication_dev/GUIDELINES.md`, its `README.md` and the ten dev notes (for format and
style). The notes were therefore not tuned to the extractor, and drug names were deliberately chosen
to differ from the dev set: **{len(set(drugs))} distinct Drug strings, {len(overlap)} of them also
appear as Drug spans in the dev notes** (case-insensitive{': ' + ', '.join(overlap) if overlap else ''}).
No real patient data; all names, dates and values are invented. License: CC0.

Note types covered: discharge medication list with `Sig:` lines (01), admission H&P with home-med
table (02), neurology narrative with titrations and switches (03), ED anaphylaxis (04), telephone
encounter (05), oncology regimen (mFOLFOX6 + bevacizumab, mg/m2 dosing) (06), inpatient insulin with
sliding scale (07), COPD inhalers/nebs/vaccines (08), ophthalmology drops with a steroid taper (09),
palliative care with transdermal patches (10), ICU drips (11), rheumatology prednisone taper (12),
pediatric weight-based dosing (13), psychiatry with an adverse-reaction list and illicit drugs (14),
ALL-CAPS transplant clinic note (15), ED/addiction medicine (16). They include brand names,
combination products, abbreviations (ASA, HCTZ, NTG, MVI, KCl, MMF, PRED), misspellings a clinician
would make (levetiracitam, gabapenitn, amlodopine, omeprazol, Seroquil, clonazapam), held/stopped
drugs, negated/avoided drugs, drugs with no attributes, and lowercase and upper-case drug names.

## Files

- `blind_NN.txt` / `blind_NN.ann` - note text (UTF-8) and brat annotations (0-based, end-exclusive
  character offsets), same scheme as `shared/data/medication_dev/GUIDELINES.md`.
- `src/blind_NN.mk` - the same notes with inline markup (`«span|Type>drugkey»`), the source of truth.
- `build.py` - renders `src/*.mk` to `.txt` + `.ann`. Offsets are taken from the position at which
  each span is written into the rendered text (no string search, so repeated strings such as a drug
  named three times cannot be mis-assigned).
- `verify.py` - independent check that reads only the `.txt`/`.ann` pairs.
- `make_readme.py` - recomputes the counts below and rewrites this file.

Rebuild: `python3 build.py && python3 verify.py && python3 make_readme.py`

{counts_section(counts, check_line, '')}

{decisions(HERE, ['blind_medication'])}
"""
open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(readme)
print(readme)
