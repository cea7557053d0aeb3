ASTHMA ACTION PLAN - PEDIATRIC PULMONOLOGY CLINIC
Name: Jayden R.     Age: 9 y     Weight: 31 kg     Date: 03/14
Asthma severity: moderate persistent     Personal best peak flow: 280 L/min
Triggers: cats, cold air, viral colds, smoke. Uses a spacer (AeroChamber) with every inhaler.

GREEN ZONE - DOING WELL (no cough, wheeze or chest tightness; sleeping through the night; peak flow above 224)
Take these CONTROLLER medicines EVERY DAY, even when well:
  * «Dulera|Drug:du» «100/5 mcg|Str>du» «inhaler|Frm>du» - «2 puffs|Dos>du» «twice a day|Frq>du» (morning and night). Rinse mouth and spit after.
  * «fexofenadine|Drug:fx» «30 mg|Str>fx» «ODT|Frm>fx» - «1|Dos>fx» «tablet|Frm>fx» «by mouth|Rte>fx» «once daily|Frq>fx» for «allergies|Rsn>fx»
  * «Dymista|Drug:dy» «nasal spray|Frm>dy» - «1 spray|Dos>dy» «each nostril|Rte>dy» «BID|Frq>dy» for «allergic rhinitis|Rsn>dy»
Before exercise/sports: «Ventolin HFA|Drug:v1» «90 mcg|Str>v1» «2 puffs|Dos>v1» «15 minutes before exercise|Frq>v1»

YELLOW ZONE - CAUTION (cough, wheeze, tight chest, waking at night; peak flow 140-224)
Keep taking GREEN ZONE medicines and ADD:
  * «Ventolin HFA|Drug:v2» «2-4 puffs|Dos>v2» «every 4 hours as needed|Frq>v2» for «cough or wheeze|Rsn>v2»
  * If not back in GREEN ZONE within 24 hours, call clinic. You may be told to start «Orapred ODT|Drug:op» «30 mg|Str>op» («1 mg/kg|Str>op») «by mouth|Rte>op» «once daily|Frq>op» «x 5 days|Dur>op».

RED ZONE - MEDICAL ALERT (very short of breath, can't walk or talk, ribs pulling in, lips blue; peak flow below 140)
  * Give «Ventolin HFA|Drug:v3» «6 puffs|Dos>v3» NOW, OR «levalbuterol|Drug:lv» «1.25 mg/3 mL|Str>lv» «nebulizer solution|Frm>lv» «1 vial|Dos>lv» «by nebulizer|Rte>lv» «every 20 minutes|Frq>lv» «x 3 doses|Dur>lv»
  * CALL 911 or go to the ER if not improving.

MEDICINES STOPPED / DO NOT USE:
  * «Accolate|Drug:ac:disc» - stopped 10/2023 because of «nightmares|ADE>ac» and «irritability|ADE>ac».
  * «QVAR RediHaler|Drug:qv:disc» «40 mcg|Str>qv» - stopped, changed to «Dulera|Drug» (poorly controlled).
  * Do NOT give «Dimetapp|Drug:dm:neg», «Delsym|Drug:ds:neg» or other cough/cold medicines.
Allergies: «cefprozil|Drug:cp» («rash|ADE>cp», «hives|ADE>cp»).
Given in clinic today: «Fluarix|Drug:fl» «0.5 mL|Dos>fl» «IM|Rte>fl» L deltoid. «FluMist|Drug:fm:neg» not given (asthma with recent wheeze).
School permission: student may carry and self-administer «Ventolin HFA|Drug:v4» (with spacer). Nurse may give «Ventolin|Drug:v5» «4 puffs|Dos>v5» «every 4 hours as needed|Frq>v5».
Provider: M. Okafor, MD, Pediatric Pulmonology     Parent signature: ________
