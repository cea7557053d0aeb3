#role pt patient
#role hus spouse
#role son son
#role dr -
#expect {"patient": ["chronic kidney disease", "type 2 diabetes mellitus", "hypertension", "hypothyroidism", "depression"], "family": {"son": [], "spouse": ["atrial fibrillation", "coronary artery disease"]}}
---
NEPHROLOGY / DIALYSIS CLINIC NOTE
[[Mrs. Delgado|P:pt]] is a 64 yo woman with [[ESRD|C:ckd:pt:]] secondary to [[DM2|C:t2dm:pt:]] and [[HTN|C:htn:pt:]], on HD MWF via left arm AV fistula.
[[She|P:pt]] reports [[fatigue|C:-:pt:]] after treatments and occasional [[muscle cramps|C:-:pt:]]; no [[chest pain|C:-:pt:N]] or [[dyspnea|C:-:pt:N]].
Dry weight was lowered to 68 kg after an episode of [[pulmonary edema|C:-:pt:H]] last month.
Other history: [[hypothyroidism|C:hypot:pt:]], [[peripheral artery disease|C:-:pt:]], and a [[TIA|C:-:pt:H]] in 2020. MRI brain at that time showed no [[stroke|C:stroke:pt:N]].
[[She|P:pt]] now sees [[Dr. Okafor|P:dr]] in behavioral health for [[MDD|C:dep:pt:]] and feels better on sertraline.
[[Her husband|P:hus]] drives [[her|P:pt]] to dialysis; [[he|P:hus]] has [[A-fib|C:af:hus:]] and had a [[heart attack|C:cad:hus:H]] in 2017.
[[She|P:pt]] is active on the transplant list. [[Her son|P:son]] is being evaluated as a living donor; [[he|P:son]] does not have [[hypertension|C:htn:son:N]] or [[diabetes|C:t2dm:son:N]].
LABS: K 5.7, Hgb 9.6, phosphorus 6.8, PTH 610, albumin 3.6. Kt/V 1.4.
A/P:
1. [[ESRD|C:ckd:pt:]] on HD - adequate clearance; continue current prescription.
2. [[Hyperkalemia|C:-:pt:]] - low-potassium diet reviewed, binder started.
3. [[Anemia of CKD|C:-:pt:]] - increase ESA dose.
4. [[Secondary hyperparathyroidism|C:-:pt:]] - increase cinacalcet.
5. [[MDD|C:dep:pt:]] - stable, followed by behavioral health.
Follow up in 1 month; copy to [[Dr. Okafor|P:dr]].
