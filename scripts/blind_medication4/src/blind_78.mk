Discharge Diagnosis: «C. diff colitis|ADE>of» following «ofloxacin|Drug:of» for «prostatitis|Rsn>of». Avoid «quinolones|Drug:q:neg» in future if possible.
DISCHARGE MEDICATIONS:
1. «Dificid|Drug:df» «200 mg|Str>df» «Tablet|Frm>df» Sig: «One (1)|Dos>df» «Tablet|Frm>df» «PO|Rte>df» «BID (2 times a day)|Frq>df» «for 10 days|Dur>df» for «C. difficile infection|Rsn>df».
2. «Saccharomyces boulardii|Drug:sb» «250 mg|Str>sb» «Capsule|Frm>sb» Sig: «One (1)|Dos>sb» «Capsule|Frm>sb» «PO|Rte>sb» «BID (2 times a day)|Frq>sb».
