PRENATAL VISIT - HIGH-RISK OB CLINIC
32 yo G2P1001 at 28w3d by 8-wk US. PMH: chronic HTN, hypothyroidism, prior LTCS. A2GDM dx at 24 wks (diet failed). Rh negative, antibody screen neg.
ALLERGIES: «Macrobid|Drug:mb» - «nausea|ADE>mb»

CURRENT MEDICATIONS:
1. «PNV|Drug:pn» «1|Dos>pn» «tab|Frm>pn» «PO|Rte>pn» «daily|Frq>pn»
2. «Procardia XL|Drug:pc» «30 mg|Str>pc» «PO|Rte>pc» «daily|Frq>pc» for «chronic HTN|Rsn>pc» - switched from «methyldopa|Drug:md:disc» «250 mg|Str>md» «TID|Frq>md» at 16 wks because of «fatigue|ADE>md» and «low mood|ADE>md»
3. «Levoxyl|Drug:lv1» «75 mcg|Str>lv1» «PO|Rte>lv1» «qAM before breakfast|Frq>lv1» for «hypothyroidism|Rsn>lv1»
4. «Ecotrin|Drug:ec» «81 mg|Str>ec» «qhs|Frq>ec» for «preeclampsia prophylaxis|Rsn>ec» «until 36 weeks|Dur>ec»
5. «ferrous sulfate|Drug:fs» «325 mg|Str>fs» «1|Dos>fs» «tab|Frm>fs» «every other day|Frq>fs» for «iron deficiency anemia|Rsn>fs» (Hgb 9.8) - causes some «constipation|ADE>fs»
6. «Colace|Drug:cl» «100 mg|Str>cl» «BID|Frq>cl» for «constipation|Rsn>cl»
7. «NPH|Drug:np1» «14 units|Dos>np1» «SQ|Rte>np1» «qhs|Frq>np1» for «fasting hyperglycemia|Rsn>np1»
8. «Tums|Drug:tm» «1-2|Dos>tm» «chewable tablets|Frm>tm» «prn|Frq>tm» «heartburn|Rsn>tm» (separate from «ferrous sulfate|Drug» by 2 h)
Completed: «Diclegis|Drug:dg» «10/10 mg|Str>dg» «2|Dos>dg» «tabs|Frm>dg» «qhs|Frq>dg» for «nausea and vomiting of pregnancy|Rsn>dg» «x 10 weeks|Dur>dg» (weeks 8-18).
Prior: «glyburide|Drug:gy:disc» «2.5 mg|Str>gy» «qAM|Frq>gy» tried at 25 wks, stopped after 2 episodes of «hypoglycemia|ADE>gy» - switched to «NPH|Drug».

S: Feels well, +FM, no ctx/LOF/VB. No HA, visual changes or RUQ pain. Home BP 120s-130s/80s. Fasting BG 98-104 on current dose; 1-h PP < 140.
O: BP 128/82, FH 28 cm, FHT 145. Urine prot neg. TSH 2.1.

PLAN:
1. GDM A2: fasting above goal - increase «NPH|Drug:np2» to «16 units|Dos>np2» «at bedtime|Frq>np2».
2. Tdap: «Boostrix|Drug:bx» «0.5 mL|Dos>bx» «IM|Rte>bx» given today, L deltoid.
3. Rh neg: «WinRho|Drug:wr» «300 mcg|Str>wr» «IM|Rte>wr» today after type & screen.
4. Influenza: pt declined «Flublok|Drug:fb:neg» again; education provided.
5. BV (+ clue cells on wet prep): «metronidazole|Drug:mz» «0.75%|Str>mz» «gel|Frm>mz» «1 applicatorful|Dos>mz» «vaginally|Rte>mz» «qhs|Frq>mz» «x 5 days|Dur>mz» for «bacterial vaginosis|Rsn>mz».
6. cHTN: continue «Procardia XL|Drug». Reminded to avoid «ARBs|Drug:arb:neg» and «statins|Drug:st:neg» in pregnancy (old Rx at home).
7. Postpartum contraception: plans «Mirena|Drug:mr» at 6 wks; no «combined OCPs|Drug:oc:neg» while breastfeeding in early postpartum.
8. Continue «Levoxyl|Drug:lv2» «75 mcg|Str>lv2», TSH each trimester.
RTC 2 weeks; NST twice weekly from 32 wks.
