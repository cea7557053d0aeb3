PEDIATRIC URGENT CARE NOTE
4 yo M, wt 18 kg. CC: fever to 102.8 F and L ear pain x 2 days, 1 episode of emesis today.
PMH: eczema, seasonal allergies. Immunizations up to date through 18 months.
Meds: «Zyrtec|Drug:zy» «5 mg|Str>zy» «PO|Rte>zy» «daily|Frq>zy» for «allergic rhinitis|Rsn>zy»; «hydrocortisone|Drug:hc» «1%|Str>hc» «cream|Frm>hc» «topically|Rte>hc» «BID prn|Frq>hc» for «eczema|Rsn>hc»
Allergies: NKDA. Mom notes bad «diarrhea|ADE>au» and «diaper rash|ADE>au» with «augmentin|Drug:au» last winter.
Exam: T 38.9 C, HR 132. Bulging erythematous L TM with purulent effusion; R TM normal. Lungs clear.
Dx: acute otitis media, left.

Plan:
- «amoxicillin|Drug:am» «90 mg/kg/day|Str>am» divided «BID|Frq>am»: «400 mg/5 mL|Str>am» «suspension|Frm>am», give «10 mL|Dos>am» «PO|Rte>am» «BID|Frq>am» «x 10 days|Dur>am» for «AOM|Rsn>am»
- «Tylenol|Drug:ty» «160 mg/5 mL|Str>ty» «susp|Frm>ty» «8.5 mL|Dos>ty» («15 mg/kg|Str>ty») «PO|Rte>ty» «q6h prn|Frq>ty» «fever|Rsn>ty»
- «Motrin|Drug:mo» «100 mg/5 mL|Str>mo» «9 mL|Dos>mo» «PO|Rte>mo» «q6-8h prn|Frq>mo» «ear pain|Rsn>mo», may alternate with «Tylenol|Drug»
- Given «Zofran|Drug:zf» «2 mg|Str>zf» «ODT|Frm>zf» «once|Frq>zf» in clinic for «vomiting|Rsn>zf»; passed PO challenge.
- «triamcinolone|Drug:tc» «0.1%|Str>tc» «ointment|Frm>tc» «BID|Frq>tc» «x 7 days|Dur>tc» to trunk for «eczema flare|Rsn>tc», then back to «hydrocortisone|Drug:hc2» «prn|Frq>hc2»
- 4-year vaccines («DTaP|Drug:v1:neg», «IPV|Drug:v2:neg», «MMR|Drug:v3:neg», «varicella|Drug:v4:neg») deferred today due to fever; RTC in 2 weeks for vaccines and ear recheck.
Return precautions reviewed: if still febrile after 48-72 hrs on «amoxicillin|Drug», return for re-evaluation.
