ADMISSION H&P - GENERAL MEDICINE
CC: fever, dysuria, new confusion
HPI: 84F with Alzheimer dementia, osteoporosis, «paroxysmal AF|Rsn>w0» on «warfarin|Drug:w0», brought in by daughter for 2 days of increasing confusion. Seen at urgent care 4 days ago and prescribed «ciprofloxacin|Drug:c1» «500 mg|Str>c1» «BID|Frq>c1» «x 7 days|Dur>c1» for «cystitis|Rsn>c1»; has taken 7 doses. Daughter fills a weekly pill box. INR today 4.6, no bleeding.

HOME MEDICATIONS (pharmacy fill history, reviewed with daughter):
Medication ;; Dose ;; Route ;; Frequency
«levothyroxine|Drug:lt» ;; «88 mcg|Str>lt» ;; «PO|Rte>lt» ;; «daily before breakfast|Frq>lt»
«donepezil|Drug:dn» ;; «10 mg|Str>dn» ;; «PO|Rte>dn» ;; «qhs|Frq>dn»
«sertraline|Drug:sr» ;; «50 mg|Str>sr» ;; «PO|Rte>sr» ;; «daily|Frq>sr»
«oxybutynin ER|Drug:ox» ;; «5 mg|Str>ox» ;; «PO|Rte>ox» ;; «daily|Frq>ox»
«alendronate|Drug:al» ;; «70 mg|Str>al» ;; «PO|Rte>al» ;; «q Sunday|Frq>al»
«calcium carbonate|Drug:ca»-«vit D|Drug:vd» ;; «600 mg-400 unit|Str>ca,vd» ;; «PO|Rte>ca,vd» ;; «BID|Frq>ca,vd»
«docusate|Drug:dc» ;; «100 mg|Str>dc» ;; «PO|Rte>dc» ;; «BID prn|Frq>dc» «constipation|Rsn>dc»
«warfarin|Drug:w1» ;; «5 mg|Str>w1» «M/W/F|Frq>w1», «2.5 mg|Str>w1» «Tu/Th/Sa/Su|Frq>w1» ;; «PO|Rte>w1» ;; per anticoag clinic
«MVI|Drug:mv» ;; «1|Dos>mv» «tab|Frm>mv» ;; «PO|Rte>mv» ;; «daily|Frq>mv»
«cyanocobalamin|Drug:b12» ;; «1000 mcg|Str>b12» ;; «IM|Rte>b12» ;; «monthly|Frq>b12» (at PCP office)

ALLERGIES: «Sulfa|Drug:su» («hives|ADE>su»); «Percocet|Drug:pc» («nausea/vomiting|ADE>pc»); latex

ASSESSMENT/PLAN:
1. Complicated UTI with acute metabolic encephalopathy: UA with pyuria, culture pending. Start «ceftriaxone|Drug:ctx» «1 g|Str>ctx» «IV|Rte>ctx» «q24h|Frq>ctx» for «UTI|Rsn>ctx». D/C «ciprofloxacin|Drug:c2:disc» - likely contributing to «delirium|ADE>c2».
2. «Supratherapeutic INR|ADE>w2,c3»: «warfarin|Drug:w2» effect potentiated by «cipro|Drug:c3». Hold «warfarin|Drug:w3:disc» tonight; no «vitamin K|Drug:vk:neg» as not bleeding. Daily INR.
3. Delirium: avoid «anticholinergics|Drug:ac:neg» - hold «oxybutynin|Drug:ox2:disc». Continue «donepezil|Drug». No «benzodiazepines|Drug:bz:neg». «Haloperidol|Drug:hal» «0.5 mg|Str>hal» «PO|Rte>hal» «q8h prn|Frq>hal» for «severe agitation|Rsn>hal» only.
4. Osteoporosis: hold «alendronate|Drug:al2:disc» while inpatient.
5. VTE ppx: INR supratherapeutic, no pharmacologic prophylaxis needed. SCDs.
6. Code status: DNR/DNI, confirmed with daughter (HCP).
