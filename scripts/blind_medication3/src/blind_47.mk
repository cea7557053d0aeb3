INPATIENT PSYCHIATRY - PHYSICIAN PROGRESS NOTE, HOSPITAL DAY 2 (with active PRN orders)
31M with schizoaffective disorder, bipolar type, admitted on involuntary hold for manic sx, paranoia and assault on a family member. UDS + amphetamines and THC.
Substances: daily «methamphetamine|Drug:ma» (smoked) x 3 months, «K2|Drug:k2» on weekends; alcohol socially.
Home meds per pharmacy fill hx (adherence poor):
- «Aristada|Drug:ar» «882 mg|Str>ar» «IM|Rte>ar» «every 4 weeks|Frq>ar» - last injection 10 weeks ago (overdue).
- «divalproex ER|Drug:dv:neg» «1,500 mg|Str>dv» «qhs|Frq>dv» - has not taken x 3 weeks (VPA level < 10).
- «Cogentin|Drug:cg» «1 mg|Str>cg» «BID|Frq>cg» for «EPS|Rsn>cg» - taking intermittently.
- «Lithobid|Drug:lb:disc» stopped 2022 after «coarse tremor|ADE>lb» and «AKI|ADE>lb».

Overnight: at 1930 became assaultive toward staff, refused PO; received «Geodon|Drug:gd1» «20 mg|Str>gd1» «IM|Rte>gd1» «x1|Frq>gd1» with effect. At 2300 «acute dystonia|ADE>gd1» (neck/jaw) attributed to «IM|Rte>gd9» «Geodon|Drug:gd9»; «Cogentin|Drug:cg2» «2 mg|Str>cg2» «IM|Rte>cg2» «once|Frq>cg2» given for «dystonia|Rsn>cg2» with resolution in 15 min. Refused scheduled «Zyprexia|Drug:zx0:neg» dose at 2100.
MSE today: pressured speech, grandiose, less irritable, no SI/HI. Slept 4 h.

SCHEDULED:
- «Zyprexa|Drug:zx» «10 mg|Str>zx» «PO|Rte>zx» «qhs|Frq>zx» for «mania/psychosis|Rsn>zx» - increase to «15 mg|Str>zx» tonight.
- «divalproex ER|Drug:dv2» «1,000 mg|Str>dv2» «PO|Rte>dv2» «qhs|Frq>dv2» for «mood stabilization|Rsn>dv2» (restart; level in 5 days).
- «Habitrol|Drug:hb» «21 mg/24 hr|Str>hb» «patch|Frm>hb» «transdermal|Rte>hb» «daily|Frq>hb» for «nicotine withdrawal|Rsn>hb»
- Restart «Aristada|Drug:ar2» after 2 weeks of tolerating «oral|Rte>ab» «Abilify|Drug:ab» (declined LAI today).

PRN AGITATION ORDERS (OFFER ORAL FIRST; DOCUMENT BEHAVIOR; MAX 3 IM DOSES/24 H):
1. «ZYPREXA ZYDIS|Drug:zz» «10 MG|Str>zz» «ODT|Frm>zz» «PO|Rte>zz» «Q4H PRN|Frq>zz» «AGITATION|Rsn>zz»
2. «GEODON|Drug:gd» «20 MG|Str>gd» «IM|Rte>gd» «Q4H PRN|Frq>gd» «SEVERE AGITATION|Rsn>gd» IF REFUSES ORAL - give «COGENTIN|Drug:cg3» «1 MG|Str>cg3» «IM|Rte>cg3» WITH EACH DOSE (hx «dystonia|ADE>gd»)
3. NO «ZYPREXA|Drug:zim:neg» «IM|Rte>zim» ON THIS UNIT (RISK WITH PARENTERAL SEDATIVES).
4. «VISTARIL|Drug:vs» «50 MG|Str>vs» «CAPSULE|Frm>vs» «PO|Rte>vs» «Q6H PRN|Frq>vs» «ANXIETY|Rsn>vs»
5. «DESYREL|Drug:ds» «50 MG|Str>ds» «PO|Rte>ds» «QHS PRN|Frq>ds» «INSOMNIA|Rsn>ds», MAY REPEAT X1
6. «MAALOX|Drug:mx» «30 ML|Dos>mx» «PO|Rte>mx» «Q4H PRN|Frq>mx» «DYSPEPSIA|Rsn>mx»
7. «APAP|Drug:ap» «650 MG|Str>ap» «PO|Rte>ap» «Q6H PRN|Frq>ap» «HEADACHE|Rsn>ap»
8. «ROBITUSSIN DM|Drug:rd» «SYRUP|Frm>rd» «10 ML|Dos>rd» «PO|Rte>rd» «Q4H PRN|Frq>rd» «COUGH|Rsn>rd»
Plan: 1:1 observation d/c'd; q15 checks. Collateral from sister. Court hearing Thursday. Counseled re «methamphetamine|Drug:mt» and «K2|Drug» cessation.
