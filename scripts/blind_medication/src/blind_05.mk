TELEPHONE ENCOUNTER
Caller: daughter (Ana R.), listed on HIPAA release
Patient: 79M, PCP Dr. Okafor

1) Daughter reports pt has had a dry, tickly «cough|ADE>r1» for 3 weeks, since starting «ramipril|Drug:r1» «5 mg|Str>r1» «daily|Frq>r1» for «HTN|Rsn>r1». No fever, no SOB, no wheezing. Reviewed with Dr. Okafor: likely med side effect. Stop «ramipril|Drug:r2:disc»; start «valsartan|Drug:v1» «80 mg|Str>v1» «PO|Rte>v1» «daily|Frq>v1». New Rx sent to Walgreens on Main St.

2) Refill requests: «Xarelto|Drug:xa» «20 mg|Str>xa» «daily with evening meal|Frq>xa» and «gabapenitn|Drug:gb» «300 mg|Str>gb» «caps|Frm>gb» - takes «1|Dos>gb» «cap|Frm>gb» «TID|Frq>gb» for «neuropathy|Rsn>gb». Both refilled.

3) Asked about cold medicine - advised to avoid «Sudafed|Drug:sd:neg» and other «pseudoephedrine|Drug:pe:neg» products given BP. OK to use «Flonase|Drug:fl» «2 sprays|Dos>fl» «each nare|Rte>fl» «daily|Frq>fl» for «congestion|Rsn>fl».

4) Yesterday evening had ~5 min of «chest pressure|Rsn>ntg» while shoveling; took «1|Dos>ntg» «NTG|Drug:ntg» «0.4 mg|Str>ntg» «SL|Rte>ntg» with relief. Advised that any recurrence needs ED evaluation / call 911. Appt with PCP tomorrow 9:40.

5) Also asks about «melatonin|Drug:mel» for «insomnia|Rsn>mel» - OK to use «3 mg|Str>mel» «qhs prn|Frq>mel».

Current med list otherwise unchanged:
«amlodopine|Drug:am» «10 mg|Str>am» «daily|Frq>am»
«triamterene|Drug:tr»-«HCTZ|Drug:hz» «37.5-25 mg|Str>tr,hz» «1|Dos>tr,hz» «tab|Frm>tr,hz» «daily|Frq>tr,hz»
«rosuvastatin|Drug:ro» «20 mg|Str>ro» «qhs|Frq>ro»
«Synthroid|Drug:sy» «75 mcg|Str>sy» «daily|Frq>sy»

Daughter verbalized understanding. BMP in 2 weeks after «valsartan|Drug» start.
J. Kim, RN
