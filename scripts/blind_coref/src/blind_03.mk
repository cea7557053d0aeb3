#role pt patient
#role mom mother
#role dad father
#role sis sister
#role mgf maternal grandfather
#expect {"patient": ["asthma"], "family": {"mother": ["asthma", "hypothyroidism"], "father": ["hyperlipidemia"], "sister": ["asthma"], "maternal grandfather": ["COPD"]}}
---
PEDIATRIC PULMONOLOGY - FOLLOW-UP VISIT
[[Mateo|P:pt]] is a 7 yo boy seen with [[his mother|P:mom]] for follow-up of [[asthma|C:asthma:pt:]].
[[Mom|P:mom]] reports 3 nights of [[cough|C:-:pt:]] in the past month, and [[he|P:pt]] has needed albuterol before soccer practice most days.
No ED visits or oral steroid courses since October. [[He|P:pt]] had [[RSV bronchiolitis|C:-:pt:H]] as an infant.
Triggers: exercise, cold air and cat dander. [[He|P:pt]] also has [[eczema|C:-:pt:]] and [[allergic rhinitis|C:-:pt:]].
Growth: BMI 16.1 (55th percentile); [[he|P:pt]] is not [[overweight|C:-:pt:N]].
FAMILY HISTORY: [[Mother|P:mom]] - [[asthma|C:asthma:mom:H]] as a child, [[hypothyroidism|C:hypot:mom:]]. [[Father|P:dad]] - [[high cholesterol|C:hld:dad:]]. [[Maternal grandfather|P:mgf]] - [[emphysema|C:copd:mgf:]], died of [[lung cancer|C:-:mgf:H]].
SOCIAL: Lives with parents and [[his sister|P:sis]] (age 10), who also has [[asthma|C:asthma:sis:]]. [[Dad|P:dad]] smokes, outdoors only. Two cats in the home.
EXAM: No [[wheezing|C:-:pt:N]], good air movement. [[Eczematous patches|C:-:pt:]] in the antecubital fossae.
ASSESSMENT: [[Asthma|C:asthma:pt:]], moderate persistent, not well controlled (ACT 17).
PLAN: Start fluticasone 44 mcg 2 puffs BID with spacer; albuterol PRN. Asthma action plan updated.
Discussed smoking cessation resources with [[Dad|P:dad]] by phone. Flu vaccine given today.
