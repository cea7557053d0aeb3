COUNTY TB CLINIC - DOT FOLLOW-UP VISIT (Month 2)
Pt: 34M, pulmonary TB (cavitary RUL), sputum AFB smear 3+, culture M. tuberculosis, pan-susceptible (MGIT DST). HIV neg. Wt 62 kg (was 57 kg at dx). Hep panel neg. Baseline ALT 22.
Also: opioid use disorder on «methadone|Drug:md1» at OTP; alcohol use (quit at dx), smokes.

INTENSIVE PHASE (8 weeks, 5 days/week DOT) - completes this Friday:
Drug ;; Dose ;; Route / schedule ;; Notes
«isoniazide|Drug:inh» ;; «300 mg|Str>inh» ;; «PO|Rte>inh» «daily (M-F)|Frq>inh» by DOT ;; -
«Rifadin|Drug:rf» ;; «600 mg|Str>rf» («10 mg/kg|Str>rf») ;; «PO|Rte>rf» «daily (M-F)|Frq>rf» by DOT ;; «orange discoloration of urine and tears|ADE>rf» - expected
«PZA|Drug:pz» ;; «1,500 mg|Str>pz» ;; «PO|Rte>pz» «daily (M-F)|Frq>pz» by DOT ;; «arthralgias|ADE>pz» wk 4 - «APAP|Drug:ap» «650 mg|Str>ap» «prn|Frq>ap»
«ethambutol|Drug:emb:disc» ;; «1,200 mg|Str>emb» ;; «PO|Rte>emb» «daily|Frq>emb» ;; STOPPED wk 3 once DST returned pan-susceptible
«pyridoxine|Drug:b6» ;; «25 mg|Str>b6» ;; «PO|Rte>b6» «daily|Frq>b6» ;; «neuropathy prevention|Rsn>b6»

Week 3 events: «nausea|ADE>pz2» and «transaminitis|ADE>pz2» (ALT 141, < 5x ULN, asymptomatic), attributed to «PZA|Drug:pz2»; doses given with evening snack, «Anzemet|Drug:on» «50 mg|Str>on» «1|Dos>on» «tab|Frm>on» «30 min before DOT|Frq>on» «x 7 days|Dur>on» for «nausea|Rsn>on». ALT 58 on recheck, no interruption.
Drug interaction: «Rifadin|Drug:rf2» interaction -> opioid «withdrawal symptoms|ADE>rf2» wk 2; OTP increased «methadone|Drug:md» from «80 mg|Str>md» to «110 mg|Str>md» «PO|Rte>md» «daily|Frq>md» for «OUD|Rsn>md». Will need decrease ~2 weeks after TB treatment ends (OTP aware).

CONTINUATION PHASE (starts Monday):
- «INH|Drug:inh2» «900 mg|Str>inh2» + «Rifadin|Drug:rf3» «600 mg|Str>rf3» «PO|Rte>inh2,rf3» «three times weekly (M/W/F)|Frq>inh2,rf3» by DOT «x 18 weeks|Dur>inh2,rf3» (total 26 weeks), extend to «31 weeks|Dur>inh2,rf3» if 2-month culture positive.
- Continue «vitamin B6|Drug:b62» «50 mg|Str>b62» «M/W/F|Frq>b62» with «INH|Drug:inh3» doses.
- «nicotine polacrilex|Drug:nl» «4 mg|Str>nl» «mini lozenge|Frm>nl» - «1|Dos>nl» «lozenge|Frm>nl» «q1-2h prn|Frq>nl» for «cravings|Rsn>nl» (pt interested in quitting).
Notes: In 2019 (prison screening, QFT+) he was offered «3HP|Drug:hp:neg» for LTBI but declined. No alcohol while on «INH|Drug:inh4». Avoid «NyQuil|Drug:tp:neg» (hepatotoxicity, sedation with «methadone|Drug:md3»).
Contacts: 4 household contacts evaluated - see separate encounters.
Next: sputum AFB x 3 this week (2-month culture conversion), LFTs monthly, visual acuity/color not needed («EMB|Drug:emb2:disc» stopped). Incentive: food card given per DOT program.
