#role pt patient
#role son son
#role hus spouse
#role dr -
#expect {"patient": ["heart failure", "atrial fibrillation", "chronic kidney disease", "stroke"], "family": {"son": ["hypertension"], "spouse": []}}
---
TELEPHONE ENCOUNTER - NURSE TRIAGE
Call from [[patient's son|P:son]] regarding increased [[leg swelling|C:-:pt:]].
[[He|P:son]] says [[his mother|P:pt]] has gained about 5 lb in 4 days and gets [[short of breath|C:-:pt:]] walking to the bathroom.
[[She|P:pt]] has been sleeping in [[her|P:pt]] recliner for the last 3 nights. [[He|P:son]] is not sure [[she|P:pt]] has been taking [[her|P:pt]] torsemide, as [[she|P:pt]] ran out on Saturday.
[[Son|P:son]] denies that [[she|P:pt]] has had [[chest pain|C:-:pt:N]], [[fever|C:-:pt:N]] or [[fainting|C:-:pt:N]].
Per chart, [[Mrs. Tran|P:pt]] is an 86 yo with [[HFpEF|C:hf:pt:]], [[afib|C:af:pt:]] on apixaban, [[CKD 4|C:ckd:pt:]] and h/o [[CVA|C:stroke:pt:H]] in 2019 with residual [[left-sided weakness|C:-:pt:]].
[[Son|P:son]] lives with [[her|P:pt]] and is the main caregiver, since [[his father|P:hus]] has [[Alzheimer's dementia|C:-:hus:]] and is in memory care.
[[He|P:son]] also mentions that [[he|P:son]] has [[high blood pressure|C:htn:son:]] and just started amlodipine.
Advised ED evaluation today for possible [[CHF exacerbation|C:hf:pt:U]]; discussed with [[Dr. Abara|P:dr]], who agrees.
[[Son|P:son]] will drive [[her|P:pt]] to the Mercy ED now and bring [[her|P:pt]] medication bottles.
