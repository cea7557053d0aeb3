HOME HEALTH - SKILLED NURSING VISIT NOTE
Visit 3 of 9 (2w4, 1w1). Homebound: SOB with exertion > 20 ft, uses walker. Dx: HFrEF, COPD, T2DM on «Basaglar|Drug:bg0», venous stasis ulcer R ankle.
Vitals: BP 104/62, HR 78 irreg, RR 20, SpO2 91% on 2 L NC (baseline), wt 184.2 lb (down 2.8 lb since last visit). Lungs: faint exp wheeze bilat. 1+ pitting edema.
FSBG log (pt-kept): AM 58, 61, 104, 97, 112 this week.

MEDICATION RECONCILIATION - all bottles + weekly organizer reviewed with pt and daughter (Rosa):
Medication ;; How pt is taking it ;; RN finding / action
«bumetanide|Drug:bu» «1 mg|Str>bu» «tab|Frm>bu» ;; «2|Dos>bu» «tabs|Frm>bu» «every morning|Frq>bu» ;; correct
«Invokana|Drug:iv» «100 mg|Str>iv» ;; «1|Dos>iv» «tab|Frm>iv» «daily before breakfast|Frq>iv» ;; correct
«K-Tab|Drug:kt» «10 mEq|Str>kt» «ER tab|Frm>kt» ;; «1|Dos>kt» «PO|Rte>kt» «daily|Frq>kt» ;; correct
«Savaysa|Drug:sv» «30 mg|Str>sv» ;; «1|Dos>sv» «tab|Frm>sv» «daily|Frq>sv» for «A-fib|Rsn>sv» ;; correct
«Stiolto Respimat|Drug:st» «2.5/2.5 mcg|Str>st» ;; «2 inhalations|Dos>st» «once daily|Frq>st» ;; technique poor - re-taught, return demo OK
«Combivent Respimat|Drug:cb» ;; «1 inhalation|Dos>cb» «QID prn|Frq>cb» «SOB|Rsn>cb» ;; using 6-8x/day - notified MD
«Basaglar KwikPen|Drug:bg» «100 units/mL|Str>bg» «pen|Frm>bg» ;; «22 units|Dos>bg» «SQ|Rte>bg» «at bedtime|Frq>bg» ;; see below
«Nitro-Dur|Drug:nd» «0.4 mg/hr|Str>nd» ;; «1|Dos>nd» «patch|Frm>nd» «transdermal|Rte>nd» «every morning|Frq>nd», off at bedtime ;; correct
«Zaroxolyn|Drug:zx:disc» «2.5 mg|Str>zx» ;; found in organizer ;; DISCONTINUED at hospital d/c - removed, bottle bagged for disposal
«Anoro Ellipta|Drug:an:neg» ;; «1 inhalation|Dos>an» «daily|Frq>an» ;; NOT TAKEN x 5 days - ran out; refill called to pharmacy

Other findings: daughter bought «Alka-Seltzer Plus|Drug:as:disc» for a cold - high sodium; instructed to stop, use «Coricidin HBP|Drug:co» instead if needed.
Hypoglycemia: 2 episodes this week (BG 58, 61) with «shakiness and sweating|ADE>bg2» - attributed to «Basaglar|Drug:bg2» plus poor intake. Called Dr. Lin: decrease «Basaglar|Drug:bg3» to «18 units|Dos>bg3» «qhs|Frq>bg3»; verbal order read back. Rx sent for «Gvoke HypoPen|Drug:gv» «1 mg|Str>gv» «SC|Rte>gv» «prn|Frq>gv» for «severe hypoglycemia|Rsn>gv»; daughter taught.
Wound R medial ankle 3.1 x 2.4 cm, granulating, no odor: cleansed with wound cleanser, «Silvadene|Drug:sd» «1%|Str>sd» «cream|Frm>sd» applied «daily|Frq>sd» under ABD pad and Coban. «Santyl|Drug:sy:disc» «ointment|Frm>sy» discontinued per wound MD (bed clean).
Teaching: daily weights, 2 g Na diet, call for gain > 3 lb/day. Pt/daughter verbalized understanding.
Next visit: Thu. MD notified of wheeze, rescue-inhaler overuse and hypoglycemia.
