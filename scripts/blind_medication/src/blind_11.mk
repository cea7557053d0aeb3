MICU PROGRESS NOTE - HOSPITAL DAY 3
54M with septic shock from LLL pneumonia, AHRF intubated 6/3, AKI (Cr 2.4 from 1.0).

Drips:
- «norepinephrine|Drug:ne» «0.12 mcg/kg/min|Dos>ne», weaning to MAP > 65
- «vasopressin|Drug:vp» «0.04 units/min|Dos>vp»
- «fentanyl|Drug:fn» «75 mcg/hr|Dos>fn»
- «Precedex|Drug:pd» «0.6 mcg/kg/hr|Dos>pd» for «agitation|Rsn>pd»
- «insulin|Drug:in» gtt at «4 units/hr|Dos>in» per ICU protocol
- «propofol|Drug:pp:disc» - OFF since yesterday for «hypertriglyceridemia|ADE>pp» (TG 742)
- «heparin|Drug:hp:disc» gtt for «LLE DVT|Rsn>hp» - HELD since 06:00 for bronchoscopy
- «LR|Drug:lr» at «75 mL/hr|Dos>lr»

Antimicrobials:
- «cefepime|Drug:cp» «2 g|Str>cp» «IV|Rte>cp» «q8h|Frq>cp» for «pneumonia|Rsn>cp», day 3 of «7|Dur>cp»
- «azithro|Drug:az» «500 mg|Str>az» «IV|Rte>az» «daily|Frq>az» «x 3 days|Dur>az» - last dose today
- «vancomycin|Drug:vn:disc» d/c'd today, MRSA nares PCR negative
- De-escalated from «meropenem|Drug:mp:disc» on HD2 once cultures returned

Other:
- «hydrocortisone|Drug:hc» «50 mg|Str>hc» «IV|Rte>hc» «q6h|Frq>hc» for «refractory shock|Rsn>hc»
- «Protonix|Drug:px» «40 mg|Str>px» «IV|Rte>px» «daily|Frq>px» for «SUP|Rsn>px»
- «chlorhexidine|Drug:ch» «0.12%|Str>ch» «15 mL|Dos>ch» oral care «BID|Frq>ch»
- «albumin|Drug:al» «25%|Str>al» «100 mL|Dos>al» «IV|Rte>al» «once|Frq>al» today
- «KCl|Drug:kc» «40 mEq|Str>kc» «per OGT|Rte>kc» «once|Frq>kc» for «hypokalemia|Rsn>kc»
- «Mag sulfate|Drug:mg» «2 g|Str>mg» «IV|Rte>mg» «once|Frq>mg»
Holding home «Coreg|Drug:cr:disc», «losartan|Drug:lo:disc», and «Jardiance|Drug:jd:disc» in setting of shock/AKI.

Vent: AC 450/18/PEEP 10/FiO2 0.4. SBT when off pressors.
Family updated by phone (wife).
