RHEUMATOLOGY CLINIC - FOLLOW UP
72F with biopsy-proven giant cell arteritis (L temporal artery bx 5/6) and PMR symptoms.
Allergies/intolerances: «Levaquin|Drug:lq» - «Achilles tendinitis|ADE>lq»; shellfish - hives

HPI: Started on «prednisone|Drug:p1» «60 mg|Str>p1» «daily|Frq>p1» for «GCA|Rsn>p1» in the ED on 5/2 with rapid resolution of headache and jaw claudication. Since then notes «insomnia|ADE>p1» and «hyperglycemia|ADE>p1» (BG 200-260s); PCP started «linagliptin|Drug:lg» «5 mg|Str>lg» «daily|Frq>lg». Was also taking «Motrin|Drug:mt» «2|Dos>mt» «tabs|Frm>mt» «BID|Frq>mt» for «hip pain|Rsn>mt». No visual symptoms.

Current meds:
- «prednisone|Drug:p2» «60 mg|Str>p2» «PO|Rte>p2» «daily|Frq>p2» (week 4)
- «Actemra|Drug:ac1» «162 mg|Str>ac1» «SC|Rte>ac1» «weekly|Frq>ac1» - started 5/20
- «Bactrim SS|Drug:bc» «1|Dos>bc» «tab|Frm>bc» «PO|Rte>bc» «M/W/F|Frq>bc» for «PJP ppx|Rsn>bc»
- «Citracal + D|Drug:cc» «2|Dos>cc» «tabs|Frm>cc» «BID|Frq>cc»
- «risedronate|Drug:rs» «150 mg|Str>rs» «PO|Rte>rs» «monthly|Frq>rs» for «GIOP prevention|Rsn>rs»
- «omeprazol|Drug:om» «20 mg|Str>om» «daily|Frq>om»

Exam: No scalp tenderness. Shoulder ROM full. ESR 12, CRP <0.5.

A/P:
1. GCA - in remission on «prednisone|Drug:p3» + «tocilizumab|Drug:tz». Begin taper: «prednisone|Drug:p4» «40 mg|Str>p4» «daily|Frq>p4» starting today, taper by 10 mg every 3 days to «20 mg|Str>p4» «daily|Frq>p4», then stay at «20 mg|Str>p4»; reassess in 4 weeks. Continue «Actemra|Drug:ac2» «weekly|Frq>ac2»; CBC/LFTs every 4 weeks.
2. Hyperglycemia: continue «linagliptin|Drug»; A1c today.
3. Stop «Motrin|Drug:mt2:disc» - GI bleed risk with «prednisone|Drug»; use «Tylenol|Drug:ty» «650 mg|Str>ty» «q6h prn|Frq>ty» «hip pain|Rsn>ty» instead.
4. Bone health: continue «risedronate|Drug» and «Citracal + D|Drug». DEXA ordered.
5. Vaccines: avoid «live vaccines|Drug:lv:neg» while on «Actemra|Drug»; «Prevnar 20|Drug:pv» «0.5 mL|Dos>pv» «IM|Rte>pv» given today.
