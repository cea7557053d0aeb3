Admission H&P: 79M from home w/ fever, R basilar crackles after choking episode. A/P: «aspiration pneumonia|Rsn>un» -> «Unasyn|Drug:un» «3 g|Str>un» «IV|Rte>un» «q6h|Frq>un».
Home: «Exforge|Drug:ex:disc» «5-160 mg|Str>ex» «daily|Frq>ex» - hold tonight for SBP 94. Pt smokes 1 ppd; «Commit|Drug:nl» «2 mg|Str>nl» «lozenge|Frm>nl» «q2h prn|Frq>nl» «cravings|Rsn>nl».
ALLERGIES: «carbamazepine|Drug:cz» («SJS|ADE>cz»).
