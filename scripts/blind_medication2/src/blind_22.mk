OTOLARYNGOLOGY CLINIC - NEW PATIENT
45M with CRS with nasal polyps, asthma and reported reactions to OTC pain relievers, c/w AERD. Also R ear pain x 5 days after swimming.
ALLERGIES/INTOLERANCES: «salicylates|Drug:sl» - «bronchospasm|ADE>sl», «nasal congestion|ADE>sl»; «Medrol Dosepak|Drug:mdp» - «insomnia|ADE>mdp», «mood swings|ADE>mdp»

Current medications:
- «Nasacort|Drug:nc1» «55 mcg|Str>nc1» «2 sprays|Dos>nc1» «each nostril|Rte>nc1» «daily|Frq>nc1»
- «azelastine|Drug:az» «137 mcg|Str>az» «1 spray|Dos>az» «per nostril|Rte>az» «BID|Frq>az» for «postnasal drip|Rsn>az»
- «Singulair|Drug:sg» «10 mg|Str>sg» «PO|Rte>sg» «qhs|Frq>sg»
- «Symbicort|Drug:sb» «160/4.5 mcg|Str>sb» «inhaler|Frm>sb» «2 puffs|Dos>sb» «BID|Frq>sb» for «asthma|Rsn>sb»
- «Afrin|Drug:af:disc» - used «BID|Frq>af» for ~6 months, stopped 2 wks ago on PCP advice due to «rebound congestion|ADE>af»
- «Debrox|Drug:db» «6.5%|Str>db» «drops|Frm>db»: «5 drops|Dos>db» «AU|Rte>db» «BID|Frq>db» «x 4 days|Dur>db» (last week, for «cerumen|Rsn>db»)

Exam: bilateral grade 3 polyps, purulence L middle meatus. R EAC edematous, tender tragus, debris; TM intact. L ear clear after cleaning. Throat: erythematous, mild tonsillar edema.
CT sinus: pansinus opacification (Lund-Mackay 19).

ASSESSMENT / PLAN:
1. CRSwNP / AERD: stop «Nasacort|Drug:nc2:disc» and start «budesonide|Drug:bu» «0.5 mg/2 mL|Str>bu» «respule|Frm>bu» - add «1|Dos>bu» «respule|Frm>bu» to 240 mL saline rinse and irrigate «nasally|Rte>bu» «BID|Frq>bu». Continue «azelastine|Drug» and «Singulair|Drug». Pre-op: «methylprednisolone|Drug:mp» «32 mg|Str>mp» «PO|Rte>mp» «daily|Frq>mp» «x 5 days|Dur>mp» before FESS; take in AM to limit sleep disturbance.
2. Acute bacterial sinusitis: «cefuroxime|Drug:cf» «500 mg|Str>cf» «1|Dos>cf» «tablet|Frm>cf» «PO|Rte>cf» «BID|Frq>cf» «x 10 days|Dur>cf» for «sinusitis|Rsn>cf».
3. Acute otitis externa R: aural toilet done. «Ciprodex|Drug:cd» «0.3%/0.1%|Str>cd» «suspension|Frm>cd»: «4 drops|Dos>cd» «in R ear|Rte>cd» «BID|Frq>cd» «x 7 days|Dur>cd» for «otitis externa|Rsn>cd». Keep ear dry. No «Cortisporin|Drug:cs:neg» (ototoxicity risk if TM integrity uncertain).
4. Ear pain: «Celebrex|Drug:cx» «200 mg|Str>cx» «PO|Rte>cx» «BID prn|Frq>cx» «ear pain|Rsn>cx» (COX-2 selective, tolerated in AERD). Avoid «Bayer|Drug:by:neg» and «Midol|Drug:mi:neg».
5. Sore throat from mouth breathing: «Cepacol|Drug:cp» «lozenges|Frm>cp» «q2h prn|Frq>cp» «sore throat|Rsn>cp»; «Magic Mouthwash|Drug:mm» «10 mL|Dos>mm» «swish and spit|Rte>mm» «QID prn|Frq>mm».
6. Asthma: continue «Symbicort|Drug». Discussed biologic: will start «Nucala|Drug:nu» «100 mg|Str>nu» «SC|Rte>nu» «every 4 weeks|Frq>nu» for «nasal polyps|Rsn>nu» once approved.
Surgery (FESS + polypectomy) scheduled 8/14.
