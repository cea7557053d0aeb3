NEUROLOGY - HEADACHE & EPILEPSY CLINIC, RETURN VISIT
27F with focal epilepsy (L mesial temporal sclerosis) and chronic migraine without aura. Works as a pharmacy tech; planning pregnancy in ~1 year.
Seizures: last focal impaired-awareness seizure 7 weeks ago (missed doses while traveling). No GTCs in 2 yrs. Headache days: 11/month (was 18 before preventive).

SEIZURE MEDICATIONS
- «Vimpat|Drug:vp» «200 mg|Str>vp» «tab|Frm>vp» - «1|Dos>vp» «tab|Frm>vp» «PO|Rte>vp» «BID|Frq>vp». Tolerating; mild «dizziness|ADE>vp» at peak only.
- «Trileptol|Drug:tr:disc» - cross-tapered off in June because of «hyponatremia|ADE>tr» (Na 126) and «double vision|ADE>tr».
- «Briviact|Drug:bv» «50 mg|Str>bv» «BID|Frq>bv» since June -> INCREASE to «75 mg|Str>bv» «BID|Frq>bv» for «breakthrough seizures|Rsn>bv».
- Rescue: «Nayzilam|Drug:nz» «5 mg|Str>nz» «nasal spray|Frm>nz» - «1 spray|Dos>nz» «in one nostril|Rte>nz» «prn|Frq>nz» for «seizure lasting > 5 minutes or cluster|Rsn>nz»; may repeat once after 10 min. Replaces «Diastat AcuDial|Drug:ds:disc» «10 mg|Str>ds» «rectal gel|Frm>ds» (patient preference).

MIGRAINE PREVENTION
- «Aimovig|Drug:am» «140 mg|Str>am» «autoinjector|Frm>am» «SC|Rte>am» «once monthly|Frq>am» - 4 months, ~40% fewer headache days. Mild «constipation|ADE>am».
- «Topamax|Drug:tp:disc» stopped 2023 for «word-finding difficulty|ADE>tp» and «paresthesias|ADE>tp».
- «riboflavin|Drug:rb» «400 mg|Str>rb» «PO|Rte>rb» «daily|Frq>rb» - continue.
- «Botox|Drug:bx:neg» «155 units|Dos>bx» «IM|Rte>bx» «every 12 weeks|Frq>bx» - deferred; insurance requires failure of 2 oral preventives first.

ACUTE MIGRAINE TREATMENT
- «Nurtec ODT|Drug:nt» «75 mg|Str>nt» - «1|Dos>nt» «tablet|Frm>nt» «by mouth|Rte>nt» «PRN|Frq>nt» «migraine|Rsn>nt», max 1/24 h
- «Zomig|Drug:zm» «5 mg|Str>zm» «nasal spray|Frm>zm» - «1 spray|Dos>zm» «intranasal|Rte>zm» «prn|Frq>zm» for «severe migraine with nausea|Rsn>zm»
- «Cambia|Drug:cb» «50 mg|Str>cb» «powder|Frm>cb» for oral solution - «1|Dos>cb» «packet|Frm>cb» in 1-2 oz water «prn|Frq>cb» «migraine|Rsn>cb»
- Avoid «Fioricet|Drug:fc:neg» and «butalbital|Drug:bb:neg» products (medication-overuse headache, seizure threshold). Limit acute meds to < 10 days/month.

OTHER
- «Slynd|Drug:sl» «4 mg|Str>sl» «daily|Frq>sl» for «contraception|Rsn>sl» (no interaction with «Vimpat|Drug» or «Briviact|Drug»).
- «FA|Drug:fa» «1 mg|Str>fa» «daily|Frq>fa» for «pregnancy planning|Rsn>fa».
Plan: recheck in 3 months, EEG if further seizures. Seizure precautions and driving law (seizure-free 6 months) reviewed.
