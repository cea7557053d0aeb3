#role pt patient
#role mom mother
#role dad father
#role mu maternal uncle
#role rm -
#role dr -
#expect {"patient": ["depression", "hypothyroidism", "obesity"], "family": {"mother": ["depression"], "father": [], "maternal uncle": []}}
---
OUTPATIENT PSYCHIATRY - FOLLOW-UP
[[Client|P:pt]] is a 34 yo F with [[major depressive disorder|C:dep:pt:]], recurrent, and [[generalized anxiety disorder|C:-:pt:]], seen for medication management.
[[She|P:pt]] reports 3 weeks of [[low mood|C:-:pt:]], [[anhedonia|C:-:pt:]] and [[early morning awakening|C:-:pt:]] after [[her|P:pt]] hours were cut at work.
[[She|P:pt]] endorses [[decreased appetite|C:-:pt:]] and [[fatigue|C:-:pt:]]; concentration is "foggy."
[[She|P:pt]] denies [[SI|C:-:pt:N]], [[HI|C:-:pt:N]] or [[AVH|C:-:pt:N]].
Past psych hx: first [[depressive episode|C:dep:pt:H]] at age 19; one inpatient admission in 2016 for [[suicidal ideation|C:-:pt:H]]. Prior trials of fluoxetine and bupropion, both ineffective.
Medical: [[hypothyroidism|C:hypot:pt:]] on levothyroxine (TSH in range), [[obesity|C:obes:pt:]] (BMI 34), [[migraines|C:-:pt:]].
Family hx: [[Mother|P:mom]] - [[depression|C:dep:mom:]], [[alcohol use disorder|C:-:mom:]]. [[Maternal uncle|P:mu]] - [[schizophrenia|C:-:mu:]]. [[Father|P:dad]] - not in contact, history unknown.
Social: Works as a medical biller. [[She|P:pt]] lives with [[her roommate|P:rm]], who drives [[her|P:pt]] to appointments. [[Her roommate|P:rm]] also has [[depression|C:dep:rm:]] and they attend the same support group.
MSE: Casually dressed, good eye contact. Mood "down," affect congruent. Thought process linear; no [[delusions|C:-:pt:N]]. Insight and judgment fair.
PHQ-9: 17. GAD-7: 12.
ASSESSMENT: [[MDD|C:dep:pt:]], recurrent, moderate, with partial response to sertraline 50 mg. r/o [[bipolar II disorder|C:-:pt:U]] - MDQ pending.
PLAN: Increase sertraline to 100 mg daily. Continue CBT with [[Dr. Lindqvist|P:dr]]; [[she|P:dr]] will see [[her|P:pt]] weekly. Safety plan reviewed. RTC 4 weeks.
