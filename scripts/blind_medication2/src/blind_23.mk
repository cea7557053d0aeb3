UROLOGY CLINIC - FOLLOW UP
74M with BPH/LUTS s/p TURP 3/2025, OAB, recurrent calcium oxalate nephrolithiasis with hypercalciuria and hypocitraturia, and ED.
Allergies: «levofloxacin|Drug:lf» - «Achilles tendon rupture|ADE>lf» (2019)

Interval: 2-wk post-op visit - «belladonna and opium|Drug:bo1:disc» «16.2/30 mg|Str>bo1» «suppository|Frm>bo1» «1|Dos>bo1» «PR|Rte>bo1» «q8h prn|Frq>bo1» «bladder spasms|Rsn>bo1» was D/C'd; spasms resolved. Finished «Pyridium|Drug:pd» «200 mg|Str>pd» «TID|Frq>pd» «x 2 days|Dur>pd» for «dysuria|Rsn>pd». Seen in ED 6/30 for L «renal colic|Rsn>tr1» (4 mm UVJ stone, passed): discharged on «tramadol|Drug:tr1» «50 mg|Str>tr1» «1-2|Dos>tr1» «tabs|Frm>tr1» «q6h prn|Frq>tr1» «x 3 days|Dur>tr1» and «Flomax|Drug:fl0» for «stone passage|Rsn>fl0».

MEDICATIONS:
- «Flomax|Drug:fl1» «0.4 mg|Str>fl1» «1|Dos>fl1» «cap|Frm>fl1» «PO|Rte>fl1» «30 min after dinner|Frq>fl1»
- «Avodart|Drug:av» «0.5 mg|Str>av» «softgel|Frm>av» «daily|Frq>av» for «BPH|Rsn>av»
- «Myrbetriq|Drug:my» «25 mg|Str>my» «ER tab|Frm>my» «daily|Frq>my» for «OAB|Rsn>my» - replaced «Detrol LA|Drug:dt:disc» «4 mg|Str>dt» «daily|Frq>dt», stopped for «dry mouth|ADE>dt» and «constipation|ADE>dt»
- «Urocit-K|Drug:uk» «15 mEq|Str>uk» «2|Dos>uk» «tablets|Frm>uk» «PO|Rte>uk» «BID with meals|Frq>uk» for «hypocitraturia|Rsn>uk»
- «hydrochlorthiazide|Drug:hc» «25 mg|Str>hc» «daily|Frq>hc» for «hypercalciuria|Rsn>hc»
- «Cialis|Drug:cl1» «5 mg|Str>cl1» «daily|Frq>cl1» for «ED|Rsn>cl1»

24-h urine (on «hydrochlorthiazide|Drug» + «Urocit-K|Drug»): Ca 210 mg, citrate 480 mg, volume 2.6 L. UA today: 20-50 WBC, nitrite +. PVR 40 mL.

ASSESSMENT / PLAN:
1. Acute cystitis (culture sent): «nitrofurantoin|Drug:nf» «100 mg|Str>nf» «1|Dos>nf» «capsule|Frm>nf» «PO|Rte>nf» «BID|Frq>nf» «x 5 days|Dur>nf» for «cystitis|Rsn>nf». Alternative if resistant: «fosfomycin|Drug:fo» «3 g|Str>fo» «powder|Frm>fo» «PO|Rte>fo» «once|Frq>fo». No «fluoroquinolones|Drug:fq:neg» (tendon rupture history).
2. LUTS: flow improved post-TURP; stop «Flomax|Drug:fl2:disc». Continue «Avodart|Drug».
3. OAB: urgency improved on «Myrbetriq|Drug:my2»; increase to «50 mg|Str>my2» «daily|Frq>my2». BP 134/78.
4. Stones: continue «Urocit-K|Drug» and «hydrochlorthiazide|Drug»; fluids > 2.5 L/day.
5. ED: partial response to «Cialis|Drug:cl2»; may take «20 mg|Str>cl2» «prn 1 hour before activity|Frq>cl2» instead of daily dose. Never with «nitrates|Drug:nt:neg». Pt declined «Trimix|Drug:tm:neg» «injections|Frm>tm».
6. Hematuria workup complete (cysto 2024 neg).
RTC 3 months with KUB and renal US.
