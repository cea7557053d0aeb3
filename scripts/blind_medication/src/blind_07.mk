HOSPITAL MEDICINE PROGRESS NOTE - HD#3
62M with T2DM (A1c 8.9%), CKD3a (eGFR 41), admitted with LLE cellulitis.

S: Overnight BG 52 at 03:00 with diaphoresis and tremor; given «D50|Drug:d50» «25 mL|Dos>d50» «IV|Rte>d50» for «hypoglycemia|Rsn>d50», BG 148 on recheck. Eating ~50% of meals. Leg pain improving.
O: Afebrile. HR 84, BP 138/76. LLE erythema receding from marked borders.

A/P:
# LLE cellulitis: continue «cefazolin|Drug:cz» «2 g|Str>cz» «IV|Rte>cz» «q8h|Frq>cz» for «cellulitis|Rsn>cz», day 3 of «7|Dur>cz». Transition to «dicloxacillin|Drug:dc» «500 mg|Str>dc» «PO|Rte>dc» «QID|Frq>dc» when ready for discharge.
# «Hypoglycemia|ADE>gl1»: likely from home-dose «glargine|Drug:gl1» «30 units|Dos>gl1» «qhs|Frq>gl1» with reduced PO intake. Dose reduced as below.
# T2DM - orders:
1. «Insulin Glargine|Drug:gl2» «100 unit/mL|Str>gl2» «Solution|Frm>gl2» Sig: «Twenty Two (22) units|Dos>gl2» «Subcutaneous|Rte>gl2» «at bedtime|Frq>gl2».
2. «Insulin Lispro|Drug:ls» «100 unit/mL|Str>ls» «Solution|Frm>ls» Sig: «4 units|Dos>ls» «SC|Rte>ls» «TID with meals|Frq>ls»; hold if eating <50% of meal.
3. «Humalog|Drug:hm» correctional scale «SC|Rte>hm» «AC & HS|Frq>hm»:
   BG 151-200: «2 units|Dos>hm»
   BG 201-250: «4 units|Dos>hm»
   BG 251-300: «6 units|Dos>hm»
   BG 301-350: «8 units|Dos>hm»
   BG >350: «10 units|Dos>hm» and call HO
   At HS use half of the above scale.
4. Hold home «Janumet|Drug:jn:disc» while inpatient.
5. Hold «Trulicity|Drug:tru:disc» «1.5 mg|Str>tru» «SC|Rte>tru» «weekly|Frq>tru»; resume at discharge.
6. Hypoglycemia protocol: «glucagon|Drug:gg» «1 mg|Str>gg» «IM|Rte>gg» «prn|Frq>gg» «hypoglycemia|Rsn>gg» if no IV access and unable to take PO.
# «DVT ppx|Rsn>hp»: «heparin|Drug:hp» «5000 units|Dos>hp» «SC|Rte>hp» «q8h|Frq>hp».
# Dispo: likely home in 1-2 days once on PO antibiotics.
