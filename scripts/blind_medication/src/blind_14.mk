PSYCHIATRY ADMISSION NOTE - INPATIENT UNIT 4B
ID: 31M with schizoaffective disorder, bipolar type, admitted on 72-hr hold for mania with psychotic features after ~2 months of nonadherence.

ALLERGIES / ADVERSE DRUG REACTIONS:
- «Haldol|Drug:h1» - «acute dystonia|ADE>h1»
- «Risperdal|Drug:rp» - «galactorrhea|ADE>rp»
- «lithium|Drug:li» - «tremor|ADE>li», «polyuria|ADE>li»
- «Tegretol|Drug:tg» - «hyponatremia|ADE>tg»
- «Bactrim|Drug:bt» - «SJS|ADE>bt»

Psychiatric med history: He was started on «aripiprazole|Drug:ar1» «5 mg|Str>ar1» «daily|Frq>ar1» in 2021 and titrated to «15 mg|Str>ar1» «daily|Frq>ar1» with good response, then transitioned to «Abilify Maintena|Drug:am1» «400 mg|Str>am1» «IM|Rte>am1» «monthly|Frq>am1»; missed the last 2 injections. «Adderall|Drug:ad:disc» was stopped by his outpatient psychiatrist in 3/2024 given concern for mania. Was also prescribed «Seroquil|Drug:sq:neg» «100 mg|Str>sq» «qhs|Frq>sq» for «insomnia|Rsn>sq» but has not been taking it.

Substance use: uses «cannabis|Drug:cb» «daily|Frq>cb»; «cocaine|Drug:co» «on weekends|Frq>co». Cigarettes 1 ppd. Denies IV drug use.
MSE: pressured speech, grandiose, poor sleep x 1 week, denies SI/HI.

PLAN:
- Restart «aripiprazole|Drug:ar2» «10 mg|Str>ar2» «PO|Rte>ar2» «daily|Frq>ar2», increase to «15 mg|Str>ar2» «daily|Frq>ar2» on day 4 if tolerated; plan to reload «Abilify Maintena|Drug» prior to discharge.
- Pt declined «Invega Sustenna|Drug:iv:neg».
- «propranolol|Drug:pl» «10 mg|Str>pl» «PO|Rte>pl» «BID prn|Frq>pl» «akathisia|Rsn>pl»
- «trazodone|Drug:tz» «50 mg|Str>tz» «PO|Rte>tz» «qhs prn|Frq>tz» «insomnia|Rsn>tz»
- «clonazapam|Drug:cz» «0.5 mg|Str>cz» «PO|Rte>cz» «BID prn|Frq>cz» «anxiety|Rsn>cz»
- «olanzapine|Drug:oz» «10 mg|Str>oz» «PO|Rte>oz» or «IM|Rte>oz» «q6h prn|Frq>oz» «severe agitation|Rsn>oz», max 30 mg/24 hr. NO «Haldol|Drug:h2:neg» (hx «dystonia|ADE>h2»).
- «nicotine|Drug:n1» «21 mg/24 hr|Str>n1» «patch|Frm>n1» «daily|Frq>n1» and «nicotine|Drug:n2» «gum|Frm>n2» «2 mg|Str>n2» «q2h prn|Frq>n2» «cravings|Rsn>n2»
- Labs: CMP, CBC, UDS, TSH, lipids, A1c, EKG (QTc).
