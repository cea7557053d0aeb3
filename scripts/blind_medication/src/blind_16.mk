ED PROVIDER NOTE + ADDICTION MEDICINE CONSULT
29F with opioid use disorder and alcohol use disorder, found unresponsive by roommate. EMS gave «naloxone|Drug:nx» «4 mg|Str>nx» «intranasal|Rte>nx» then «2 mg|Str>nx» «IV|Rte>nx» with return of spontaneous respirations.

Substance hx: injects «fentanyl|Drug:fn» «IV|Rte>fn» «daily|Frq>fn» «x 3 years|Dur>fn»; smokes «meth|Drug:mt» «occasionally|Frq>mt». Drinks ~1/5th vodka daily, last drink 10 hrs ago.
Was on «Suboxone|Drug:sb1:disc» «8/2 mg|Str>sb1» «SL film|Frm>sb1» «BID|Frq>sb1» until 6 months ago, stopped when she lost insurance. Had «precipitated withdrawal|ADE>sb2» with «Suboxone|Drug:sb2» induction in 2021 (started too soon after last use).

ED course: CIWA 18, COWS 4 on arrival. Received «phenobarbital|Drug:pb» «260 mg|Str>pb» «IV|Rte>pb» for «alcohol withdrawal|Rsn>pb»; «thiamine|Drug:th» «500 mg|Str>th» «IV|Rte>th» «TID|Frq>th» «x 3 days|Dur>th» for «Wernicke prophylaxis|Rsn>th»; «folate|Drug:fo» «1 mg|Str>fo» «PO|Rte>fo» «daily|Frq>fo»; «MVI|Drug:mv» «1|Dos>mv» «tab|Frm>mv» «PO|Rte>mv» «daily|Frq>mv»; «KCl|Drug:kc» «40 mEq|Str>kc» «PO|Rte>kc» «once|Frq>kc» for «hypokalemia|Rsn>kc»; «magnesium sulfate|Drug:ms» «2 g|Str>ms» «IV|Rte>ms»; «promethazine|Drug:pm» «12.5 mg|Str>pm» «IV|Rte>pm» «once|Frq>pm» for «nausea|Rsn>pm».
At 14:00 COWS 12 - started «buprenorphine|Drug:bu» «4 mg|Str>bu» «SL|Rte>bu», repeated «4 mg|Str>bu» after 1 hour; tolerated without precipitated withdrawal.

Discharge (bridge until clinic intake on Monday):
- «Suboxone|Drug:sb3» «8/2 mg|Str>sb3» «SL film|Frm>sb3»: «2|Dos>sb3» «films|Frm>sb3» «SL|Rte>sb3» «daily|Frq>sb3» «x 7 days|Dur>sb3»
- «Narcan|Drug:nc» «4 mg|Str>nc» «nasal spray|Frm>nc» «prn|Frq>nc» «opioid overdose|Rsn>nc»; 2 kits given
- «acamprosate|Drug:ac» «666 mg|Str>ac» «PO|Rte>ac» «TID|Frq>ac» for «alcohol use disorder|Rsn>ac»
- No «Librium|Drug:lb:neg» at discharge given concurrent «buprenorphine|Drug» and fall risk.
Harm reduction: test strips and clean supplies provided, never-use-alone line reviewed.
