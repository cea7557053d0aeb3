ANTICOAGULATION CLINIC - PHARMACIST-MANAGED VISIT (POC INR)
Pt: 71M. Indication: On-X mechanical mitral valve (2019) + paroxysmal AF. INR goal 2.5-3.5. Managed since 2019.
Anticoagulant: «Jantoven|Drug:j1» «5 mg|Str>j1» «tablets|Frm>j1» (peach). Pt fills a weekly pill box himself.
Today: POC INR 1.8 (subtherapeutic). Prior 3 INRs 2.6, 2.9, 2.7.
Assessment of low INR: missed 1 dose last Sat; finished a «10-day|Dur>ax» course of «Omnicef|Drug:ax» 5 days ago; started eating kale salads daily; new Ensure Plus shakes (contain vitamin K).
Bleeding: none. Thrombosis/stroke symptoms: none.

Current weekly schedule (total 37.5 mg/week):
- «7.5 mg|Str>j1» («1 1/2|Dos>j1» «tablets|Frm>j1») «on Mon and Fri|Frq>j1»
- «5 mg|Str>j1» («1|Dos>j1» «tablet|Frm>j1») «all other days|Frq>j1»
NEW schedule (total 40 mg/week, +7%):
- «Jantoven|Drug:j2» «7.5 mg|Str>j2» «Mon/Wed/Fri|Frq>j2» and «5 mg|Str>j2» «all other days|Frq>j2»; extra «2.5 mg|Str>j2» («1/2|Dos>j2» «tab|Frm>j2») «tonight only|Frq>j2» (boost)
- Bridge (mechanical mitral valve, INR < 2): «Fragmin|Drug:fr» «100 units/kg|Dos>fr» («9,000 units|Dos>fr») «subcut|Rte>fr» «q12h|Frq>fr» «until INR >= 2.5|Dur>fr»; pt self-injects, has supply from 2024.

Interacting / relevant medications reviewed:
- «fenofibrate|Drug:ff» «145 mg|Str>ff» «daily|Frq>ff» - long-standing, stable.
- «dronedarone|Drug:dr:disc» - stopped by EP in 6/2025 (interaction, «fatigue|ADE>dr»); now rate control with «Cartia XT|Drug:ct» «180 mg|Str>ct» «capsule|Frm>ct» «daily|Frq>ct».
- «Mapap|Drug:mp» «500 mg|Str>mp» «1-2|Dos>mp» «caplets|Frm>mp» «q6h prn|Frq>mp» for «arthritis pain|Rsn>mp» (limit 3 g/day, can raise INR).
- Pt stopped «turmeric|Drug:tu:disc» «capsules|Frm>tu» on our advice in May.
- «dabigatran|Drug:pr:disc» was stopped in 2019 at valve surgery; these agents are contraindicated with a mechanical valve - do NOT switch to «Savaysa|Drug:sv:neg» or other «direct oral anticoagulants|Drug:dc:neg».
- Cardiology has not added «baby aspirin|Drug:ba:neg» (prior «GI bleed|ADE>jx» on «Jantoven|Drug:jx» with INR 5.8 in 2021).
- Avoid «miconazole|Drug:mc:neg» «oral gel|Frm>mc» and vaginal products (large INR rise).
Reversal plan on file: «Mephyton|Drug:mh» «2.5 mg|Str>mh» «PO|Rte>mh» «once|Frq>mh» for «over-anticoagulation|Rsn>mh» (INR 9 or more without bleeding); ED for any bleeding.
Education: consistent vitamin K intake (kale 2-3 servings/week, not daily), no new OTC or supplements without calling. Teach-back done.
Next INR: 5 days (Tue). Call with bruising, black stools, or new meds.
