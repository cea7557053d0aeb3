#role pt patient
#role hus spouse
#role gs -
#role dau daughter
#role dr -
#expect {"patient": ["stroke", "atrial fibrillation", "hypertension", "hypothyroidism", "breast cancer"], "family": {"spouse": ["heart failure"], "daughter": ["breast cancer"]}}
---
SKILLED NURSING FACILITY ADMISSION NOTE
[[Mrs. Adebayo|P:pt]] is an 88-year-old woman admitted from St. Luke's Hospital following an [[ischemic stroke|C:stroke:pt:]] with [[right hemiparesis|C:-:pt:]] and [[expressive aphasia|C:-:pt:]].
[[She|P:pt]] was found to have new [[atrial fibrillation|C:af:pt:]] on telemetry and was started on apixaban.
PMH: [[HTN|C:htn:pt:]], [[hypothyroidism|C:hypot:pt:]], [[osteoporosis|C:-:pt:]], [[breast cancer|C:bc:pt:H]] in 2005 treated with lumpectomy and radiation.
[[She|P:pt]] does not have [[diabetes|C:t2dm:pt:N]]. No known [[CAD|C:cad:pt:N]].
SOCIAL: Widowed; [[her husband|P:hus]] died of [[CHF|C:hf:hus:H]] in 2016.
[[Her grandson|P:gs]] is the health care proxy and visits daily; [[he|P:gs]] reports [[she|P:pt]] was independent in ADLs before the [[stroke|C:stroke:pt:]].
[[Her daughter|P:dau]] lives in Ohio and is currently receiving chemotherapy for [[breast cancer|C:bc:dau:]].
EXAM: [[Right facial droop|C:-:pt:]], RUE strength 2/5, RLE 3/5. Follows 1-step commands. Lungs clear.
SLP: [[oropharyngeal dysphagia|C:-:pt:]]; pureed diet with nectar-thick liquids.
MOOD: [[Tearful|C:-:pt:]] at times; concern for [[post-stroke depression|C:dep:pt:U]]. PHQ-9 next week.
PLAN: PT/OT/SLP 5x/week, continue apixaban and atorvastatin, BP goal < 130/80, fall precautions.
Follow up with [[Dr. Varga|P:dr]] (neurology) in 4 weeks; [[he|P:dr]] will review the carotid duplex.
