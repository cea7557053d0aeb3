DERMATOLOGY CLINIC - RETURN VISIT
24F with moderate inflammatory acne, atopic dermatitis (face, hands, flexures) and seborrheic dermatitis of scalp. Fitzpatrick IV.
Allergies: «neomycin|Drug:nm» («allergic contact dermatitis|ADE>nm», + patch test 2023)

Prior therapy:
- «minocycline|Drug:mn:disc» «100 mg|Str>mn» «BID|Frq>mn» x 3 months in 2024 - stopped for «blue-gray hyperpigmentation|ADE>mn» of shins and «dizziness|ADE>mn»
- «Aczone|Drug:az:disc» «7.5%|Str>az» «gel|Frm>az» - stopped, ineffective
- «Yaz|Drug:yz» «1|Dos>yz» «tab|Frm>yz» «PO|Rte>yz» «daily|Frq>yz» (continues, for «contraception|Rsn>yz» and «hormonal acne|Rsn>yz»)

Current topical regimen:
1. «tretinoin|Drug:tr» «0.05%|Str>tr» «cream|Frm>tr» - pea-sized amount «topically|Rte>tr» to whole face «qhs|Frq>tr»
2. «Epiduo Forte|Drug:ep» «gel|Frm>ep» «every morning|Frq>ep» - causing «dryness and peeling|ADE>ep» of cheeks
3. «benzoyl peroxide|Drug:bp» «5%|Str>bp» «foam|Frm>bp» wash «daily|Frq>bp» in shower (chest/back)
4. «Elidel|Drug:el» «1%|Str>el» «cream|Frm>el» «BID|Frq>el» for «eyelid dermatitis|Rsn>el»
5. «ketoconazole|Drug:kc» «2%|Str>kc» «shampoo|Frm>kc» «twice weekly|Frq>kc» for «seb derm|Rsn>kc»; leave on 5 min
Systemic: «Dupixent|Drug:dp1» «300 mg|Str>dp1» «pen|Frm>dp1» «SC|Rte>dp1» «every 2 weeks|Frq>dp1» for «atopic dermatitis|Rsn>dp1» (loading «600 mg|Str>dp0» of «Dupixent|Drug:dp0» on 4/2). «Atarax|Drug:at» «25 mg|Str>at» «qhs prn|Frq>at» «itch|Rsn>at».

Exam: scattered inflammatory papules and pustules on cheeks/jaw, few open comedones. Hands: lichenified plaques with fissures on dorsal hands, honey-colored crust on L index finger. Bilateral mild conjunctival injection.

ASSESSMENT / PLAN:
1. Acne - partial response. Decrease «Epiduo Forte|Drug:ep2» to «every other morning|Frq>ep2» given irritation; continue «tretinoin|Drug»; moisturize. Pt not ready to start «Absorica|Drug:ab:neg»; iPLEDGE requirements reviewed.
2. Hand eczema flare with secondary impetiginization: «clobetasol|Drug:cb» «0.05%|Str>cb» «ointment|Frm>cb» «BID|Frq>cb» «x 2 weeks|Dur>cb», then «weekends only|Frq>cb» for «hand eczema|Rsn>cb». «mupirocin|Drug:mu» «2%|Str>mu» «ointment|Frm>mu» «TID|Frq>mu» «x 7 days|Dur>mu» to crusted area for «impetigo|Rsn>mu». Do not use «Neosporin|Drug:neo:neg» (contact allergy, see above).
3. Mild «conjunctivitis|ADE>dp2» attributed to «Dupixent|Drug:dp2»: continue «Dupixent|Drug:dp3»; start «olopatadine|Drug:op» «0.1%|Str>op» «1 drop|Dos>op» «OU|Rte>op» «BID|Frq>op». Ophtho referral if not improved in 4 weeks.
4. Face: «Elidel|Drug» OK to continue; no «topical steroids|Drug:ts:neg» on eyelids.
5. Seb derm: continue «ketoconazole|Drug»; add «desonide|Drug:ds» «0.05%|Str>ds» «lotion|Frm>ds» «daily|Frq>ds» to scalp «x 1 week|Dur>ds» for flares.
RTC 8 weeks. Photos taken for comparison.
