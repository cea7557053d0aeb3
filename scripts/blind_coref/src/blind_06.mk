#role pt patient
#role dad father
#role bro brother
#role hus spouse
#role dr -
#expect {"patient": ["hypertension", "hyperlipidemia"], "family": {"father": ["coronary artery disease"], "brother": [], "spouse": []}}
---
ED PROVIDER NOTE
CHIEF COMPLAINT: [[Chest pain|C:-:pt:]]
HPI: [[49 yo F|P:pt]] presents with 3 hours of substernal [[chest pressure|C:-:pt:]] radiating to the left arm, with [[diaphoresis|C:-:pt:]] and [[nausea|C:-:pt:]]. Onset at rest while watching TV.
[[She|P:pt]] has [[HTN|C:htn:pt:]] and [[hyperlipidemia|C:hld:pt:]] but stopped taking [[her|P:pt]] statin. [[She|P:pt]] reports being told [[she|P:pt]] is borderline [[diabetic|C:t2dm:pt:U]].
Current smoker, 1 ppd x 25 years.
Significant family history of [[premature CAD|C:cad::]]: [[her father|P:dad]] had an [[MI|C:cad:dad:H]] at 46, and [[her brother|P:bro]] had two stents placed at 51.
[[She|P:pt]] denies [[shortness of breath|C:-:pt:N]], [[leg swelling|C:-:pt:N]], recent travel or [[hemoptysis|C:-:pt:N]].
EXAM: BP 172/96, HR 92, SpO2 98% RA. [[Diaphoretic|C:-:pt:]]. Lungs clear. No [[JVD|C:-:pt:N]], no [[murmur|C:-:pt:N]].
ECG: sinus rhythm, 1 mm [[ST depression|C:-:pt:]] in V4-V6. Initial troponin 0.09 ng/mL (ref < 0.04).
MDM: Presentation concerning for [[NSTEMI|C:cad:pt:U]]. Also on the differential: [[aortic dissection|C:-:pt:U]] (equal pulses, normal mediastinum) and [[PE|C:-:pt:U]].
Aspirin 324 mg, heparin drip and nitroglycerin given, with symptomatic improvement.
Cardiology consulted; [[Dr. Osei|P:dr]] will take [[her|P:pt]] to the cath lab in the morning.
DISPOSITION: Admit to CCU. [[Her husband|P:hus]] is at the bedside and was updated.
