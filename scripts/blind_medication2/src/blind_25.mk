GASTROENTEROLOGY - IBD CENTER FOLLOW-UP
29M with ileocolonic Crohn's disease (dx 2019, Montreal A2 L3 B1p), perianal fistula (seton placed 4/2025), iron deficiency.
Intolerances: «azathioprine|Drug:az» - «pancreatitis|ADE>az» (2019); «Asacol|Drug:as» - «worsening diarrhea|ADE>as»

Therapy history:
- «Humira|Drug:hu:disc» «40 mg|Str>hu» «pen|Frm>hu» «SC|Rte>hu» «every 2 weeks|Frq>hu» 2020-2023, stopped for secondary loss of response (low level, high antibodies)
- «Remicade|Drug:rm:disc» «5 mg/kg|Str>rm» «IV|Rte>rm» - stopped after 4th infusion (2024) for «chest tightness|ADE>rm» and «flushing|ADE>rm» during infusion
- «Canasa|Drug:cn:disc» «1000 mg|Str>cn» «suppository|Frm>cn» «PR|Rte>cn» «qhs|Frq>cn» - no benefit for distal disease, stopped

CURRENT MEDICATIONS:
- «Stelara|Drug:st1» «90 mg|Str>st1» «SC|Rte>st1» «every 8 weeks|Frq>st1» (IV induction «390 mg|Str>st0» «IV|Rte>st0» of «Stelara|Drug:st0» on 3/3)
- «Uceris|Drug:uc» «9 mg|Str>uc» «ER tab|Frm>uc» «qAM|Frq>uc» «x 8 weeks|Dur>uc» as bridge - week 6
- «Flagyl|Drug:fg» «500 mg|Str>fg» «PO|Rte>fg» «TID|Frq>fg» «x 14 days|Dur>fg» for «perianal fistula|Rsn>fg» - notes «metallic taste|ADE>fg»
- «loperamide|Drug:lo» «2 mg|Str>lo» «1-2|Dos>lo» «capsules|Frm>lo» «PO|Rte>lo» «prn|Frq>lo» «loose stools|Rsn>lo», max 8 mg/day
- «ergocalciferol|Drug:ec» «50,000 units|Dos>ec» «PO|Rte>ec» «weekly|Frq>ec» «x 8 weeks|Dur>ec» for «vitamin D deficiency|Rsn>ec»

Interval history: 3-4 BMs/day (from 8), occasional blood, mild perianal drainage. CRP 9 (from 41), fecal calprotectin 310. Ferritin 11, Hgb 11.2.

ASSESSMENT / PLAN:
1. Crohn's, improving on «Stelara|Drug:st2». Rectal urgency persists: add «Cortifoam|Drug:cf» «10%|Str>cf» «foam|Frm>cf» «1 applicatorful|Dos>cf» «rectally|Rte>cf» «qhs|Frq>cf» «x 2 weeks|Dur>cf» for «proctitis|Rsn>cf». Stop «Uceris|Drug:uc2:disc» after week 8 (no taper needed).
2. If inadequate response by week 16: shorten «Stelara|Drug:st3» interval to «every 4 weeks|Frq>st3». Pt does not want «Entyvio|Drug:en:neg» at this time.
3. Fistula: complete «Flagyl|Drug»; seton per colorectal surgery. No alcohol while on «Flagyl|Drug».
4. Iron deficiency anemia: «oral|Rte>oi» «iron|Drug:oi» caused «GI upset|ADE>oi» in 2024. «Injectafer|Drug:ij» «750 mg|Str>ij» «IV|Rte>ij» «x 2 doses|Dur>ij» «1 week apart|Frq>ij» for «iron deficiency anemia|Rsn>ij».
5. Health maintenance on biologic: continue «Heplisav-B|Drug» series; avoid «Zostavax|Drug:zv:neg» (live); «recombinant zoster vaccine|Drug:rz:neg» deferred today (febrile illness last week).
6. Avoid «Goody's|Drug:gd:neg» «powders|Frm>gd» (flare risk).
RTC 8 weeks with CRP, calprotectin; MR enterography in 6 months.
