HIV PRIMARY CARE - ID CLINIC FOLLOW-UP
38M, HIV dx 2012 (nadir CD4 88, PCP at dx), chronic HBV coinfection (HBsAg+, HBV DNA undetectable). CD4 612 (32%), HIV VL < 20 copies/mL x 4 years. HLA-B*5701 positive.

ART history:
- «Atripla|Drug:at:disc» 2012-2016: stopped for «vivid dreams|ADE>at» and «dizziness|ADE>at»
- «Reyataz|Drug:rz:disc» + «Norvir|Drug:nv:disc» + «Truvada|Drug:tv:disc» 2016-2019: «scleral icterus|ADE>rz2» from «indirect hyperbilirubinemia|ADE>rz2» on «Reyataz|Drug:rz2» - switched
- «TMP-SMX DS|Drug:ts:disc» «daily|Frq>ts» for «PJP prophylaxis|Rsn>ts», stopped 2013 once CD4 > 200
- «abacavir|Drug:ab:neg» - never to be given (HLA-B*5701 positive)

CURRENT MEDICATIONS:
- «Biktarvy|Drug:bk» «50/200/25 mg|Str>bk» «1|Dos>bk» «tab|Frm>bk» «PO|Rte>bk» «daily|Frq>bk» for «HIV|Rsn>bk» and «HBV|Rsn>bk» (since 2019)
- «Valtrex|Drug:vt» «500 mg|Str>vt» «PO|Rte>vt» «BID|Frq>vt» for «HSV suppression|Rsn>vt»
- «pitavastatin|Drug:pt» «2 mg|Str>pt» «daily|Frq>pt» for «ASCVD prevention|Rsn>pt»
- «sildenafil|Drug:sd» «50 mg|Str>sd» «PO|Rte>sd» «prn 1 hr before sex|Frq>sd» for «ED|Rsn>sd»
- «Nicorette|Drug:nc» «4 mg|Str>nc» «gum|Frm>nc» «q1-2h prn|Frq>nc» «cravings|Rsn>nc»
- «Mylanta|Drug:my» «20 mL|Dos>my» «PO|Rte>my» «prn|Frq>my» «heartburn|Rsn>my» - take at least 2 h after «Biktarvy|Drug»
Substance use: «crystal meth|Drug:cm» «smoked|Rte>cm» «1-2x/month|Frq>cm»; «poppers|Drug:pp» «occasionally|Frq>pp»; EtOH 6 drinks/wk. Counseled: never combine «poppers|Drug» with «sildenafil|Drug».

ASSESSMENT / PLAN:
1. HIV/HBV - suppressed, adherent (missed 1 dose/month). Continue «Biktarvy|Drug»; do NOT stop without ID input (HBV flare risk). Labs q6 months.
2. STI prevention: RPR 1:32 (was NR 1/2024), no symptoms - «latent syphilis|Rsn>bc»: «Bicillin L-A|Drug:bc» «2.4 million units|Dos>bc» «IM|Rte>bc» «weekly|Frq>bc» «x 3 weeks|Dur>bc», dose 1 today. Start «doxy|Drug:dx» «200 mg|Str>dx» «PO|Rte>dx» «within 72 h after condomless sex|Frq>dx» for «STI prophylaxis|Rsn>dx».
3. Vaccines today: «Jynneos|Drug:jy» «0.1 mL|Dos>jy» «intradermally|Rte>jy» (dose 2) and «Bexsero|Drug:bx» «0.5 mL|Dos>bx» «IM|Rte>bx». Declined «Gardasil 9|Drug:gd:neg» today; will reconsider.
4. Tobacco: continue «Nicorette|Drug»; add «Nicoderm CQ|Drug:nd» «14 mg/24 hr|Str>nd» «patch|Frm>nd» «daily|Frq>nd»; pt declines «bupropion|Drug:bp:neg» for now.
5. Stimulant use: harm reduction counseling; «RiVive|Drug:rv» «3 mg|Str>rv» «nasal|Rte>rv» «spray|Frm>rv» dispensed, «prn|Frq>rv» for «opioid overdose|Rsn>rv» (contaminated supply).
RTC 3 months; PrEP counseling for partner provided (partner to see own PCP).
