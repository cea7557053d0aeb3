#role pt patient
#role wife spouse
#role son son
#role dr -
#expect {"patient": ["atrial fibrillation", "chronic kidney disease", "coronary artery disease", "heart failure", "type 2 diabetes mellitus"], "family": {"spouse": ["COPD"], "son": []}}
---
DISCHARGE SUMMARY
Admission date: 03/02/2024    Discharge date: 03/06/2024
Attending: [[Dr. Bianchi|P:dr]]
HOSPITAL COURSE: [[Mr. Castellano|P:pt]] is a 79-year-old man with [[HFrEF|C:hf:pt:]] (EF 25%), [[paroxysmal AF|C:af:pt:]], [[CKD 3b|C:ckd:pt:]], [[DMII|C:t2dm:pt:]] and [[CAD|C:cad:pt:]] who presented with 2 weeks of worsening [[dyspnea|C:-:pt:]] and [[orthopnea|C:-:pt:]].
[[He|P:pt]] was diuresed with IV furosemide, net negative 6.5 L, and discharge weight is 81 kg.
[[His|P:pt]] creatinine peaked at 2.6 (baseline 1.9) and improved after lisinopril was held.
Troponin flat x2 with no evidence of [[ACS|C:-:pt:N]]. [[He|P:pt]] remained in sinus rhythm on metoprolol, and apixaban was continued.
PSH: CABG x3 (2009).
SOCIAL: Lives at home with [[his wife|P:wife]]. [[She|P:wife]] fills [[his|P:pt]] pillbox, although [[she|P:wife]] has [[COPD|C:copd:wife:]] and [[macular degeneration|C:-:wife:]]. [[Their son|P:son]] lives nearby and will check on [[him|P:pt]] daily.
DISCHARGE DIAGNOSES:
1. [[HFrEF exacerbation|C:hf:pt:]]
2. [[AKI|C:-:pt:H]] (resolved) on [[CKD 3b|C:ckd:pt:]]
3. [[Paroxysmal atrial fibrillation|C:af:pt:]]
4. [[DM2|C:t2dm:pt:]], A1c 7.4%
FOLLOW-UP: [[Dr. Bianchi|P:dr]] in 1 week; [[she|P:dr]] will recheck a BMP and restart lisinopril if creatinine is stable.
