Name: ___                 Unit No: ___
Admission Date: ___       Discharge Date: ___
Service: MEDICINE (Hepatology)
Allergies: «Compazine|Drug:cz» («dystonia|ADE>cz») / «trimethoprim|Drug:tm» («hyperkalemia|ADE>tm»)
Chief Complaint: hematemesis
History of Present Illness: 58M with EtOH cirrhosis (MELD-Na 21) c/b ascites and prior HE, p/w 2 episodes of coffee-ground emesis and melena. Hgb 6.9 on arrival.
Brief Hospital Course:
# Acute variceal hemorrhage: started on «octreotide|Drug:oc» gtt «50 mcg/hr|Dos>oc» «x 72 hours|Dur>oc» and «cefotaxime|Drug:ctx» «2 g|Str>ctx» «IV|Rte>ctx» «q8h|Frq>ctx» for «SBP prophylaxis|Rsn>ctx», transitioned to «norfloxacin|Drug:nf1» on HD4. EGD: 4 large esophageal varices, banded x 4. IV «PPI|Drug:pp:disc» gtt stopped after EGD; changed to «esomeprazole|Drug:es1» for «post-banding ulcers|Rsn>es1». Started «nadolol|Drug:nd1» for «secondary prophylaxis of variceal bleeding|Rsn>nd1».
# Hepatic encephalopathy: grade 2 on HD3 (asterixis, confusion) - resolved with «Kristalose|Drug:kr1» titrated to 3-4 BMs/day and «rifaximan|Drug:rx1» «550 mg|Str>rx1» «BID|Frq>rx1».
# Ascites/hyponatremia: Na nadir 124. Home «Carospir|Drug:csp:disc» HELD for «hyponatremia|ADE>csp» and home «Bumex|Drug:bx:disc» HELD for «AKI|ADE>bx» (Cr 1.0 -> 1.9, now 1.2). Received «Albutein|Drug:alb» «25%|Str>alb» «25 g|Str>alb» «IV|Rte>alb» «x 2 days|Dur>alb». Diagnostic para: no SBP.
# EtOH use disorder: CIWA-guided «chlordiazepoxide|Drug:cdp» «25 mg|Str>cdp» «PO|Rte>cdp» «q6h prn|Frq>cdp» for «alcohol withdrawal|Rsn>cdp» (CIWA > 10), last required HD3. Declined «naltrexone|Drug:nx:neg» (not advised with cirrhosis anyway); SW and addiction consult saw pt.

Discharge Medications:
1. «Nadolol|Drug:nd» «20 mg|Str>nd» «Tablet|Frm>nd» Sig: «One (1)|Dos>nd» «Tablet|Frm>nd» «PO|Rte>nd» «DAILY (Daily)|Frq>nd». Hold for HR < 55.
2. «Rifaximin|Drug:rx» «550 mg|Str>rx» «Tablet|Frm>rx» Sig: «One (1)|Dos>rx» «Tablet|Frm>rx» «PO|Rte>rx» «BID (2 times a day)|Frq>rx».
3. «Kristalose|Drug:kr» «20 gram|Str>kr» «Packet|Frm>kr» Sig: «One (1)|Dos>kr» «Packet|Frm>kr» «PO|Rte>kr» «TID (3 times a day)|Frq>kr»: titrate to 3-4 soft BMs daily.
4. «Norfloxacin|Drug:nf» «400 mg|Str>nf» «Tablet|Frm>nf» Sig: «One (1)|Dos>nf» «Tablet|Frm>nf» «PO|Rte>nf» «DAILY (Daily)|Frq>nf» for «SBP prophylaxis|Rsn>nf».
5. «Esomeprazole Magnesium|Drug:es» «40 mg|Str>es» «Capsule, Delayed Release(E.C.)|Frm>es» Sig: «One (1)|Dos>es» «Capsule, Delayed Release(E.C.)|Frm>es» «PO|Rte>es» «Q12H (every 12 hours)|Frq>es» «for 14 days|Dur>es».
6. «Sucralfate|Drug:sc» «1 gram/10 mL|Str>sc» «Suspension|Frm>sc» Sig: «Ten (10) mL|Dos>sc» «PO|Rte>sc» «QID (4 times a day)|Frq>sc» «for 7 days|Dur>sc».
7. «Multivitamin|Drug:mv» «Tablet|Frm>mv» Sig: «One (1)|Dos>mv» «Tablet|Frm>mv» «PO|Rte>mv» «DAILY (Daily)|Frq>mv».
8. «Thiamine HCl|Drug:th» «100 mg|Str>th» «Tablet|Frm>th» Sig: «One (1)|Dos>th» «Tablet|Frm>th» «PO|Rte>th» «DAILY (Daily)|Frq>th».
9. «Zinc Sulfate|Drug:zn» «220 mg|Str>zn» «Capsule|Frm>zn» Sig: «One (1)|Dos>zn» «Capsule|Frm>zn» «PO|Rte>zn» «DAILY (Daily)|Frq>zn» «for 10 days|Dur>zn».
10. «Cholecalciferol (Vitamin D3)|Drug:cc» «1,000 unit|Str>cc» «Tablet|Frm>cc» Sig: «One (1)|Dos>cc» «Tablet|Frm>cc» «PO|Rte>cc» «DAILY (Daily)|Frq>cc».

Medications STOPPED / HELD:
- «Carospir|Drug:csp2:disc» (suspension) - HOLD until Liver Clinic rechecks Na/Cr.
- «Bumex|Drug:bx2:disc» - HOLD, same.
- «IV|Rte>px» «PPI|Drug:px:disc» drip - replaced by «esomeprazole|Drug».
Do NOT take «Anaprox DS|Drug:an:neg» or any other NSAID pain reliever. «APAP|Drug:ap» up to 2 g/day is OK for pain.

Discharge Disposition: Home With Service. Discharge Diagnosis: acute variceal hemorrhage, hepatic encephalopathy, EtOH cirrhosis.
Followup: Liver Clinic 1 week (labs: BMP, CBC, INR). Repeat EGD/banding in 2-3 weeks.
