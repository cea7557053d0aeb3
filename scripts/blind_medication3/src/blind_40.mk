SKILLED NURSING FACILITY - ADMISSION ORDERS (RECONCILED)
Resident: 84F admitted from hospital for short-term rehab after L hip ORIF (mechanical fall 10/2). Code status: DNR/DNI.
ALLERGIES: «TYLENOL #3|Drug:t3» («N/V|ADE>t3»), «SULFA DRUGS|Drug:sd» («RASH|ADE>sd»), latex.
Wt 52 kg. CrCl ~32 mL/min. Diet: mechanical soft, nectar-thick liquids (dysphagia). Fall precautions. WBAT LLE.

Medications on admission (from hospital discharge list, reviewed by NP and consultant pharmacist):
1. «APAP|Drug:ap» «325 mg|Str>ap» «Tablet|Frm>ap» Sig: «Two (2)|Dos>ap» «Tablet|Frm>ap» «PO|Rte>ap» «Q8H (every 8 hours)|Frq>ap» for «pain|Rsn>ap».
2. «Roxicodone|Drug:ro» «5 mg|Str>ro» «Tablet|Frm>ro» Sig: «0.5-1|Dos>ro» «Tablet|Frm>ro» «PO|Rte>ro» «Q6H (every 6 hours) as needed|Frq>ro» for «severe pain|Rsn>ro» «for 7 days|Dur>ro».
3. «Fondaparinox|Drug:fp» «2.5 mg/0.5 mL|Str>fp» «Syringe|Frm>fp» Sig: «One (1)|Dos>fp» «injection|Frm>fp» «Subcutaneous|Rte>fp» «DAILY (Daily)|Frq>fp» «for 4 weeks|Dur>fp» for «DVT prophylaxis|Rsn>fp».
4. «Calcium Citrate + D|Drug:cd» «315 mg-250 unit|Str>cd» «Tablet|Frm>cd» Sig: «Two (2)|Dos>cd» «Tablet|Frm>cd» «PO|Rte>cd» «BID (2 times a day)|Frq>cd».
5. «Irbesartan|Drug:ib» «150 mg|Str>ib» «Tablet|Frm>ib» Sig: «One (1)|Dos>ib» «Tablet|Frm>ib» «PO|Rte>ib» «DAILY (Daily)|Frq>ib». Hold for SBP < 100.
6. «Memantine|Drug:mm» «5 mg|Str>mm» «Tablet|Frm>mm» Sig: «One (1)|Dos>mm» «Tablet|Frm>mm» «PO|Rte>mm» «BID (2 times a day)|Frq>mm».
7. «Citalopram|Drug:ct» «10 mg|Str>ct» «Tablet|Frm>ct» Sig: «One (1)|Dos>ct» «Tablet|Frm>ct» «PO|Rte>ct» «DAILY (Daily)|Frq>ct» for «depression|Rsn>ct».
8. «Sennosides|Drug:sn» «8.6 mg|Str>sn» «Tablet|Frm>sn» Sig: «Two (2)|Dos>sn» «Tablet|Frm>sn» «PO|Rte>sn» «HS (at bedtime)|Frq>sn».
9. «Milk of Magnesia|Drug:mom» «400 mg/5 mL|Str>mom» «Suspension|Frm>mom» Sig: «Thirty (30) mL|Dos>mom» «PO|Rte>mom» «DAILY PRN (as needed)|Frq>mom» for «constipation|Rsn>mom».
10. «Lansoprazole|Drug:lz» «30 mg|Str>lz» «Capsule, Delayed Release(E.C.)|Frm>lz» Sig: «One (1)|Dos>lz» «Capsule, Delayed Release(E.C.)|Frm>lz» «PO|Rte>lz» «DAILY (Daily)|Frq>lz». May open capsule onto applesauce.
11. «Insulin Detemir|Drug:dt» «100 unit/mL|Str>dt» «Solution|Frm>dt» Sig: «Eight (8) units|Dos>dt» «Subcutaneous|Rte>dt» «at bedtime|Frq>dt».
12. «Ferrous Gluconate|Drug:fg» «324 mg|Str>fg» «Tablet|Frm>fg» Sig: «One (1)|Dos>fg» «Tablet|Frm>fg» «PO|Rte>fg» «every other day|Frq>fg» for «iron deficiency anemia|Rsn>fg».
13. «Lidocaine|Drug:ld» «4%|Str>ld» «Adhesive Patch, Medicated|Frm>ld» Sig: «One (1)|Dos>ld» «Adhesive Patch, Medicated|Frm>ld» «Topical|Rte>ld» «DAILY (Daily)|Frq>ld» to L lateral hip.

HOSPITAL MEDICATIONS NOT CONTINUED AT SNF:
- «QUETIAPINE|Drug:qt:disc» «25 MG|Str>qt» «QHS PRN|Frq>qt» FOR «DELIRIUM|Rsn>qt» - DISCONTINUED (delirium resolved; Beers).
- «TIZANIDINE|Drug:tz:disc» «2 MG|Str>tz» - DISCONTINUED (fall risk, «orthostatic hypotension|ADE>tz» on POD 2).
- Home «alprazolam|Drug:al:neg» «0.25 mg|Str>al» «prn|Frq>al» - NOT to be resumed (falls, cognition); family aware.
IMMUNIZATIONS: «Pneumovax 23|Drug:pv:neg» - resident declined. «Tdap|Drug:td» - given 2022. «Fluad|Drug:fl» «0.5 mL|Dos>fl» «IM|Rte>fl» - give on admission.
Bone health: «Reclast|Drug:rc» «5 mg|Str>rc» «IV|Rte>rc» «once|Frq>rc» for «osteoporosis|Rsn>rc» to be given at ortho f/u 6 wks if CrCl >= 35.
Labs: BMP, CBC Monday. Consults: PT/OT, SLP, dietitian. Notify MD for SBP < 100, BG < 70 or > 350, new confusion.
