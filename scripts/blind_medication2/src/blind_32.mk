TRANSITIONS OF CARE - DISCHARGE MEDICATION RECONCILIATION
65M admitted 7/20-7/25 with ADHF (EF 35%, new) and NSTEMI, medically managed (cath: diffuse distal disease, not PCI-amenable). T2DM, CKD 3b (eGFR 38), GERD, chronic low back pain.
Reconciled by: J. Whitfield, RN, with pharmacy. Sources: pt, wife, pharmacy fill history, PCP list.

Medication ;; Before admission ;; At discharge ;; Change / reason
«furosamide|Drug:fu» ;; «20 mg|Str>fu» «PO|Rte>fu» «daily|Frq>fu» ;; «40 mg|Str>fu» «PO|Rte>fu» «BID|Frq>fu» ;; CHANGED - «volume overload|Rsn>fu»
«Brilinta|Drug:br» ;; - ;; «90 mg|Str>br» «PO|Rte>br» «BID|Frq>br» «x 12 months|Dur>br» ;; NEW - «NSTEMI|Rsn>br»
«Plavix|Drug:pl:disc» ;; «75 mg|Str>pl» «daily|Frq>pl» ;; - ;; STOPPED - replaced by «Brilinta|Drug»
«Ecotrin|Drug:ec» ;; «325 mg|Str>ec» «daily|Frq>ec» ;; «81 mg|Str>ec» «daily|Frq>ec» ;; CHANGED - low dose with «Brilinta|Drug»
«Lipitor|Drug:lp» ;; «20 mg|Str>lp» «qhs|Frq>lp» ;; «80 mg|Str>lp» «qhs|Frq>lp» ;; CHANGED - high intensity for «ACS|Rsn>lp»
«Imdur|Drug:im» ;; - ;; «30 mg|Str>im» «ER tab|Frm>im» «qAM|Frq>im» ;; NEW - «angina|Rsn>im»
«Lopressor|Drug:lo:disc» ;; «25 mg|Str>lo» «BID|Frq>lo» ;; - ;; STOPPED - switched to «bisoprolol|Drug»
«bisoprolol|Drug:bi» ;; - ;; «2.5 mg|Str>bi» «daily|Frq>bi» ;; NEW - «HFrEF|Rsn>bi»
«Inpefa|Drug:ip» ;; - ;; «200 mg|Str>ip» «daily|Frq>ip» ;; NEW - «heart failure|Rsn>ip»
«glimepiride|Drug:gm:disc» ;; «2 mg|Str>gm» «qAM|Frq>gm» ;; - ;; STOPPED - «hypoglycemia|ADE>gm» x2 inpatient
«Glucophage|Drug:gp» ;; «1000 mg|Str>gp» «BID|Frq>gp» ;; «500 mg|Str>gp» «BID|Frq>gp» ;; CHANGED - eGFR 38
«Nexium|Drug:nx» ;; «40 mg|Str>nx» «daily|Frq>nx» ;; «40 mg|Str>nx» «daily|Frq>nx» ;; NO CHANGE - «GI ppx|Rsn>nx» (bleeding risk)
«Flexeril|Drug:fx:disc» ;; «10 mg|Str>fx» «TID prn|Frq>fx» «back spasm|Rsn>fx» ;; - ;; STOPPED - «daytime sedation|ADE>fx»
«Nitrostat|Drug:ns» ;; - ;; «0.4 mg|Str>ns» «SL|Rte>ns» «q5min prn|Frq>ns» «chest pain|Rsn>ns» ;; NEW
«Klor-Con|Drug:kc» ;; - ;; «20 mEq|Str>kc» «1|Dos>kc» «tab|Frm>kc» «daily|Frq>kc» ;; NEW - with higher diuretic dose
«fish oil|Drug:fo:disc» ;; «1000 mg|Str>fo» «daily|Frq>fo» ;; - ;; STOPPED - no indication
«Tylenol Arthritis|Drug:ta» ;; - ;; «650 mg|Str>ta» «q8h prn|Frq>ta» «back pain|Rsn>ta» ;; NEW - see discrepancies below

Discrepancies resolved: Pt had been taking «Motrin IB|Drug:mi:disc» «200 mg|Str>mi» «3|Dos>mi» «tabs|Frm>mi» «TID|Frq>mi» for «back pain|Rsn>mi» (not on PCP list) - STOPPED; may have contributed to «AKI|ADE>mi» and «fluid retention|ADE>mi». Wife had filled «Lasix|Drug:lx» at second pharmacy - duplicate of «furosamide|Drug»; old bottle removed.
Not started: «Entresto|Drug:en:neg» deferred (SBP 92-104 inpatient) - revisit at HF clinic. MRA: «Inspra|Drug:in:neg» not started until K/Cr rechecked.
Side effects reviewed: mild «dyspnea|ADE>br2» on «Brilinta|Drug:br2» - expected, continue. «headache|ADE>im2» with first «Imdur|Drug:im2» doses - take with «Tylenol Arthritis|Drug».
Teach-back completed; pillbox filled for 1 week. Follow-up: HF clinic 7 days, cardiology 4 weeks, PCP 1 week (BMP, A1c).
