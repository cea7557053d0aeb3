NICU DISCHARGE SUMMARY
Infant: Baby Boy Ortega-Lind   DOB: ___   Discharge: DOL 56
GA at birth 29 2/7 wks, BW 1,210 g (AGA). Now CGA 37 2/7 wks, discharge weight 2,480 g.
Maternal: 31 y/o G2P1, GBS positive, PPROM at 28 wks. Received «ampicillin|Drug:ma» «2 g|Str>ma» «IV|Rte>ma» for «GBS prophylaxis|Rsn>ma», «betamethasone|Drug:bm» «12 mg|Str>bm» «IM|Rte>bm» «x 2 doses|Dur>bm» for «fetal lung maturity|Rsn>bm», and «MgSO4|Drug:mg» for «neuroprotection|Rsn>mg» prior to delivery.

Hospital course by system:
RESP: Intubated at birth for RDS; «Curosurf|Drug:cs» «2.5 mL/kg|Dos>cs» «intratracheally|Rte>cs» «x 2 doses|Dur>cs». Extubated to CPAP DOL 3, RA since DOL 38.
Apnea of prematurity: «caffeine citrate|Drug:cf» «20 mg/kg|Str>cf» «IV|Rte>cf» load then «5 mg/kg|Str>cf» «daily|Frq>cf» for «apnea of prematurity|Rsn>cf»; «caffeine|Drug:cf2:disc» discontinued at 34 wks CGA, event-free x 8 days off.
ID: Rule-out sepsis at birth with «amp|Drug:am2» and «gent|Drug:gn» «x 48 hours|Dur>am2,gn»; blood cx negative. Received «Ilotycin|Drug:il» «0.5%|Str>il» «ophthalmic ointment|Frm>il» «OU|Rte>il» «once|Frq>il» at birth.
FEN/GI: TPN with «Intralipid|Drug:ip» «20%|Str>ip» DOL 0-10. Now ad lib feeds of maternal EBM fortified to 24 kcal/oz with HMF, plus NeoSure. Mild reflux - positioning only; «Prevacid|Drug:pv:neg» not started.
HEME: Anemia of prematurity, transfused PRBC x 1 (DOL 21). Started «Epogen|Drug:ep:disc» «250 units/kg|Dos>ep» «SC|Rte>ep» «three times weekly|Frq>ep» DOL 14-42, stopped when retic rose.
Bili: peak 10.2 DOL 4, phototherapy x 3 days.
Neuro: HUS DOL 7 and 30 normal. Procedural pain managed with «sucrose|Drug:su» «24%|Str>su» «0.5 mL|Dos>su» «PO|Rte>su» «prn|Frq>su» for «procedural pain|Rsn>su».
Eyes: ROP stage 1 zone II, f/u 2 wks. Dilated with «Cyclomydril|Drug:cy» «1 drop|Dos>cy» «OU|Rte>cy» before exams; had «feeding intolerance|ADE>cy» and one «apnea|ADE>cy» event after the first «Cyclomydril|Drug» exam.
Immunizations: «Engerix-B|Drug:eb» «10 mcg|Str>eb» «IM|Rte>eb» given DOL 30. «Beyfortus|Drug:bf» («nirsevimab|Drug:ns») «50 mg|Str>bf,ns» «IM|Rte>bf,ns» given for «RSV prevention|Rsn>bf,ns» on day of discharge. 2-month «Pediarix|Drug:pd:neg» deferred to PCP.

DISCHARGE MEDICATIONS:
1. «Poly-Vi-Sol with Iron|Drug:pvs» «drops|Frm>pvs»: «1 mL|Dos>pvs» «PO|Rte>pvs» «once daily|Frq>pvs» for «vitamin supplementation|Rsn>pvs»
2. «Fer-In-Sol|Drug:fs» «15 mg/mL|Str>fs» «drops|Frm>fs»: «0.5 mL|Dos>fs» («7.5 mg|Str>fs», ~«3 mg/kg/day|Str>fs») «by mouth|Rte>fs» «daily|Frq>fs» for «anemia of prematurity|Rsn>fs»
3. «Mylicon|Drug:my» «20 mg/0.3 mL|Str>my» «drops|Frm>my»: «0.3 mL|Dos>my» «PO|Rte>my» «QID prn|Frq>my» «gas|Rsn>my»
4. «Aquaphor|Drug:aq» «ointment|Frm>aq» «topically|Rte>aq» to diaper area «with each diaper change|Frq>aq» for «diaper dermatitis|Rsn>aq»
5. «Pedia-Lax|Drug:pl» infant «suppository|Frm>pl»: «1/2|Dos>pl» «suppository|Frm>pl» «PR|Rte>pl» «daily prn|Frq>pl» for «no stool in 48 hours|Rsn>pl»
Not going home on: «caffeine|Drug:cf3:disc» (stopped), «Epogen|Drug:ep2:disc» (stopped DOL 42)
