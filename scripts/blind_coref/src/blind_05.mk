#role pt patient
#role mom mother
#role dad father
#role bro brother
#role maunt maternal aunt
#role wife spouse
#role dr -
#expect {"patient": ["type 2 diabetes mellitus", "hypertension", "hyperlipidemia", "obesity", "coronary artery disease"], "family": {"mother": ["type 2 diabetes mellitus", "hypertension", "stroke"], "father": ["coronary artery disease"], "brother": ["colon cancer"], "maternal aunt": ["breast cancer"], "spouse": []}}
---
GENERAL SURGERY ADMISSION H&P
CC: [[Right lower quadrant pain|C:-:pt:]]
HPI: [[Mr. Haddad|P:pt]] is a 58 yo M with [[T2DM|C:t2dm:pt:]], [[HTN|C:htn:pt:]], [[HLD|C:hld:pt:]] and [[obesity|C:obes:pt:]] who presents with 2 days of [[periumbilical pain|C:-:pt:]] migrating to the RLQ, [[anorexia|C:-:pt:]], [[nausea|C:-:pt:]] and [[fever|C:-:pt:]] to 38.4.
[[He|P:pt]] denies [[diarrhea|C:-:pt:N]], [[hematochezia|C:-:pt:N]] or [[dysuria|C:-:pt:N]]. Last colonoscopy in 2021 was normal.
PMH: As above. [[NSTEMI|C:cad:pt:H]] in 2019 treated with PCI to the LAD.
PSH: Laparoscopic cholecystectomy (2012).
MEDS: metformin, lisinopril, atorvastatin, aspirin, clopidogrel.
FAMILY HISTORY:
[[Mother|P:mom]] - [[DM2|C:t2dm:mom:]], [[HTN|C:htn:mom:]], [[CVA|C:stroke:mom:H]] at 72
[[Father|P:dad]] - deceased, [[MI|C:cad:dad:H]] at 61
[[Brother|P:bro]] - [[colon cancer|C:cc:bro:H]] dx at 50, s/p resection, doing well
[[Maternal aunt|P:maunt]] - [[breast cancer|C:bc:maunt:]]
No family history of [[IBD|C:-::N]] or [[celiac disease|C:-::N]].
SOCIAL: Married; [[his wife|P:wife]] is at the bedside. Former smoker, quit 2010. Occasional alcohol.
EXAM: T 38.2, HR 98, BP 142/86. [[Obese|C:obes:pt:]], uncomfortable lying still. Abdomen with [[RLQ tenderness|C:-:pt:]] and [[guarding|C:-:pt:]]; no [[rebound tenderness|C:-:pt:N]].
LABS: WBC 15.8 with left shift. CT A/P: findings concerning for [[appendicitis|C:-:pt:U]] without [[perforation|C:-:pt:N]].
ASSESSMENT: [[58 yo M|P:pt]] with probable acute [[appendicitis|C:-:pt:U]].
PLAN: NPO, IV fluids, ceftriaxone/metronidazole. OR today with [[Dr. Brennan|P:dr]]. Hold metformin and clopidogrel; continue [[his|P:pt]] aspirin. Sliding-scale insulin.
