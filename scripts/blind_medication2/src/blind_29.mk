HOSPICE ADMISSION - MEDICATION PROFILE / COMFORT KIT
79F WITH END-STAGE COPD (FEV1 24%) AND HFPEF, PPS 30%, ENROLLED IN HOME HOSPICE 7/1. GOALS: COMFORT AT HOME; DNR/DNI (POLST ON FRIDGE). CAREGIVER: DAUGHTER.
OXYGEN 3 L/MIN NC CONTINUOUS VIA CONCENTRATOR. ALLERGIES: «REGLAN|Drug:cz0» - «AKATHISIA|ADE>cz0»

COMFORT KIT (DELIVERED 7/1; RN TAUGHT DAUGHTER):
- «MORPHINE CONCENTRATE|Drug:mc» «100 MG/5 ML|Str>mc» «ORAL SOLUTION|Frm>mc»: «5 MG|Str>mc» («0.25 ML|Dos>mc») «SL|Rte>mc» «Q1H PRN|Frq>mc» «DYSPNEA OR PAIN|Rsn>mc»
- «ATIVAN|Drug:av» «0.5 MG|Str>av» «1|Dos>av» «TAB|Frm>av» «SL|Rte>av» «Q4H PRN|Frq>av» «ANXIETY OR RESTLESSNESS|Rsn>av»
- «ATROPINE|Drug:at» «1%|Str>at» «OPHTHALMIC SOLUTION|Frm>at»: «2 DROPS|Dos>at» «SL|Rte>at» «Q4H PRN|Frq>at» «NOISY RESPIRATIONS|Rsn>at»
- «CHLORPROMAZINE|Drug:cp» «25 MG|Str>cp» «SUPPOSITORY|Frm>cp» «PR|Rte>cp» «Q8H PRN|Frq>cp» «TERMINAL AGITATION|Rsn>cp»
- «TIGAN|Drug:tg» «300 MG|Str>tg» «CAPSULE|Frm>tg» «PO|Rte>tg» «Q8H PRN|Frq>tg» «NAUSEA|Rsn>tg» (INSTEAD OF «REGLAN|Drug:cz1:neg» - SEE ALLERGIES)
- «HYOSCYAMINE|Drug:hy» «0.125 MG/5 ML|Str>hy» «ELIXIR|Frm>hy» «5 ML|Dos>hy» «PO|Rte>hy» «Q4H PRN|Frq>hy» «ABDOMINAL CRAMPING|Rsn>hy»
- «GLYCERIN|Drug:gl» «SUPPOSITORY|Frm>gl» «PR|Rte>gl» «DAILY PRN|Frq>gl» «CONSTIPATION|Rsn>gl»

CONTINUED MEDICATIONS:
- «Breo Ellipta|Drug:br» «100/25 mcg|Str>br» «1 inhalation|Dos>br» «daily|Frq>br»
- «ipratropium|Drug:ip» «0.02%|Str>ip» «nebulizer solution|Frm>ip» «2.5 mL|Dos>ip» «nebulized|Rte>ip» «QID prn|Frq>ip» «SOB|Rsn>ip»
- «torsemide|Drug:ts» «20 mg|Str>ts» «PO|Rte>ts» «daily|Frq>ts» for «leg edema|Rsn>ts»
- «mirtazapine|Drug:mz» «7.5 mg|Str>mz» «ODT|Frm>mz» «qhs|Frq>mz» for «poor appetite and insomnia|Rsn>mz»
- «Belbuca|Drug:bb» «150 mcg|Str>bb» «buccal|Rte>bb» «film|Frm>bb» «q12h|Frq>bb» for «chronic back pain|Rsn>bb»
- «Transderm Scop|Drug:tsc» «1 mg/3 days|Str>tsc» «patch|Frm>tsc» «q72h|Frq>tsc» - PLACE ONLY IF «secretions|Rsn>tsc» not controlled by «atropine|Drug»

DISCONTINUED ON ADMISSION (not aligned with goals / pill burden):
«Livalo|Drug:lv:disc», «Plavix|Drug:pl:disc», «Spiriva|Drug:sp:disc» (duplicate anticholinergic with «ipratropium|Drug»), «Prolia|Drug:pr:disc» «60 mg|Str>pr» «SC|Rte>pr» «q6 months|Frq>pr», «metolazone|Drug:mt:disc» «2.5 mg|Str>mt» - caused «symptomatic hypotension|ADE>mt» last month.
Pt/daughter declined «Dilaudid|Drug:dd:neg» for comfort kit ("she hated it in hospital").

Plan: RN visits 3x/wk, chaplain, HHA 5x/wk. Reassess dyspnea regimen in 48 h; may add scheduled «morphine concentrate|Drug:mc2» «2.5 mg|Str>mc2» «q4h|Frq>mc2» if prn use > 4 doses/day. Bowel regimen with «senna|Drug:sn» «8.6 mg|Str>sn» «2|Dos>sn» «tabs|Frm>sn» «qhs|Frq>sn» once opioid use regular.
