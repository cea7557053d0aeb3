BARIATRIC SURGERY - DISCHARGE INSTRUCTIONS
Procedure: laparoscopic Roux-en-Y gastric bypass, 9/18. 39F, pre-op BMI 46 (wt 127 kg). Discharged POD 2 tolerating Stage 2 full liquids.
Comorbidities: T2DM, GERD, depression, OSA on CPAP.
IMPORTANT: for the next 4 weeks all pills must be chewable, liquid, crushed, or capsules opened - NO extended-release products. NEVER take «non-steroidal anti-inflammatory drugs|Drug:ns:neg» again (marginal ulcer risk) - this includes «BC Powder|Drug:bc:neg», «Bufferin|Drug:em:neg» and «Nuprin|Drug:nps:neg».

NEW MEDICATIONS
1. «Ursodial|Drug:ud» «300 mg|Str>ud» «capsule|Frm>ud»: «1|Dos>ud» «capsule|Frm>ud» «by mouth|Rte>ud» «twice daily|Frq>ud» «for 6 months|Dur>ud» for «gallstone prevention|Rsn>ud» (may open capsule)
2. «Prevacid SoluTab|Drug:pv» «30 mg|Str>pv» «ODT|Frm>pv»: «1|Dos>pv» «tablet|Frm>pv» dissolved on tongue «once daily|Frq>pv» «x 90 days|Dur>pv» for «marginal ulcer prophylaxis|Rsn>pv»
3. «dalteparin|Drug:dt» «5,000 units|Dos>dt» «SC|Rte>dt» «daily|Frq>dt» «x 14 days|Dur>dt» for «VTE prophylaxis|Rsn>dt» (prefilled syringes; you were taught in hospital)
4. «Roxicet|Drug:rx» «5-325 mg/5 mL|Str>rx» «oral solution|Frm>rx»: «5-10 mL|Dos>rx» «by mouth|Rte>rx» «every 4 hours as needed|Frq>rx» for «severe pain|Rsn>rx» «x 3 days|Dur>rx» (do not take «Mapap|Drug:mp0:neg» at the same time)
5. «Mapap|Drug:mp» «160 mg/5 mL|Str>mp» «elixir|Frm>mp»: «20 mL|Dos>mp» «by mouth|Rte>mp» «every 6 hours|Frq>mp» for «mild pain|Rsn>mp» when not taking «Roxicet|Drug»
6. «Zuplenz|Drug:zp» «8 mg|Str>zp» «oral film|Frm>zp»: «1|Dos>zp» «film|Frm>zp» on tongue «every 8 hours as needed|Frq>zp» for «nausea|Rsn>zp»
7. «Gas-X|Drug:gx» «125 mg|Str>gx» «chewable tablets|Frm>gx»: chew «1|Dos>gx» «four times a day as needed|Frq>gx» for «gas pain|Rsn>gx»

VITAMINS - FOR LIFE
- «bariatric multivitamin|Drug:bmv» - «2|Dos>bmv» «chewable tablets|Frm>bmv» «daily|Frq>bmv»
- «calcium citrate|Drug:cac» «500 mg|Str>cac» «soft chews|Frm>cac» - «1|Dos>cac» «chew|Frm>cac» «three times daily|Frq>cac», 2 hours apart from «ferrous fumarate|Drug:fe0»
- «vitamin B12|Drug:b12» «1,000 mcg|Str>b12» «sublingual|Rte>b12» «daily|Frq>b12»
- «D3|Drug:d3» «3,000 IU|Dos>d3» «daily|Frq>d3»
- Start at 4 weeks: «ferrous fumarate|Drug:ff» «324 mg|Str>ff» «1|Dos>ff» «tab|Frm>ff» (crushed) «daily|Frq>ff» for «iron deficiency prevention|Rsn>ff»

CHANGES TO HOME MEDICATIONS
- STOP «Glucophage XR|Drug:gxr:disc» «1000 mg|Str>gxr» (A1c 6.1%; check sugars twice daily, call if > 200).
- STOP «Wegovy|Drug:wg:disc» «2.4 mg|Str>wg» «weekly|Frq>wg» injections.
- CHANGE «Effexor XR|Drug:ex:disc» «150 mg|Str>ex» (extended-release, poor absorption) to «venlafaxine|Drug:vf» «37.5 mg|Str>vf» «IR tablets|Frm>vf»: «2|Dos>vf» «tablets|Frm>vf» «twice daily|Frq>vf» for «depression|Rsn>vf».
- Birth control pills are not reliable after bypass: STOP «Lo Loestrin Fe|Drug:ll:disc» once your GYN places «Kyleena|Drug:ky» (IUD) - use condoms until then. Avoid pregnancy for 12-18 months.
- Continue «Rhinocort Allergy|Drug:na» «2 sprays|Dos>na» «each nostril|Rte>na» «daily|Frq>na» - no change.
Call for fever > 101, HR > 110, chest pain, calf pain, vomiting unable to keep liquids down, or black stools.
