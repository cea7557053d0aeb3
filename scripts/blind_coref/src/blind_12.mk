#role pt patient
#role rm -
#role mom mother
#role dad father
#role dr -
#expect {"patient": ["depression"], "family": {"mother": ["type 2 diabetes mellitus"], "father": ["hypertension"]}}
---
EMERGENCY DEPARTMENT NOTE
HPI: [[Pt|P:pt]] is a 24 yo M with [[T1DM|C:-:pt:H]] diagnosed at age 9, on an insulin pump, who presents with 2 days of [[vomiting|C:-:pt:]], [[abdominal pain|C:-:pt:]] and [[polyuria|C:-:pt:]] after [[his|P:pt]] pump site failed.
[[He|P:pt]] was brought in by [[his roommate|P:rm]], who found [[him|P:pt]] [[lethargic|C:-:pt:]] and [[confused|C:-:pt:]] this morning.
[[Roommate|P:rm]] reports [[he|P:pt]] has not been able to keep fluids down since yesterday.
No [[fever|C:-:pt:N]], [[cough|C:-:pt:N]] or [[dysuria|C:-:pt:N]].
PMH: [[Depression|C:dep:pt:]] on sertraline; h/o [[DKA|C:-:pt:H]] x2 (2019, 2021).
[[He|P:pt]] denies [[SI|C:-:pt:N]].
FHx: [[Mother|P:mom]] with [[type 2 diabetes|C:t2dm:mom:]] and [[Graves disease|C:-:mom:]]; [[father|P:dad]] with [[HTN|C:htn:dad:]].
EXAM: HR 124, BP 104/62, RR 28, T 37.1. [[Kussmaul respirations|C:-:pt:]], [[dry mucous membranes|C:-:pt:]]. Abdomen soft, no [[guarding|C:-:pt:N]].
LABS: glucose 512, bicarbonate 8, anion gap 29, beta-hydroxybutyrate 6.8, K 5.9, lipase normal.
ASSESSMENT: [[Diabetic ketoacidosis|C:-:pt:]], severe, precipitated by insulin pump failure.
PLAN: Insulin infusion and IV fluids per protocol, potassium checks q2h.
Admit to MICU under [[Dr. Fairbanks|P:dr]]; endocrinology to see [[him|P:pt]] regarding the pump.
