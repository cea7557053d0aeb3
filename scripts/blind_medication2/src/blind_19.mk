NEPHROLOGY - IN-CENTER HEMODIALYSIS MONTHLY ROUNDS
66F ESRD 2/2 diabetic nephropathy, HD MWF via L brachiocephalic AVF, EDW 72.0 kg. Residual UOP ~200 mL/day.
Monthly labs: Hgb 9.4, TSAT 18%, ferritin 240, iPTH 612, Ca 8.6, Phos 6.8, K 5.9, albumin 3.6, spKt/V 1.38.
Intradialytic issues: 2 of last 12 treatments with SBP < 90 and cramping; UF goal met.

DIALYSIS UNIT ORDERS:
- «epoetin alfa|Drug:ep1» «6,000 units|Dos>ep1» «IV|Rte>ep1» «with each HD|Frq>ep1» for «anemia of CKD|Rsn>ep1»
- «calcitriol|Drug:ct1» «0.5 mcg|Str>ct1» «IV|Rte>ct1» «TIW with HD|Frq>ct1»
- «EMLA|Drug:em» «2.5%/2.5%|Str>em» «cream|Frm>em»: «1 application|Dos>em» to access site «1 hour before HD|Frq>em» for «cannulation pain|Rsn>em»

HOME MEDICATIONS:
- «sevelemer carbonate|Drug:sv1» «800 mg|Str>sv1» «3|Dos>sv1» «tabs|Frm>sv1» «PO|Rte>sv1» «TID with meals|Frq>sv1»
- «Sensipar|Drug:sp1» «30 mg|Str>sp1» «PO|Rte>sp1» «daily with dinner|Frq>sp1» for «secondary hyperparathyroidism|Rsn>sp1» (takes with dinner since «nausea|ADE>sp1» when taken fasting)
- «Lokelma|Drug:lk» «10 g|Str>lk» «powder|Frm>lk» «PO|Rte>lk» «on non-dialysis days|Frq>lk» for «hyperkalemia|Rsn>lk»
- «midodrine|Drug:md» «10 mg|Str>md» «PO|Rte>md» «30 min before HD|Frq>md» for «intradialytic hypotension|Rsn>md»
- «minoxidil|Drug:mx» «2.5 mg|Str>mx» «PO|Rte>mx» «BID|Frq>mx»; held on HD mornings
- «gabapentin|Drug:gb» «100 mg|Str>gb» «1|Dos>gb» «capsule|Frm>gb» «PO|Rte>gb» «after each HD session|Frq>gb» for «uremic pruritus|Rsn>gb»
- «Nephro-Vite|Drug:nv» «1|Dos>nv» «tab|Frm>nv» «daily|Frq>nv»
- «Humulin N|Drug:hn» «15 units|Dos>hn» «SQ|Rte>hn» «qAM|Frq>hn»
- «Tradjenta|Drug:tj» «5 mg|Str>tj» «daily|Frq>tj»
Stopped: «calcium acetate|Drug:ca:disc» «667 mg|Str>ca» «2|Dos>ca» «capsules|Frm>ca» «with meals|Frq>ca» - stopped 3/2025 for «hypercalcemia|ADE>ca» (Ca 10.9).

ASSESSMENT / PLAN:
1. Anemia of CKD: Hgb below goal, iron deficient. Increase «epoetin alfa|Drug:ep2» to «8,000 units|Dos>ep2» «with each HD|Frq>ep2». Start «Venofer|Drug:vf» «100 mg|Str>vf» «IV|Rte>vf» «with HD|Frq>vf» «x 10 doses|Dur>vf» for «iron deficiency|Rsn>vf».
2. CKD-MBD: Phos 6.8 with poor binder timing. Increase «sevelemer|Drug:sv2» to «4|Dos>sv2» «tabs|Frm>sv2» «with meals|Frq>sv2», «2|Dos>sv2» «with snacks|Frq>sv2». Increase «Sensipar|Drug:sp2» to «60 mg|Str>sp2» «daily|Frq>sp2». Hold «calcitriol|Drug:ct2:disc» until Phos < 5.5.
3. Hyperkalemia: K 5.9 - diet review with RD, 2K bath x 1 month, continue «Lokelma|Drug».
4. Intradialytic hypotension: continue «midodrine|Drug»; reassess EDW next week.
5. Constipation: may use «lactulose|Drug:lc» «10 g/15 mL|Str>lc» «solution|Frm>lc» «15 mL|Dos>lc» «daily prn|Frq>lc». No «Fleet|Drug:fl:neg» «enemas|Frm>fl» or «magnesium citrate|Drug:mc:neg» (phosphate/Mg load).
6. Vaccines: HBsAb 6 - «Heplisav-B|Drug:hb» «0.5 mL|Dos>hb» «IM|Rte>hb» given today (dose 1).
Next monthly labs 8/4. Discussed with pt and HD charge RN.
