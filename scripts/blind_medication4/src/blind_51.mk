ED NOTE: 34F w/ diffuse «hives|ADE>sep» and «lip swelling|ADE>sep» ~1 hr after 2nd dose of «Septra DS|Drug:sep» (rx'd by urgent care for «cystitis|Rsn>sep»). No stridor.
Rx: «adrenaline|Drug:ad» «0.3 mg|Str>ad» «IM|Rte>ad» «x1|Frq>ad», «methylpred|Drug:mp» «125 mg|Str>mp» «IV|Rte>mp», «loratadine|Drug:lo» «10 mg|Str>lo» «PO|Rte>lo». Sx resolved over 2 h.
Dispo: «Septra|Drug:sep2:disc» d/c'd. Switched to «Monurol|Drug:mo» «3 g|Str>mo» «PO|Rte>mo» «once|Frq>mo». Allergy list updated: «sulfonamides|Drug:sf» («urticaria|ADE>sf»).
