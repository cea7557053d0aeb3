SLEEP MEDICINE CONSULTATION
Referring: PCP (Dr. Haddad). Reason: chronic insomnia, nighttime leg discomfort, daytime sleepiness despite CPAP.
52M, OSA dx 2021 (AHI 34), on CPAP 10 cm H2O - download: 88% nights > 4 h, residual AHI 3.1, minimal leak.

Sleep-related medication history:
- «zolpidem ER|Drug:zr» «12.5 mg|Str>zr» «qhs|Frq>zr» x 6 years. Wife reports «sleepwalking|ADE>zr» and one episode of «eating while asleep|ADE>zr». -> STOP «zolpidem ER|Drug:zr2:disc» today (taper not needed at this dose; rebound discussed).
- «Unisom SleepTabs|Drug:us:disc» «25 mg|Str>us» «1-2|Dos>us» «nightly|Frq>us» on his own - advised to stop («next-day grogginess|ADE>us», anticholinergic).
- «Remeron|Drug:rm» «7.5 mg|Str>rm» «qhs|Frq>rm» from PCP for «depression|Rsn>rm»; may be worsening RLS -> discuss with PCP.
- «ropinirole|Drug:rp:disc» «0.5 mg|Str>rp» stopped 2023 due to «augmentation|ADE>rp» (symptoms starting earlier in the afternoon).
- Tried «ramelteon|Drug:rl» «8 mg|Str>rl» in 2022 without benefit.
- Daytime: takes «NoDoz|Drug:nd» «200 mg|Str>nd» «caplets|Frm>nd» «most afternoons|Frq>nd» - advised to stop after 12 PM.

Labs: ferritin 38 ng/mL, TSAT 19%.
Impression: (1) RLS, moderate-severe, iron-deficient range; (2) chronic insomnia; (3) OSA adequately treated; (4) «complex sleep behavior|ADE>zr3» on «zolpidem|Drug:zr3».

PLAN / PRESCRIPTIONS:
1. «Horizant|Drug:hz» «600 mg|Str>hz» «ER tab|Frm>hz» - «1|Dos>hz» «tablet|Frm>hz» «PO|Rte>hz» «at 5 PM with food|Frq>hz» for «restless legs syndrome|Rsn>hz»
2. «Slow Fe|Drug:sf» «142 mg|Str>sf» - «1|Dos>sf» «tablet|Frm>sf» «every other day|Frq>sf» with «vitamin C|Drug:vc» «250 mg|Str>vc» for «iron deficiency|Rsn>sf»; recheck ferritin 12 weeks (goal > 75).
3. «Silenor|Drug:sn» «3 mg|Str>sn» «tablet|Frm>sn» «PO|Rte>sn» «30 min before bedtime|Frq>sn» «x 4 weeks|Dur>sn» for «sleep-maintenance insomnia|Rsn>sn», bridge to CBT-I (referral placed).
4. «Nasonex|Drug:nx» «50 mcg|Str>nx» «2 sprays|Dos>nx» «each nostril|Rte>nx» «daily|Frq>nx» for «nasal congestion with CPAP|Rsn>nx»
5. «Ayr saline|Drug:ay» «gel|Frm>ay» «intranasal|Rte>ay» «at bedtime|Frq>ay» for «nasal dryness|Rsn>ay»
6. «Belsomra|Drug:bs:neg» considered but deferred until after CBT-I. «modafinil|Drug:md:neg» offered for residual sleepiness - pt declined.
Avoid: alcohol within 3 h of bed, «opioids|Drug:op:neg», «sedating antihistamines|Drug:sa:neg», and «dopamine antagonists|Drug:da:neg» (e.g., «metoclopramide|Drug:mc:neg»).
Follow-up 8 weeks with sleep diary; CPAP mask refit.
