NURSING MEDICATION ADMINISTRATION RECORD (MAR) - DAY SHIFT EXCERPT
Unit: 6 West Med-Surg   Shift: 0700-1900   RN: K. Obuya
Pt: 77F, 61 kg, HD#2 for CAP and AF with RVR. Code: Full.
ALLERGIES: «tetracycline|Drug:tc» («photosensitivity|ADE>tc»); «Demerol|Drug:dm» («seizure|ADE>dm»)

Sched ;; Medication ;; Dose ;; Route ;; Freq ;; Administration / comment
0600 ;; «sodium chloride|Drug:ns» «0.9%|Str>ns» flush ;; «10 mL|Dos>ns» ;; «IV|Rte>ns» ;; «q8h|Frq>ns» ;; Given 0602, PIV L FA patent
0800 ;; «Cardizem|Drug:cd» «30 mg|Str>cd» «tablet|Frm>cd» ;; «1|Dos>cd» «tab|Frm>cd» ;; «PO|Rte>cd» ;; «Q6H|Frq>cd» ;; Given 0812, HR 104
0800 ;; «metroprolol|Drug:mt:disc» «25 mg|Str>mt» ;; «1/2|Dos>mt» «tab|Frm>mt» ;; «PO|Rte>mt» ;; «BID|Frq>mt» ;; HELD - SBP 88, Dr. Pham notified
0800 ;; «Rocephin|Drug:rc» ;; «1 g|Str>rc» ;; «IVPB|Rte>rc» ;; «Q24H|Frq>rc» ;; Started 0845 for «CAP|Rsn>rc», day 2 of «5|Dur>rc» - see note
0800 ;; «Zithromax|Drug:zm» ;; «500 mg|Str>zm» ;; «IVPB|Rte>zm» ;; «Q24H|Frq>zm» ;; Given 0930 «over 60 min|Dur>zm»
0900 ;; «apixaban|Drug:ap» «5 mg|Str>ap» ;; «1|Dos>ap» «tablet|Frm>ap» ;; «PO|Rte>ap» ;; «BID|Frq>ap» ;; Given 0915
0900 ;; «budesonide|Drug:bd» «0.5 mg/2 mL|Str>bd» «nebulizer solution|Frm>bd» ;; «2 mL|Dos>bd» ;; «inhaled|Rte>bd» ;; «BID|Frq>bd» ;; Given 0920 by RT
0900 ;; «Senokot-S|Drug:ss:neg» «8.6/50 mg|Str>ss» ;; «2|Dos>ss» «tabs|Frm>ss» ;; «PO|Rte>ss» ;; «BID|Frq>ss» ;; REFUSED - "my stools are loose"
0900 ;; «guaifenesin|Drug:gf» «100 mg/5 mL|Str>gf» «syrup|Frm>gf» ;; «10 mL|Dos>gf» ;; «PO|Rte>gf» ;; «Q4H PRN|Frq>gf» ;; Given 1005 for «cough|Rsn>gf»
1130 ;; «insulin aspart|Drug:ia» ;; «3 units|Dos>ia» ;; «subcut|Rte>ia» ;; «AC|Frq>ia» ;; BG 212, per correction scale
1300 ;; «Ofirmev|Drug:of» ;; «1,000 mg|Str>of» ;; «IV|Rte>of» ;; «Q6H PRN|Frq>of» ;; Given 1310 for «fever|Rsn>of» (T 38.6)
1400 ;; «Dulcolax|Drug:dx:neg» «10 mg|Str>dx» «suppository|Frm>dx» ;; «1|Dos>dx» ;; «PR|Rte>dx» ;; «daily PRN|Frq>dx» ;; NOT GIVEN - pt asleep, no BM needed
1700 ;; «K-Dur|Drug:kd» «20 mEq|Str>kd» «ER tab|Frm>kd» ;; «2|Dos>kd» «tabs|Frm>kd» ;; «PO|Rte>kd» ;; «once|Frq>kd» ;; Given 1705 for «hypokalemia|Rsn>kd» (K 3.1)
2100 ;; «Lipitor|Drug:lp» «40 mg|Str>lp» ;; «1|Dos>lp» «tab|Frm>lp» ;; «PO|Rte>lp» ;; «QHS|Frq>lp» ;; Due - pass to night RN
2100 ;; «Restoril|Drug:rs:disc» «15 mg|Str>rs» «capsule|Frm>rs» ;; «1|Dos>rs» ;; «PO|Rte>rs» ;; «QHS PRN|Frq>rs» ;; D/C'd 1500 per pharmacy (Beers, fall risk)

Respiratory: O2 2 L/min via NC, titrate SpO2 88-92%. Incentive spirometer q1h while awake.

Nursing notes:
0905 - Approx 20 min into «Rocephin|Drug:rc2» infusion pt c/o «itching|ADE>rc2» and noted «urticaria|ADE>rc2» on chest and neck. Infusion stopped, VS stable, no stridor. Dr. Pham at bedside.
0915 - «hydroxyzine|Drug:hx» «25 mg|Str>hx» «PO|Rte>hx» «once|Frq>hx» given for «pruritus|Rsn>hx» per order. «Rocephin|Drug:rc3:disc» discontinued; pharmacy updating allergy list. Continue «Zithromax|Drug» alone pending ID input.
1010 - Skin findings improving. Pt ate 75% of lunch. Reports 2 loose stools; C. diff not ordered at this time.
1430 - HR 96-110 after «Cardizem|Drug». BP 102/64. Dr. Pham aware; will hold «metroprolol|Drug:mt2:disc» again if SBP < 95.
