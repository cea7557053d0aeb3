ORTHOPAEDIC SURGERY - DISCHARGE INSTRUCTIONS AND MEDICATION LIST
Procedure: R total knee arthroplasty 6/10 (spinal + adductor canal block). 63F, 78 kg. Discharged POD#2 to home with home PT.
Allergies: «enoxaparin|Drug:en» - «HIT|ADE>en» (2022); «sulfonamide antibiotics|Drug:sa» - «rash|ADE>sa»
Hospital course: «Dilaudid|Drug:dl:disc» PCA stopped POD#1 for «pruritus|ADE>dl» and «nausea|ADE>dl»; transitioned to oral regimen below. Pain 4/10 with PT.

NEW MEDICATIONS:
1. «Norco|Drug:nc1» «5/325 mg|Str>nc1» «tablet|Frm>nc1»: take «1-2|Dos>nc1» «tablets|Frm>nc1» «by mouth|Rte>nc1» «every 4 hours as needed|Frq>nc1» for «severe pain|Rsn>nc1» «for 3 days|Dur>nc1», then «1|Dos>nc1» «tablet|Frm>nc1» «every 6 hours as needed|Frq>nc1» «for 4 days|Dur>nc1», then STOP. (#30, no refills)
2. «meloxicam|Drug:mx» «15 mg|Str>mx» «1|Dos>mx» «tablet|Frm>mx» «by mouth|Rte>mx» «once daily with food|Frq>mx» «x 14 days|Dur>mx» for «pain and swelling|Rsn>mx»
3. «Arixtra|Drug:ax» «2.5 mg|Str>ax» «injection|Frm>ax» «SC|Rte>ax» «once daily|Frq>ax» «x 14 days|Dur>ax» for «DVT prophylaxis|Rsn>ax» (chosen because of HIT history)
4. «methocarbamol|Drug:mc» «500 mg|Str>mc» «1|Dos>mc» «tablet|Frm>mc» «PO|Rte>mc» «three times a day as needed|Frq>mc» «muscle spasm|Rsn>mc» «x 7 days|Dur>mc»
5. «Colace|Drug:cl» «100 mg|Str>cl» «one|Dos>cl» «capsule|Frm>cl» «twice a day|Frq>cl» while taking «Norco|Drug»
6. «polyethylene glycol 3350|Drug:pg» «17 g|Str>pg» «powder|Frm>pg» in 8 oz water «daily as needed|Frq>pg» «constipation|Rsn>pg»
7. «Phenergan|Drug:ph» «12.5 mg|Str>ph» «tablet|Frm>ph» «PO|Rte>ph» «q6h prn|Frq>ph» «nausea|Rsn>ph»
8. «Kloxxado|Drug:kx» «8 mg|Str>kx» «nasal|Rte>kx» «spray|Frm>kx»: «1|Dos>kx» «spray|Frm>kx» «in one nostril|Rte>kx» «prn|Frq>kx» for «opioid overdose|Rsn>kx»; may repeat in 2-3 min

HOME MEDICATIONS:
- CONTINUE «Zestoretic|Drug:zs» «20/12.5 mg|Str>zs» «daily|Frq>zs»
- CONTINUE «Plaquenil|Drug:pq» «200 mg|Str>pq» «BID|Frq>pq» for «RA|Rsn>pq»
- STOP «diclofenac|Drug:df:disc» «75 mg|Str>df» «BID|Frq>df» while taking «meloxicam|Drug» (do not take two anti-inflammatories together)
- HOLD «Evista|Drug:ev:disc» «60 mg|Str>ev» «daily|Frq>ev» until walking normally (clot risk); resume in 2 weeks

IMPORTANT SAFETY INFORMATION:
- «Norco|Drug» is a combination product: do NOT take extra «Tylenol Extra Strength|Drug:te:neg» while using it.
- Do not combine «Norco|Drug» with «Xanax|Drug:xx:neg», sleeping pills or alcohol. Do not drive while taking it.
- If pain is controlled, you may skip doses and stop sooner. Return unused tablets to pharmacy drop box.
- Call for calf pain/swelling, chest pain, SOB, fever > 101.5, or wound drainage.
Follow-up: Ortho clinic 2 weeks (staple removal). PCP 1 week for BP check.
