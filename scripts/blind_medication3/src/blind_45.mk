MOVEMENT DISORDERS CLINIC - PARKINSON'S DISEASE FOLLOW-UP
68M, PD dx 2016 (H&Y 2.5). Issues: wearing-off ~45 min before next dose, mild peak-dose dyskinesia, constipation, REM sleep behavior disorder, orthostatic hypotension, new visual hallucinations (well-formed, insight retained).
Motor diary: ON 11 h, ON with non-troublesome dyskinesia 2 h, OFF 4 h/day.

CURRENT PD MEDICATIONS
Medication ;; Dose ;; Schedule ;; Comment
«carbidopa-levadopa|Drug:cl» «25/100 mg|Str>cl» «IR tab|Frm>cl» ;; «1.5|Dos>cl» «tablets|Frm>cl» «PO|Rte>cl» ;; «6a-9a-12p-3p-6p|Frq>cl» ;; take 30 min before meals (protein)
«entacapone|Drug:en» «200 mg|Str>en» ;; «1|Dos>en» «tab|Frm>en» ;; «5 times daily|Frq>en», with each dose above ;; «orange urine|ADE>en» - reassured
«Gocovri|Drug:gc» «137 mg|Str>gc» «ER capsule|Frm>gc» ;; «1|Dos>gc» «capsule|Frm>gc» ;; «at bedtime|Frq>gc» ;; for «dyskinesia|Rsn>gc»; mild «livedo reticularis|ADE>gc»
«Klonopin|Drug:kp» «0.5 mg|Str>kp» ;; «1|Dos>kp» «tab|Frm>kp» ;; «qhs|Frq>kp» ;; «RBD|Rsn>kp» - fewer dream enactments
«droxidopa|Drug:dx» «100 mg|Str>dx» «capsule|Frm>dx» ;; «1|Dos>dx» «capsule|Frm>dx» ;; «TID (8a-12p-4p)|Frq>dx» ;; «orthostatic hypotension|Rsn>dx»; last dose >= 3 h before bed
«Linzess|Drug:lz» «145 mcg|Str>lz» ;; «1|Dos>lz» «capsule|Frm>lz» ;; «daily 30 min before breakfast|Frq>lz» ;; «constipation|Rsn>lz»

PREVIOUSLY TRIED
- «Mirapex|Drug:mx:disc» - stopped 2019 for «compulsive gambling|ADE>mx» and «leg edema|ADE>mx».
- «Azilect|Drug:az:disc» «1 mg|Str>az» - stopped 3/2024, «insomnia|ADE>az».
- «fludrocortisone|Drug:fc:disc» «0.1 mg|Str>fc» - stopped for «hypokalemia|ADE>fc» and «ankle swelling|ADE>fc».

PLAN
1. Wearing off: add «Nourianz|Drug:no» «20 mg|Str>no» «PO|Rte>no» «once daily|Frq>no» for «OFF episodes|Rsn>no». Rescue: «Kynmobi|Drug:ky» «10 mg|Str>ky» «sublingual film|Frm>ky» «SL|Rte>ky» «prn|Frq>ky» for «sudden OFF|Rsn>ky» (first dose in clinic, with «trimethobenzamide|Drug:tb» «300 mg|Str>tb» «PO|Rte>tb» «TID|Frq>tb» «x 3 days|Dur>tb» for «nausea prevention|Rsn>tb»). Alternative if not tolerated: «Inbrija|Drug:ib» «42 mg|Str>ib» - «2|Dos>ib» «capsules|Frm>ib» «inhaled|Rte>ib» «as needed|Frq>ib» for «OFF periods|Rsn>ib».
2. Hallucinations: start «Nuplazid|Drug:nu» «34 mg|Str>nu» «capsule|Frm>nu» «once daily|Frq>nu» for «PD psychosis|Rsn>nu». Reduce «Gocovri|Drug:gc2» if hallucinations persist. Avoid «typical antipsychotics|Drug:ta:neg» and «Compro|Drug:cp:neg»; avoid «metoclopramide|Drug:mc:neg» for nausea.
3. Skin: «Extina|Drug:et» «2%|Str>et» «foam|Frm>et» - «1 application|Dos>et» to scalp and eyebrows «twice daily|Frq>et» «x 4 weeks|Dur>et» for «seborrheic dermatitis|Rsn>et».
4. Mood: continue «Lexapro|Drug:lx» «10 mg|Str>lx» «daily|Frq>lx» for «depression|Rsn>lx».
5. Memory: MoCA 24/30. Defer «rivastigmine|Drug:rv:neg» for now.
RTC 3 months; PT/OT, LSVT BIG referral. Fall precautions discussed with wife.
