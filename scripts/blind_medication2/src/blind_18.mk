CARDIOLOGY CLINIC - HEART FAILURE GDMT TITRATION VISIT
59M nonischemic cardiomyopathy, EF 25% (TTE 2/2025), NYHA II-III, primary-prevention ICD, paroxysmal AF. Self-identifies as Black.
Vitals: BP 112/70, HR 74 (sinus), wt 94.1 kg (down 1.2 kg). Labs 1 wk ago: K 4.6, Cr 1.3, eGFR 62.

History of regimen: «enalapril|Drug:en0:disc» stopped 12/2024 with 36-hr washout, then «Entresto|Drug:es0» started at «24/26 mg|Str>es0» «BID|Frq>es0»; uptitrated once in 3/2025. «Aldactone|Drug:al0:disc» «25 mg|Str>al0» «daily|Frq>al0» was stopped 1/2025 after «hyperkalemia|ADE>al0» (K 6.1).

Current medications (reconciled with pill bottles):
- «Entresto|Drug:es1» «49/51 mg|Str>es1» «1|Dos>es1» «tab|Frm>es1» «PO|Rte>es1» «BID|Frq>es1»
- «Toprol XL|Drug:tx1» «50 mg|Str>tx1» «PO|Rte>tx1» «daily|Frq>tx1»
- «Farxiga|Drug:fx» «10 mg|Str>fx» «qAM|Frq>fx»
- «Lasix|Drug:lx1» «40 mg|Str>lx1» «1.5|Dos>lx1» «tabs|Frm>lx1» «qAM|Frq>lx1»; extra «1|Dos>lx1» «tab|Frm>lx1» «prn|Frq>lx1» «weight gain|Rsn>lx1» > 2 lb/day (uses about twice a month)
- «BiDil|Drug:bd» «20/37.5 mg|Str>bd» «1|Dos>bd» «tablet|Frm>bd» «TID|Frq>bd»
- «ivabradine|Drug:iv» «5 mg|Str>iv» «BID|Frq>iv» for «persistent sinus tachycardia|Rsn>iv»
- «Pradaxa|Drug:px» «150 mg|Str>px» «capsule|Frm>px» «BID|Frq>px» for «stroke prevention in AF|Rsn>px»
- «Crestor|Drug:cs» «20 mg|Str>cs» «qhs|Frq>cs»
- «Zetia|Drug:zt» «10 mg|Str>zt» «daily|Frq>zt»

Symptoms: walks 2 blocks before dyspnea, 1-pillow orthopnea, no PND. Notes brief «flashes of light|ADE>iv2» in dim rooms since «ivabradine|Drug:iv2» started; not bothersome. Mild «lightheadedness|ADE>bd2» on standing for 1-2 h after each «BiDil|Drug:bd2» dose.

ASSESSMENT / PLAN:
1. HFrEF - BP and K allow titration. Increase «Entresto|Drug:es2» to «97/103 mg|Str>es2» «1|Dos>es2» «tablet|Frm>es2» «twice daily|Frq>es2» (target dose). Next visit: increase «Toprol XL|Drug:tx2» to «100 mg|Str>tx2» «daily|Frq>tx2» if HR > 70.
2. MRA: will not re-challenge «Aldactone|Drug:al1:neg» (see history above); K 4.6 on current «Entresto|Drug» dose.
3. Volume: euvolemic, wt down. Decrease «Lasix|Drug:lx3» to «40 mg|Str>lx3» «once daily|Frq>lx3»; keep prn dose.
4. AF: in sinus. Continue «Pradaxa|Drug» (CrCl > 50). «Multaq|Drug:mq:neg» is contraindicated with EF 25% - do not use. No «Lanoxin|Drug:dg:neg» needed at this time.
5. Orthostasis: take «BiDil|Drug:bd3» «with meals|Frq>bd3»; recheck orthostatic vitals in 2 weeks.
6. Continue «Farxiga|Drug», «Crestor|Drug», «Zetia|Drug». BMP in 1 week after «Entresto|Drug» increase.
RTC 4 weeks (HF nurse titration clinic).
