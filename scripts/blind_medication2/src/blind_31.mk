CLINICAL PHARMACY CONSULT - ANTICOAGULATION AND RENAL DOSE REVIEW
Requested by: Hospital Medicine (Dr. Salgado). Reason: INR 3.9 after a new azole was started; renal dosing review.
Pt: 70M, 84 kg, SCr 2.1 (baseline 1.4); est CrCl 34 mL/min (Cockcroft-Gault, actual wt). Admitted 7/8 with HCAP; esophageal candidiasis on EGD 7/10.
Allergies: «Keflex|Drug:kf» (mild «rash|ADE>kf»)

Active orders reviewed:
1. «Coumadin|Drug:cm1» «5 mg|Str>cm1» «PO|Rte>cm1» «daily|Frq>cm1» for «mechanical mitral valve|Rsn>cm1» (INR goal 2.5-3.5). INR 2.8 -> 3.9 in 48 h.
2. «fluconazole|Drug:fc1» «400 mg|Str>fc1» «PO|Rte>fc1» «daily|Frq>fc1» for «esophageal candidiasis|Rsn>fc1», day 2 of «14|Dur>fc1»
3. «Zosyn|Drug:zs1» «4.5 g|Str>zs1» «IV|Rte>zs1» «q6h|Frq>zs1» for «HCAP|Rsn>zs1», day 4
4. «Neurontin|Drug:nt1» «600 mg|Str>nt1» «PO|Rte>nt1» «TID|Frq>nt1» (home) for «diabetic neuropathy|Rsn>nt1» - RN reports pt «drowsy|ADE>nt1» and «unsteady|ADE>nt1» since admission
5. «Pepcid|Drug:pp1» «20 mg|Str>pp1» «IV|Rte>pp1» «BID|Frq>pp1»
6. «Tessalon|Drug:ts» «100 mg|Str>ts» «perles|Frm>ts» «TID prn|Frq>ts» «cough|Rsn>ts»

Assessment:
- «Supratherapeutic INR|ADE>cm2,fc2» due to CYP2C9 inhibition of «Coumadin|Drug:cm2» by «fluconazole|Drug:fc2»; no bleeding. «DOACs|Drug:doac:neg» contraindicated (mechanical valve). No bridging with «enoxaparin|Drug:en:neg» needed.
- CrCl 34: current «Zosyn|Drug» and «Neurontin|Drug» doses exceed renal recommendations; «Neurontin|Drug:nt3» accumulation likely explains the «sedation|ADE>nt3».

Recommendations:
1. Hold «Coumadin|Drug:cm3:disc» tonight. Resume «Coumadin|Drug:cm4» 7/13 at «2.5 mg|Str>cm4» «daily|Frq>cm4» while on «fluconazole|Drug» (reduce weekly dose ~30-40%); daily INR. No «phytonadione|Drug:vk:neg» unless INR > 9 or bleeding.
2. Decrease «fluconazole|Drug:fc3» to «200 mg|Str>fc3» «daily|Frq>fc3» after today's dose, per CrCl < 50, to complete «14 days|Dur>fc3».
3. Change «Zosyn|Drug:zs2» to «3.375 g|Str>zs2» «IV|Rte>zs2» «q8h|Frq>zs2» extended infusion «over 4 hours|Dur>zs2».
4. Reduce «Neurontin|Drug:nt2» to «300 mg|Str>nt2» «BID|Frq>nt2»; reassess mental status in 24-48 h.
5. «Pepcid|Drug:pp2» to «20 mg|Str>pp2» «daily|Frq>pp2» (renal).
6. Avoid adding «Flagyl|Drug:fg:neg» or «TMP-SMX|Drug:tmp:neg» (further INR rise).
Will follow daily. Pharmacist: M. Tran, PharmD, BCPS. Discussed with primary team.
