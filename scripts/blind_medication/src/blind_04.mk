EMERGENCY DEPARTMENT PHYSICIAN NOTE
CC: hives, lip swelling
HPI: 34M with no PMH seen at urgent care yesterday and prescribed «cefdinir|Drug:cf1» «300 mg|Str>cf1» «PO|Rte>cf1» «BID|Frq>cf1» «x 10 days|Dur>cf1» for «acute sinusitis|Rsn>cf1». About 30 minutes after the second dose he developed diffuse «urticaria|ADE>cf1», «lip swelling|ADE>cf1», «throat tightness|ADE>cf1» and «wheezing|ADE>cf1».
Reports a «rash|ADE>pen» as a child with "some «penicillin|Drug:pen»", unclear which.
EMS gave «epinephrine|Drug:epi» «0.3 mg|Str>epi» «IM|Rte>epi» and «Benadryl|Drug:bd» «50 mg|Str>bd» «IV|Rte>bd» en route with improvement.

ED course: «Solu-Medrol|Drug:sm» «125 mg|Str>sm» «IV|Rte>sm», «famotidine|Drug:fm» «20 mg|Str>fm» «IV|Rte>fm», «NS|Drug:ns» «1 L|Dos>ns» «IV|Rte>ns» bolus, and «Xopenex|Drug:xo» «1.25 mg|Str>xo» «inhaled|Rte>xo» «once|Frq>xo» for «wheezing|Rsn>xo». Observed 4 hours without biphasic reaction. Lungs clear, no stridor at discharge.

Discharge medications:
- «EpiPen|Drug:ep» «0.3 mg|Str>ep» «IM|Rte>ep» «prn|Frq>ep» «anaphylaxis|Rsn>ep», #2
- «prednisone|Drug:pr» «40 mg|Str>pr» «PO|Rte>pr» «daily|Frq>pr» «x 4 days|Dur>pr»
- «cetirizine|Drug:ce» «10 mg|Str>ce» «PO|Rte>ce» «BID|Frq>ce» «x 5 days|Dur>ce» for «itching|Rsn>ce»
- «famotidine|Drug:fm2» «20 mg|Str>fm2» «PO|Rte>fm2» «BID|Frq>fm2» «x 5 days|Dur>fm2»
- «doxycycline|Drug:dx» «100 mg|Str>dx» «PO|Rte>dx» «BID|Frq>dx» «x 7 days|Dur>dx» for «sinusitis|Rsn>dx»
- STOP «cefdinir|Drug:cf2:disc».

Allergy list updated: «cefdinir|Drug:cf3» - «anaphylaxis|ADE>cf3». Avoid all «cephalosporins|Drug:ceph:neg» pending allergy clinic evaluation.
Return precautions for recurrent swelling or difficulty breathing; use «EpiPen|Drug» and call 911.
