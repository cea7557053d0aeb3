Discharge Summary (excerpt) - Ortho
Pt s/p R TKA, course c/b «urinary retention|ADE>hy» on «hydrocodone|Drug:hy» POD1, now voiding. Pain regimen on d/c: «Nucynta|Drug:nu» «50 mg|Str>nu» «1|Dos>nu» «tab|Frm>nu» «PO|Rte>nu» «q6h PRN|Frq>nu» «moderate-severe pain|Rsn>nu» «x 7 days|Dur>nu»; «nabumetone|Drug:nb» «500 mg|Str>nb» «BID with food|Frq>nb».
«Fondaparinux|Drug:fx» «2.5 mg|Str>fx» «SC|Rte>fx» «daily|Frq>fx» «x 14 days|Dur>fx» for «DVT prophylaxis|Rsn>fx». «Peri-Colace|Drug:pc» «2|Dos>pc» «tabs|Frm>pc» «qhs|Frq>pc» while on «Nucynta|Drug:nu2».
