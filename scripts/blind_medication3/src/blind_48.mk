Discharge Summary - CARDIOLOGY (CCU)
Allergies: «Vasotec|Drug:vt» («angioedema|ADE>vt»); «Lescol XL|Drug:lx» («myalgias|ADE>lx», CK 900)
Chief Complaint: chest pain   Major Procedure: cardiac catheterization with DES x 1 to proximal RCA
History of Present Illness: 61M smoker (40 pk-yr), T2DM (new), HTN, statin intolerance, p/w 2 h of crushing substernal chest pain; inferior STEMI on EKG.
Brief Hospital Course:
# Inferior STEMI: loaded with «Effient|Drug:ef» «60 mg|Str>ef» «PO|Rte>ef» «once|Frq>ef» and «Aspirin EC|Drug:a0» «325 mg|Str>a0» «PO|Rte>a0»; «bivalirudin|Drug:bv» «0.75 mg/kg|Str>bv» bolus then «1.75 mg/kg/hr|Dos>bv» during PCI. Peak trop T 4.2. TTE: EF 45%, inferior hypokinesis. «Tiazac|Drug:tz:disc» «240 mg|Str>tz» (home) stopped - non-DHP CCB with reduced EF; replaced by «nebivolol|Drug:nb0».
# Hyperlipidemia, statin intolerant (LDL 168): started «Repatha SureClick|Drug:rp» and «Nexletol|Drug:nx0» per lipid clinic.
# T2DM (A1c 7.4): started «Rybelsus|Drug:rb» «3 mg|Str>rb» «daily|Frq>rb» «for 30 days|Dur>rb», then increase to «7 mg|Str>rb».
# GI: «nausea|ADE>ms» and «vomiting|ADE>ms» with «MSO4|Drug:ms» on admission; no further «opioids|Drug:op:neg».

Discharge Medications:
1. «Aspirin EC|Drug:a1» «81 mg|Str>a1» «Tablet, Delayed Release (E.C.)|Frm>a1» Sig: «One (1)|Dos>a1» «Tablet, Delayed Release (E.C.)|Frm>a1» «PO|Rte>a1» «DAILY (Daily)|Frq>a1».
2. «Prasugrel|Drug:pg» «10 mg|Str>pg» «Tablet|Frm>pg» Sig: «One (1)|Dos>pg» «Tablet|Frm>pg» «PO|Rte>pg» «DAILY (Daily)|Frq>pg» «for 12 months|Dur>pg».
3. «Nebivolol|Drug:nb» «5 mg|Str>nb» «Tablet|Frm>nb» Sig: «One (1)|Dos>nb» «Tablet|Frm>nb» «PO|Rte>nb» «DAILY (Daily)|Frq>nb».
4. «Candesartan|Drug:cs» «4 mg|Str>cs» «Tablet|Frm>cs» Sig: «One (1)|Dos>cs» «Tablet|Frm>cs» «PO|Rte>cs» «DAILY (Daily)|Frq>cs».
5. «Bempedoic Acid|Drug:ba» «180 mg|Str>ba» «Tablet|Frm>ba» Sig: «One (1)|Dos>ba» «Tablet|Frm>ba» «PO|Rte>ba» «DAILY (Daily)|Frq>ba».
6. «Evolocumab|Drug:ev» «140 mg/mL|Str>ev» «Pen Injector|Frm>ev» Sig: «One (1)|Dos>ev» «Pen Injector|Frm>ev» «Subcutaneous|Rte>ev» «Q2WEEKS (every 2 weeks)|Frq>ev» for «hyperlipidemia|Rsn>ev».
7. «Nitrolingual|Drug:nl» «0.4 mg/spray|Str>nl» «Spray, Non-Aerosol|Frm>nl» Sig: «One (1)|Dos>nl» «Spray|Frm>nl» «Sublingual|Rte>nl» «Q5MIN PRN (as needed)|Frq>nl» as needed for «chest pain|Rsn>nl».
8. «Dexlansoprazole|Drug:dx» «60 mg|Str>dx» «Capsule, Delayed Release|Frm>dx» Sig: «One (1)|Dos>dx» «Capsule, Delayed Release|Frm>dx» «PO|Rte>dx» «DAILY (Daily)|Frq>dx» for «GI prophylaxis on DAPT|Rsn>dx».
9. «Semaglutide|Drug:sg» «3 mg|Str>sg» «Tablet|Frm>sg» Sig: «One (1)|Dos>sg» «Tablet|Frm>sg» «PO|Rte>sg» «DAILY (Daily) 30 minutes before first food|Frq>sg» «for 30 days|Dur>sg».
10. «Nicotrol|Drug:nc» «10 mg|Str>nc» «Cartridge|Frm>nc» Sig: «One (1)|Dos>nc» «cartridge|Frm>nc» «Inhalation|Rte>nc» «Q2H (every 2 hours) as needed|Frq>nc» for «nicotine craving|Rsn>nc».

Discontinued Medications:
- «Tiazac|Drug:tz2:disc» «240 mg|Str>tz2» «Capsule, ER|Frm>tz2» - STOP.
- «Mobic|Drug:mb:disc» «7.5 mg|Str>mb» - STOP; avoid NSAID pain relievers after a heart attack.
Do not use «Viagra|Drug:vg:neg» or «Levitra|Drug:lv:neg» within 24-48 h of «Nitrolingual|Drug».
Discharge Condition: stable, ambulating. Follow-up: cardiology 2 wks, cardiac rehab referral, lipid clinic 6 wks.
