#role pt patient
#role bro brother
#role dad father
#role wife spouse
#role dr -
#expect {"patient": ["COPD", "asthma", "obesity"], "family": {"brother": ["COPD"], "father": [], "spouse": []}}
---
PULMONARY CLINIC - NEW CONSULT
Referring provider: [[Dr. Kowalczyk|P:dr]]
[[Mr. Jablonski|P:pt]] is a 67 yo M, former smoker (45 pack-years, quit 2019), referred for management of [[COPD|C:copd:pt:]].
[[He|P:pt]] reports [[dyspnea|C:-:pt:]] after one flight of stairs and a morning [[cough|C:-:pt:]] productive of white sputum.
Two [[COPD exacerbations|C:copd:pt:H]] last year required prednisone; one led to a 4-day hospitalization.
[[He|P:pt]] had [[asthma|C:asthma:pt:H]] as a child and still gets [[wheezing|C:-:pt:]] with cold air.
[[He|P:pt]] tested negative for [[alpha-1 antitrypsin deficiency|C:-:pt:N]].
Spirometry today: FEV1/FVC 0.58, FEV1 54% predicted, with a significant bronchodilator response.
Recent echo: normal LV function, moderate [[pulmonary hypertension|C:-:pt:]] (RVSP 52 mmHg).
Comorbidities: [[OSA|C:-:pt:]] on CPAP, [[obesity|C:obes:pt:]] (BMI 36), [[GERD|C:-:pt:]]. [[He|P:pt]] does not have [[HTN|C:htn:pt:N]] and takes no antihypertensives.
Family: [[His brother|P:bro]] has [[emphysema|C:copd:bro:]], and [[his father|P:dad]] died of [[lung cancer|C:-:dad:H]] at 64.
[[His wife|P:wife]] accompanies [[him|P:pt]] today and reports more [[ankle swelling|C:-:pt:]] in the evenings.
IMPRESSION: [[Asthma-COPD overlap|C:copd:pt:]], GOLD group E. [[Pulmonary hypertension|C:-:pt:]], WHO group 3.
PLAN: Start budesonide/glycopyrrolate/formoterol 2 puffs BID. Pulmonary rehab referral. Continue CPAP. Repeat echo in 6 months.
Letter to [[Dr. Kowalczyk|P:dr]].
