OPHTHALMOLOGY - POST-OP DAY 1
71M s/p uncomplicated phacoemulsification with PCIOL, right eye, yesterday. POAG both eyes.
VA OD 20/40 uncorrected. IOP OD 31, OS 17. Mild corneal edema OD, AC 1+ cell, wound Seidel negative.

«Elevated IOP|Rsn>az» OD, likely retained viscoelastic: given «acetazolamide|Drug:az» «500 mg|Str>az» «PO|Rte>az» «once|Frq>az» in clinic; IOP 22 at 1 hour.

Post-op drops - RIGHT EYE ONLY:
1. «prednisolone acetate|Drug:pa» «1%|Str>pa» «1 drop|Dos>pa» «OD|Rte>pa» «QID|Frq>pa» «x 1 week|Dur>pa», then «BID|Frq>pa» «x 1 week|Dur>pa», then «daily|Frq>pa» «x 1 week|Dur>pa», then stop. Shake well.
2. «moxifloxacin|Drug:mx» «0.5%|Str>mx» «1 drop|Dos>mx» «OD|Rte>mx» «TID|Frq>mx» «x 1 week|Dur>mx»
3. «Ketorolac|Drug:kt» «0.5%|Str>kt» «1 gtt|Dos>kt» «OD|Rte>kt» «QID|Frq>kt» «for 4 weeks|Dur>kt» for «CME prophylaxis|Rsn>kt»

Glaucoma drops (both eyes) - CONTINUE:
4. «latanoprost|Drug:lt» «0.005%|Str>lt» «1 gtt|Dos>lt» «OU|Rte>lt» «qhs|Frq>lt»
5. «Cosopt|Drug:cs» «1 gtt|Dos>cs» «OU|Rte>cs» «BID|Frq>cs»
«brimonidine|Drug:br:disc» was stopped in 2022 due to «follicular conjunctivitis|ADE>br»; do not restart.

Wait 5 minutes between drops. Wear shield at night x 1 week.
Systemic: «Eliquis|Drug:el1:disc» held 2 days pre-op; resume «Eliquis|Drug:el2» «5 mg|Str>el2» «PO|Rte>el2» «BID|Frq>el2» tonight. OK to use «artificial tears|Drug:at» «OS|Rte>at» «prn|Frq>at» for «dryness|Rsn>at».
RTC 1 week, sooner for pain or decreased vision.
