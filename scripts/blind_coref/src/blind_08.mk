#role pt patient
#role wife spouse
#role mom mother
#role sis sister
#role dau daughter
#role dr -
#expect {"patient": ["type 2 diabetes mellitus", "hypertension", "hyperlipidemia", "colon cancer"], "family": {"mother": ["type 2 diabetes mellitus"], "sister": ["type 2 diabetes mellitus"], "daughter": [], "spouse": ["atrial fibrillation", "stroke", "type 2 diabetes mellitus"]}}
---
ENDOCRINOLOGY FOLLOW-UP
[[Mr. Petrov|P:pt]] is a 66 yo man seen for poorly controlled [[type 2 DM|C:t2dm:pt:]] on basal insulin and metformin. A1c today 9.4%, up from 8.1% in June.
[[He|P:pt]] admits to skipping [[his|P:pt]] evening glargine since [[his wife|P:wife]] was hospitalized.
[[She|P:wife]] had a [[stroke|C:stroke:wife:H]] in August and is now at an inpatient rehab facility; [[she|P:wife]] also has [[diabetes|C:t2dm:wife:]] and [[atrial fibrillation|C:af:wife:]].
[[He|P:pt]] has been eating more take-out and reports [[polyuria|C:-:pt:]], [[nocturia|C:-:pt:]] and [[blurred vision|C:-:pt:]]. [[He|P:pt]] denies [[hypoglycemia|C:-:pt:N]].
Other problems: [[HTN|C:htn:pt:]], [[hypercholesterolemia|C:hld:pt:]], [[diabetic retinopathy|C:-:pt:]] followed by ophthalmology, and h/o [[colon ca|C:cc:pt:H]] (right hemicolectomy 2016, no recurrence).
Kidney function normal (eGFR 82); no [[CKD|C:ckd:pt:N]]. Urine albumin/creatinine ratio 45 mg/g.
[[He|P:pt]] does not feel [[depressed|C:dep:pt:N]] but worries about [[his wife|P:wife]]'s recovery.
FAMILY HISTORY: [[His mother|P:mom]] and [[his sister|P:sis]] both have [[type 2 diabetes|C:t2dm:mom,sis:]].
PLAN: Increase glargine to 30 units nightly. [[His daughter|P:dau]] will help with insulin doses while [[his wife|P:wife]] is in rehab.
Referral to diabetes education. Dilated eye exam due. RTC 3 months with [[Dr. Haas|P:dr]].
