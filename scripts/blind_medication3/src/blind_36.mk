ORAL ANTICANCER THERAPY CLINIC - ONCOLOGY PHARMACIST VISIT (Cycle 4 Day 1)
Pt: 58F, HR+/HER2- metastatic breast cancer (bone, liver). ECOG 1. Wt 64 kg, BSA 1.70 m2. CrCl 72 mL/min.
Oncologic history: adjuvant «AC-T|Drug:act» 2019, c/b grade 2 «peripheral neuropathy|ADE>act». First line «anastrozole|Drug:an» + «Kisqali|Drug:ks» 2021-2023; «Kisqali|Drug:ks2:disc» stopped for «QTc prolongation|ADE>ks2». Progression 11/2024 -> second line «Xeloda|Drug:x1».
Interval hx: C3 was dose-reduced from «1,250 mg/m2|Str>x1» to «1,000 mg/m2|Str>x1» for grade 2 «hand-foot syndrome|ADE>x1» and «diarrhea|ADE>x1» (5-6 stools/day). Today HFS grade 1, stools 2/day.

CURRENT ORAL ANTICANCER REGIMEN (verified with pill bottle and calendar):
«XELODA|Drug:x2» «500 mg|Str>x2» «TABLETS|Frm>x2»: take «3|Dos>x2» «tablets|Frm>x2» («1,500 mg|Str>x2») «by mouth|Rte>x2» «twice daily within 30 minutes after a meal|Frq>x2», «days 1-14 of each 21-day cycle|Frq>x2». Swallow whole; do not crush or cut.

Supportive / other medications:
- «Xgeva|Drug:xg» «120 mg|Str>xg» «SC|Rte>xg» «every 4 weeks|Frq>xg» for «bone metastases|Rsn>xg» (given in infusion center)
- «Caltrate 600+D|Drug:ca» - «1|Dos>ca» «tablet|Frm>ca» «BID|Frq>ca» while on «Xgeva|Drug»
- «urea|Drug:ur» «10%|Str>ur» «cream|Frm>ur» - «1 application|Dos>ur» «topically|Rte>ur» «twice daily|Frq>ur» to hands and feet for «HFS prevention|Rsn>ur»
- «Lomotil|Drug:lm» «2.5/0.025 mg|Str>lm» - «1-2|Dos>lm» «tabs|Frm>lm» «PO|Rte>lm» «QID prn|Frq>lm» for «diarrhea|Rsn>lm»
- «granisetron|Drug:gr» «1 mg|Str>gr» «tablet|Frm>gr» «PO|Rte>gr» «q12h prn|Frq>gr» «nausea|Rsn>gr» (rarely needed)
- «Biotene|Drug:bt» «oral rinse|Frm>bt» «15 mL|Dos>bt» «swish and spit|Rte>bt» «QID|Frq>bt» for «mouth soreness|Rsn>bt»
- «duloxetine DR|Drug:dl» «30 mg|Str>dl» «capsule|Frm>dl» «daily|Frq>dl» for «neuropathic pain|Rsn>dl»

Interactions / safety review:
- Pt was taking «St. John's wort|Drug:sj:disc» «capsules|Frm>sj» from a friend - advised to STOP. Also asked about «turmeric|Drug:tu:neg»; advised not to start during treatment.
- No «phenytoin|Drug:ph:neg» (advise oncology if ever started - level rises with «capecitabine|Drug:cp0»).
- DPD testing 2024: normal activity.
Patient education: if >= 4 extra stools/day, painful redness/blistering of hands/feet, mouth sores preventing eating, or fever >= 100.4 F -> HOLD «Xeloda|Drug:x3» and call 24-h oncology line. Do not make up missed doses.
Plan: continue «capecitabine|Drug:cp» «1,000 mg/m2|Str>cp» «BID|Frq>cp» «days 1-14 q21 days|Frq>cp». Restaging CT after C4. Next pharmacist call C5D8.
