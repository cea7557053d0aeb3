#role pt patient
#role dr -
#role mom mother
#role maunt maternal aunt
#role pgm paternal grandmother
#role dad father
#role sis sister
#expect {"patient": [], "family": {"mother": ["breast cancer"], "maternal aunt": ["breast cancer"], "paternal grandmother": [], "father": ["coronary artery disease"], "sister": []}}
---
HIGH-RISK BREAST CLINIC - NEW PATIENT H&P
[[Ms. Rahimi|P:pt]] is a 42 yo woman referred by [[Dr. Chen|P:dr]] for risk assessment given a strong family history of [[breast cancer|C:bc::]].
[[She|P:pt]] denies [[breast lumps|C:-:pt:N]], [[nipple discharge|C:-:pt:N]] or [[breast pain|C:-:pt:N]]. Screening mammogram in May was BI-RADS 2.
[[She|P:pt]] had a breast biopsy in 2018 showing [[atypical ductal hyperplasia|C:-:pt:H]].
PMH: [[Migraine without aura|C:-:pt:]]. Borderline for [[high cholesterol|C:hld:pt:U]] on last lipid panel, not on a statin.
GYN: Menarche at 12, G2P2, first live birth at 31. No HRT use.
FAMILY HISTORY:
[[Her mother|P:mom]] and [[maternal aunt|P:maunt]] both had [[breast cancer|C:bc:mom,maunt:H]], diagnosed at 48 and 55 respectively; [[her mother|P:mom]] is a survivor and [[her aunt|P:maunt]] died in 2015.
[[Paternal grandmother|P:pgm]] - [[ovarian cancer|C:-:pgm:H]] at 60.
[[Father|P:dad]] - [[prostate cancer|C:-:dad:]], [[CAD|C:cad:dad:]].
[[Sister|P:sis]] (39) - healthy, not tested.
No family history of [[colon cancer|C:cc::N]] or [[pancreatic cancer|C:-::N]].
ASSESSMENT: Tyrer-Cuzick lifetime risk 27%. Concern for [[hereditary breast and ovarian cancer syndrome|C:-:pt:U]]; multigene panel sent today.
PLAN: Annual breast MRI alternating with mammogram every 6 months.
Will call [[her|P:pt]] with genetic results and send a letter to [[Dr. Chen|P:dr]].
