DISCHARGE SUMMARY - CARDIOLOGY SERVICE

Discharge Diagnoses: NSTEMI s/p DES to mid LAD; acute on chronic systolic CHF (EF 35%); HLD

Discharge Medications:
1. «Aspirin|Drug:asa» «81 mg|Str>asa» «Tablet, Chewable|Frm>asa» Sig: «One (1)|Dos>asa» «Tablet, Chewable|Frm>asa» «PO|Rte>asa» «DAILY|Frq>asa».
2. «Clopidogrel|Drug:clop» «75 mg|Str>clop» «Tablet|Frm>clop» Sig: «One (1)|Dos>clop» «Tablet|Frm>clop» «PO|Rte>clop» «DAILY|Frq>clop» «for 12 months|Dur>clop».
3. «Atorvastatin|Drug:ator» «80 mg|Str>ator» «Tablet|Frm>ator» Sig: «One (1)|Dos>ator» «Tablet|Frm>ator» «PO|Rte>ator» «at bedtime|Frq>ator».
4. «Carvedilol|Drug:carv» «6.25 mg|Str>carv» «Tablet|Frm>carv» Sig: «One (1)|Dos>carv» «Tablet|Frm>carv» «PO|Rte>carv» «BID with meals|Frq>carv».
5. «Furosemide|Drug:furo» «40 mg|Str>furo» «Tablet|Frm>furo» Sig: «One (1)|Dos>furo» «Tablet|Frm>furo» «PO|Rte>furo» «once a day|Frq>furo».
6. «Potassium Chloride|Drug:kcl» «20 mEq|Str>kcl» «Tablet, ER|Frm>kcl» Sig: «One (1)|Dos>kcl» «Tablet, ER|Frm>kcl» «PO|Rte>kcl» «once a day|Frq>kcl» while taking «furosemide|Drug».
7. «Nitroglycerin|Drug:ntg» «0.4 mg|Str>ntg» «Tablet, Sublingual|Frm>ntg» Sig: «One (1)|Dos>ntg» «tablet|Frm>ntg» «Sublingual|Rte>ntg» «q5min PRN|Frq>ntg» «chest pain|Rsn>ntg». Max 3 tablets in 15 minutes; call 911 if pain persists.
8. «Pantoprazole|Drug:pan» «40 mg|Str>pan» «Tablet, Delayed Release|Frm>pan» Sig: «One (1)|Dos>pan» «Tablet, Delayed Release|Frm>pan» «PO|Rte>pan» «Q24H|Frq>pan» for «GI prophylaxis|Rsn>pan».
9. «Eplerenone|Drug:epl» «25 mg|Str>epl» «Tablet|Frm>epl» Sig: «One (1)|Dos>epl» «Tablet|Frm>epl» «PO|Rte>epl» «DAILY|Frq>epl».
10. «Ezetimibe|Drug:eze» «10 mg|Str>eze» «Tablet|Frm>eze» Sig: «One (1)|Dos>eze» «Tablet|Frm>eze» «PO|Rte>eze» «DAILY|Frq>eze» for «hyperlipidemia|Rsn>eze».

Medications STOPPED this admission:
- «Naproxen|Drug:nap:disc» «500 mg|Str>nap» «BID prn|Frq>nap» - please do NOT take «NSAIDs|Drug:n1:neg» («Advil|Drug:n2:neg», «Aleve|Drug:n3:neg») with your heart disease and «clopidogrel|Drug».
- «Amlodipine|Drug:aml:disc» «5 mg|Str>aml» «daily|Frq>aml» - stopped, BP low-normal on «carvedilol|Drug».
- «Metoprolol tartrate|Drug:met:disc» «25 mg|Str>met» «BID|Frq>met» - switched to «carvedilol|Drug».

Follow-up: Cardiology clinic in 1-2 weeks. BMP in 1 week to check K and Cr on «eplerenone|Drug».
Diet: 2 g sodium, 1.5 L fluid restriction. Daily weights; call if up 3 lb in a day.
