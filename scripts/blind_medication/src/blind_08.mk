PULMONARY CLINIC - FOLLOW UP
68F with GOLD 3 COPD (FEV1 42% pred), 45 pack-year smoker, quit 8 weeks ago.

Interval history: One exacerbation in January treated with «prednisone|Drug:p1» «40 mg|Str>p1» «daily|Frq>p1» «x 5 days|Dur>p1» and a «Z-pak|Drug:zp». No hospitalizations.
Previously on «Advair|Drug:ad:disc» «250/50|Str>ad» «1 puff|Dos>ad» «BID|Frq>ad» - stopped last fall due to recurrent «oral thrush|ADE>ad» and «hoarseness|ADE>ad»; thrush treated with «nystatin|Drug:ny» «100,000 units/mL|Str>ny» «5 mL|Dos>ny» «swish and swallow|Rte>ny» «QID|Frq>ny» «x 7 days|Dur>ny».
Self-discontinued «Daliresp|Drug:dl:disc» «500 mcg|Str>dl» «daily|Frq>dl» 3 weeks ago because of «diarrhea|ADE>dl» and «weight loss|ADE>dl» (10 lb).

Current respiratory meds:
- «Trelegy Ellipta|Drug:te» «100/62.5/25 mcg|Str>te» «1 inhalation|Dos>te» «daily|Frq>te»
- «ProAir HFA|Drug:pa» «90 mcg/act|Str>pa» «2 puffs|Dos>pa» «q4-6h prn|Frq>pa» «SOB or wheezing|Rsn>pa»
- «DuoNeb|Drug:dn» «3 mL|Dos>dn» «nebulized|Rte>dn» «q6h prn|Frq>dn» during flares
- «azithromycin|Drug:az» «250 mg|Str>az» «PO|Rte>az» «three times weekly|Frq>az» for «exacerbation prevention|Rsn>az» (QTc 438 ms)
- «Chantix|Drug:ch» «1 mg|Str>ch» «BID|Frq>ch» for «smoking cessation|Rsn>ch» - week 8 of «12|Dur>ch»
- «nicotine|Drug:nc» «2 mg|Str>nc» «lozenge|Frm>nc» «q2h prn|Frq>nc» «cravings|Rsn>nc»

Spirometry today stable vs last year. Inhaler technique observed and correct.

Plan:
1. COPD: continue «Trelegy|Drug». Will not restart «roflumilast|Drug:rf:neg». Pulmonary rehab referral placed.
2. Vaccines given today: «Fluzone High-Dose|Drug:fz» «0.5 mL|Dos>fz» «IM|Rte>fz» and «Arexvy|Drug:ax» «0.5 mL|Dos>ax» «IM|Rte>ax».
3. Tobacco: finish «varenicline|Drug» course; continue «nicotine|Drug:nc2» «lozenges|Frm>nc2» «prn|Frq>nc2».
RTC 3 months.
