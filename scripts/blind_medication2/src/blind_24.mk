GERIATRICS CLINIC - COMPREHENSIVE MEDICATION REVIEW ("BROWN BAG")
86F, lives alone with daytime aide. Mild NCD (MoCA 21), 2 falls in 3 months (no injury), CKD 3b (eGFR 34), HTN, T2DM (A1c 6.4), knee OA, insomnia, urge incontinence.
Daughter brought all bottles; 16 products reviewed against pharmacy fill history. Orthostatic: 138/72 supine -> 112/64 standing.

Med ;; Sig (as pt actually takes it) ;; Decision
«glyburide|Drug:gb:disc» «5 mg|Str>gb» ;; «1|Dos>gb» «tab|Frm>gb» «PO|Rte>gb» «BID|Frq>gb» ;; STOP - BG 48 with a fall last week (likely «hypoglycemia|ADE>gb»)
«Januvia|Drug:jv» «25 mg|Str>jv» ;; «1|Dos>jv» «tab|Frm>jv» «daily|Frq>jv» ;; continue (renally dosed)
«Ambien|Drug:am» «10 mg|Str>am» ;; «1|Dos>am» «tab|Frm>am» «qhs|Frq>am» for «insomnia|Rsn>am» ;; TAPER: «1/2|Dos>am» «tab|Frm>am» «qhs|Frq>am» «x 2 weeks|Dur>am», then stop
«meclizine|Drug:mc:disc» «25 mg|Str>mc» ;; «TID prn|Frq>mc» «dizziness|Rsn>mc» ;; STOP - anticholinergic, falls
«Tylenol PM|Drug:tp:disc» ;; «2|Dos>tp» «caplets|Frm>tp» «qhs|Frq>tp» ;; STOP - sedating; «confusion|ADE>tp» next mornings
«amitryptiline|Drug:at:disc» «25 mg|Str>at» ;; «qhs|Frq>at» for «neuropathic pain|Rsn>at» ;; STOP - switch to «duloxetine|Drug:dx» «30 mg|Str>dx» «daily|Frq>dx»
«Namenda|Drug:nm» «10 mg|Str>nm» ;; «BID|Frq>nm» ;; reduce to «5 mg|Str>nm» «BID|Frq>nm» (CrCl < 30 by weight)
«chlorthalidone|Drug:ct:disc» «25 mg|Str>ct» ;; «daily|Frq>ct» ;; HOLD - «hyponatremia|ADE>ct» (Na 129)
«Norvasc|Drug:nv» «10 mg|Str>nv» ;; «daily|Frq>nv» ;; decrease to «5 mg|Str>nv» - «ankle edema|ADE>nv»
«Fosamax|Drug:fm:disc» «70 mg|Str>fm» ;; «every Sunday|Frq>fm» «x 7 years|Dur>fm» ;; STOP - drug holiday
«Os-Cal + D|Drug:oc» «500 mg-200 units|Str>oc» ;; «1|Dos>oc» «tab|Frm>oc» «BID|Frq>oc» ;; continue
«Ditropan XL|Drug:dp:disc» «10 mg|Str>dp» ;; «daily|Frq>dp» for «urge incontinence|Rsn>dp» ;; STOP - anticholinergic burden; start «Gemtesa|Drug:gm» «75 mg|Str>gm» «daily|Frq>gm»
«Prilosec OTC|Drug:po» «20 mg|Str>po» ;; «daily|Frq>po» for years, no indication found ;; taper: «every other day|Frq>po» «x 2 weeks|Dur>po», then stop
«senna|Drug:sn» «8.6 mg|Str>sn» ;; «2|Dos>sn» «tabs|Frm>sn» «qhs|Frq>sn» ;; continue
«Miralax|Drug:ml» ;; «17 g|Str>ml» «powder|Frm>ml» in 8 oz water «daily prn|Frq>ml» «constipation|Rsn>ml» ;; continue
«Voltaren|Drug:vt» «1%|Str>vt» «gel|Frm>vt» ;; «4 g|Str>vt» to each knee «QID prn|Frq>vt» «knee OA|Rsn>vt» ;; continue (topical preferred in CKD)

Also taking (not on list): «B12|Drug:b12» «1000 mcg|Str>b12» «SL|Rte>b12» «daily|Frq>b12» - continue; «ginkgo|Drug:gk:disc» - STOP (bleeding risk, no benefit).

ASSESSMENT / PLAN:
1. Polypharmacy/falls: 8 changes above; staged over 4 weeks to avoid confusion. Pill organizer filled by daughter weekly.
2. Avoid «first-generation antihistamines|Drug:fga:neg» and «sedative-hypnotics|Drug:sh:neg» going forward; non-drug sleep hygiene plan given.
3. DM: A1c 6.4 on «glyburide|Drug» + «Januvia|Drug» = overtreated; «Januvia|Drug» alone, A1c goal < 8.
4. HTN: orthostatic. With «chlorthalidone|Drug» held and «Norvasc|Drug» reduced, recheck BP and BMP in 2 weeks.
5. Osteoporosis: DEXA stable after 7 yrs of «Fosamax|Drug»; reassess in 2 years. Continue «Os-Cal + D|Drug».
6. Pain: «Voltaren|Drug:vt2» «gel|Frm>vt2» and scheduled «Tylenol Arthritis|Drug:ta» «650 mg|Str>ta» «1|Dos>ta» «caplet|Frm>ta» «q8h|Frq>ta».
Pharmacy notified of all changes. RTC 4 weeks.
