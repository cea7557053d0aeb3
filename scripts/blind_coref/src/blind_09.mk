#role pt patient
#role dad father
#role mom mother
#role bro brother
#expect {"patient": ["obesity"], "family": {"father": ["hypertension", "type 2 diabetes mellitus"], "mother": ["hypothyroidism"], "brother": ["asthma"]}}
---
WELL CHILD CHECK - 10 YEARS
[[Aaliyah|P:pt]] is a 10 yo girl here with [[her father|P:dad]] for an annual visit.
BMI 27.8 kg/m2 (>99th percentile), up from the 96th percentile at age 9.
[[Dad|P:dad]] is worried about [[her|P:pt]] weight because [[he|P:dad]] has [[diabetes|C:t2dm:dad:]] and [[high blood pressure|C:htn:dad:]].
[[Her mother|P:mom]] had [[gestational diabetes|C:-:mom:H]] in 2014 and has [[hypothyroidism|C:hypot:mom:]]. [[Her older brother|P:bro]] has [[asthma|C:asthma:bro:]].
Diet: juice 2-3 cups/day, fast food 3x/week. Screen time 4-5 h/day. Plays soccer on weekends.
ROS: [[Snoring|C:-:pt:]] most nights; [[Dad|P:dad]] has not noticed [[pauses in breathing|C:-:pt:N]]. No [[polyuria|C:-:pt:N]] or [[polydipsia|C:-:pt:N]]. No [[headaches|C:-:pt:N]].
EXAM: [[Acanthosis nigricans|C:-:pt:]] on the posterior neck. Tonsils 2+. No [[hepatomegaly|C:-:pt:N]].
LABS: A1c 6.0%, fasting glucose 109, ALT 56, TG 210.
A/P:
1. [[Obesity|C:obes:pt:]], BMI >99th percentile - motivational interviewing, family-based goals; referral to healthy weight clinic.
2. [[Prediabetes|C:-:pt:]] - recheck A1c in 3 months.
3. ALT 56 - possible [[NAFLD|C:-:pt:U]]; RUQ ultrasound.
4. r/o [[OSA|C:-:pt:U]] given [[snoring|C:-:pt:]]; polysomnography referral.
[[Dad|P:dad]] was encouraged to schedule [[his|P:dad]] own follow-up for [[his|P:dad]] [[diabetes|C:t2dm:dad:]].
