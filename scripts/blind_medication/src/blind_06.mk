HEMATOLOGY/ONCOLOGY INFUSION VISIT - C5D1
Dx: Stage IV adenocarcinoma of sigmoid colon with liver mets, RAS/BRAF wild type, MSS.
Regimen: «mFOLFOX6|Drug:fol» + «bevacizumab|Drug:bv1» «q14 days|Frq>fol,bv1», planned «x 12 cycles|Dur>fol,bv1».

Interval: Grade 1 cold-induced «paresthesias|ADE>ox0» in fingertips since C3, attributed to «oxaliplatin|Drug:ox0»; no functional impairment. «Hypertension|ADE>bv2» on «bevacizumab|Drug:bv2» - started «nifedipine XL|Drug:nf» «30 mg|Str>nf» «daily|Frq>nf» after C4, BP today 128/78. UPCR 2.3 (0.4 at baseline), c/w «proteinuria|ADE>bv3» from «Avastin|Drug:bv3».
Labs: ANC 2.8, plt 142, Cr 0.9, T bili 0.6. ECOG 1.

Orders today:
- Premeds: «ondansetron|Drug:on» «16 mg|Str>on» «IV|Rte>on» and «dexamethasone|Drug:dx1» «12 mg|Str>dx1» «IV|Rte>dx1»
- «oxaliplatin|Drug:ox1» «85 mg/m2|Str>ox1» «IV|Rte>ox1» «over 2 hours|Dur>ox1»
- «leucovorin|Drug:lv» «400 mg/m2|Str>lv» «IV|Rte>lv» «over 2 hours|Dur>lv»
- «5-FU|Drug:fu1» «400 mg/m2|Str>fu1» «IV|Rte>fu1» bolus, then «fluorouracil|Drug:fu2» «2400 mg/m2|Str>fu2» «IV|Rte>fu2» continuous infusion «over 46 hours|Dur>fu2» via home pump
- «bevacizumab|Drug:bv4:disc» «5 mg/kg|Str>bv4» «IV|Rte>bv4» - HELD this cycle for «proteinuria|ADE>bv4»

Home supportive meds:
- «prochlorperazine|Drug:pcz» «10 mg|Str>pcz» «PO|Rte>pcz» «q6h prn|Frq>pcz» «nausea|Rsn>pcz»
- «olanzapine|Drug:olz» «5 mg|Str>olz» «PO|Rte>olz» «qhs|Frq>olz» «x 4 days|Dur>olz» after each cycle for «delayed nausea|Rsn>olz»
- «Imodium|Drug:im» «2 mg|Str>im» «PO|Rte>im» «prn|Frq>im» «diarrhea|Rsn>im» (max 16 mg/day)
- «Lovenox|Drug:lx» «1 mg/kg|Str>lx» «SC|Rte>lx» «q12h|Frq>lx» for «portal vein thrombosis|Rsn>lx»

Plan: Proceed with C5 «oxaliplatin|Drug»/«5-FU|Drug»/«leucovorin|Drug» today without «bevacizumab|Drug:bv5:neg». Repeat UPCR before C6. No «Neulasta|Drug:neu:neg» - counts adequate. Continue «nifedipine|Drug»; keep home BP log. Pump disconnect Friday.
