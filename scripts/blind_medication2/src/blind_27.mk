INFECTIOUS DISEASES - OPAT CLINIC NOTE
48M, wt 96 kg (IBW 75 kg), MRSA prosthetic joint infection L knee s/p DAIR with poly exchange 5/12. R basilic single-lumen PICC placed 5/14. Baseline CrCl ~85 mL/min.
Allergies: «nafcillin|Drug:nf» - «acute interstitial nephritis|ADE>nf» (2021)

Course: Started «vanc|Drug:va1» «25 mg/kg|Str>va1» «IV|Rte>va1» load, then «15 mg/kg|Str>va1» ≈ «1,500 mg|Str>va1» «IV|Rte>va1» «q12h|Frq>va1» via PICC, pharmacy-to-dose (AUC goal 400-600). Early «flushing and pruritus of face/neck|ADE>va1» resolved by slowing each infusion to «over 2 hours|Dur>va1».
On 6/2 Cr rose 0.9 -> 1.7 («AKI|ADE>va2»), attributed to «vanc|Drug:va2»; «vanc|Drug:va3:disc» stopped 6/3 and changed to «daptomycin|Drug:dp1».

Current OPAT regimen:
- «daptomycin|Drug:dp2» «8 mg/kg|Str>dp2» (= «750 mg|Str>dp2») «IV|Rte>dp2» «q24h|Frq>dp2» via PICC «x 6 weeks|Dur>dp2» total (through 6/23) for «MRSA PJI|Rsn>dp2»
- «rifampin|Drug:rf» «300 mg|Str>rf» «1|Dos>rf» «capsule|Frm>rf» «PO|Rte>rf» «BID|Frq>rf» for «retained hardware|Rsn>rf» - orange urine expected
- «normal saline|Drug:ns» «10 mL|Dos>ns» «IV|Rte>ns» «before and after each dose|Frq>ns» (PICC flush)
- «Florastor|Drug:fs» «250 mg|Str>fs» «1|Dos>fs» «capsule|Frm>fs» «BID|Frq>fs»
- «escitalopram|Drug:es» «10 mg|Str>es» «daily|Frq>es» for «depression|Rsn>es»
- «enoxaparin|Drug:en» «100 mg|Str>en» «SC|Rte>en» «q12h|Frq>en» for «provoked DVT|Rsn>en» - replaced «rivaroxaban|Drug:rv:disc» because of the interaction with «rifampin|Drug»
Held: «Zocor|Drug:zc:disc» «20 mg|Str>zc» while on «daptomycin|Drug» (CK monitoring).

Weekly labs: CBC/diff, BMP, CK, ESR/CRP. 6/9: WBC 6.1, eos 4%, Cr 1.1, CK 140, CRP 2.1 (from 18).

ASSESSMENT / PLAN:
1. MRSA PJI: improving, incision healed, knee effusion smaller. Continue «daptomycin|Drug» + «rifampin|Drug» through 6/23, then oral suppression with «doxy|Drug:dx» «100 mg|Str>dx» «PO|Rte>dx» «BID|Frq>dx» «indefinitely|Dur>dx» plus «rifampin|Drug:rf2» «x 3 months|Dur>rf2». Not using «linezolid|Drug:lz:neg» for step-down (serotonergic interaction with «escitalopram|Drug»).
2. Renal: Cr back to 1.1. No «vanc|Drug:va4:neg» re-challenge - add to intolerance list.
3. Oral thrush this week: «Diflucan|Drug:dfl» «150 mg|Str>dfl» «PO|Rte>dfl» «once|Frq>dfl» for «oral candidiasis|Rsn>dfl»; note interaction with «rifampin|Drug» lowers levels - may need a repeat dose.
4. PICC: remove after last «daptomycin|Drug» dose 6/23.
5. Resume «Zocor|Drug» 1 week after «daptomycin|Drug» ends.
RTC 2 weeks / weekly OPAT RN visits.
