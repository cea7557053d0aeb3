#role pt patient
#role dau daughter
#role hus spouse
#role dr -
#expect {"patient": ["type 2 diabetes mellitus", "hypertension", "hypothyroidism", "chronic kidney disease"], "family": {"daughter": [], "spouse": []}}
---
TELEPHONE ENCOUNTER 04/11 14:20
[[Pt's daughter|P:dau]] called; [[she|P:dau]] is listed on the HIPAA release.
[[She|P:dau]] reports that [[her mother|P:pt]] has had [[loose stools|C:-:pt:]] and [[nausea|C:-:pt:]] since the metformin dose was increased 10 days ago.
[[Mom|P:pt]] is eating less and gets [[lightheaded|C:-:pt:]] when [[she|P:pt]] stands up. No [[fever|C:-:pt:N]], [[vomiting|C:-:pt:N]] or [[blood in the stool|C:-:pt:N]].
[[Daughter|P:dau]] checks [[her|P:pt]] sugars at home: fasting 140-160.
[[Daughter|P:dau]] is also worried that [[her mother|P:pt]] may be [[depressed|C:dep:pt:U]]; [[her father|P:hus]] passed away in January and [[Mom|P:pt]] has been [[tearful|C:-:pt:]] most days.
Chart reviewed: [[patient|P:pt]] is an 81 yo with [[type 2 diabetes|C:t2dm:pt:]], [[hypertension|C:htn:pt:]], [[hypothyroidism|C:hypot:pt:]] and [[CKD stage 3a|C:ckd:pt:]] (eGFR 47 in March).
Of note, [[daughter|P:dau]] mentions [[she|P:dau]] was told [[she|P:dau]] has [[prediabetes|C:-:dau:]] and asks whether [[her mother|P:pt]]'s [[diabetes|C:t2dm:pt:]] is hereditary.
Per [[Dr. Nakamura|P:dr]]: reduce metformin to 500 mg BID, BMP and TSH this week, PHQ-9 at visit.
Appointment scheduled 04/14 with [[Dr. Nakamura|P:dr]]. [[Daughter|P:dau]] verbalized understanding and will call back with any new symptoms.
