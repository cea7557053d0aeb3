DISCHARGE MEDICATIONS:
1. «Cefpodoxime|Drug:cp» «200 mg|Str>cp» «Tablet|Frm>cp» Sig: «One (1)|Dos>cp» «Tablet|Frm>cp» «PO|Rte>cp» «Q12H (every 12 hours)|Frq>cp» «for 4 days|Dur>cp».
2. «Benzonatate|Drug:bz» «100 mg|Str>bz» «Capsule|Frm>bz» Sig: «One (1)|Dos>bz» «Capsule|Frm>bz» «PO|Rte>bz» «TID (3 times a day) as needed|Frq>bz» for «cough|Rsn>bz».
Hospital course: «pyelonephritis|Rsn>er,cp2» treated with «IV|Rte>er» «ertapenem|Drug:er:disc», switched to oral «cefpodoxime|Drug:cp2» on day of discharge.
