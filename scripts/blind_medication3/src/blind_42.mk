ORAL & MAXILLOFACIAL SURGERY - BRIEF OPERATIVE NOTE AND POST-OP INSTRUCTIONS
Pt: 22F, ASA II (mild intermittent asthma). Procedure: surgical extraction of teeth #1, #16, #17, #32 (partial bony impactions); #17 pericoronitis.
Allergies: «Biaxin|Drug:bx» - «vomiting|ADE>bx»; «Vicodin|Drug:vc» - «itching|ADE>vc», «hives|ADE>vc».
Home meds: «Sprintec|Drug:sp» «daily|Frq>sp» for «contraception|Rsn>sp»; «Proventil HFA|Drug:pv» «2 puffs|Dos>pv» «q4h prn|Frq>pv» (brought to surgery, used x 1 pre-op for «chest tightness|Rsn>pv»).
Pre-op: «Peridex|Drug:pd1» «0.12%|Str>pd1» «oral rinse|Frm>pd1» «15 mL|Dos>pd1» «swish and spit|Rte>pd1» «x 30 seconds|Dur>pd1».
IV sedation: «midazolam|Drug:mz» «3 mg|Str>mz» «IV|Rte>mz»; «Sublimaze|Drug:sb» «50 mcg|Str>sb» «IV|Rte>sb»; «Diprivan|Drug:dp» «20-30 mg|Str>dp» «IV|Rte>dp» «q3-5 min prn|Frq>dp» (total 180 mg). «Decadron|Drug:dc» «8 mg|Str>dc» «IV|Rte>dc» for «swelling|Rsn>dc». No antiemetic given (no PONV history).
Local: «Septocaine|Drug:sc» («articaine|Drug:ar» «4%|Str>ar» with «epi|Drug:ep1» «1:100,000|Str>ep1») «3|Dos>sc» «carpules|Frm>sc»; «Marcaine|Drug:mc» «0.5%|Str>mc» with «epi|Drug:ep2» «1:200,000|Str>ep2» «2|Dos>mc» «carpules|Frm>mc» for «long-acting postoperative analgesia|Rsn>mc».
Findings: sockets irrigated with sterile saline; Gelfoam placed #17 and #32; 3-0 chromic sutures. EBL 20 mL. Tolerated well.

POST-OPERATIVE PRESCRIPTIONS:
1. «Naprosyn|Drug:np» «500 mg|Str>np» - «1|Dos>np» «tab|Frm>np» «by mouth|Rte>np» «every 12 hours with food|Frq>np» «x 5 days|Dur>np» for «pain and swelling|Rsn>np»
2. «APAP|Drug:ap» «500 mg|Str>ap» - «2|Dos>ap» «tabs|Frm>ap» «by mouth|Rte>ap» «every 6 hours as needed|Frq>ap» for «pain|Rsn>ap» (may alternate with «Naprosyn|Drug»). No opioid prescription given (patient preference; «Vicodin|Drug» allergy).
3. «Pen VK|Drug:pk» «500 mg|Str>pk» - «1|Dos>pk» «tablet|Frm>pk» «by mouth|Rte>pk» «four times a day|Frq>pk» «x 7 days|Dur>pk» for «pericoronitis|Rsn>pk». Continue «Sprintec|Drug» and use backup condoms - discussed.
4. «Peridex|Drug:pd2» «0.12%|Str>pd2» - «15 mL|Dos>pd2» «swish and spit|Rte>pd2» «twice daily|Frq>pd2» starting tomorrow «for 2 weeks|Dur>pd2». Do not swallow.
5. «benzocaine|Drug:bz» «20%|Str>bz» «gel|Frm>bz» - «topically|Rte>bz» to gums «prn|Frq>bz» for «gum soreness|Rsn>bz»
6. «Chloraseptic|Drug:cl» «lozenges|Frm>cl» - «1|Dos>cl» «lozenge|Frm>cl» «every 2 hours as needed|Frq>cl» for «throat irritation|Rsn>cl»
Instructions: bite on gauze 30-45 min; ice 20 min on/off x 24 h; no straws, spitting or smoking x 72 h; soft diet; call for fever, uncontrolled bleeding, or increasing swelling after day 3.
DO NOT take «Naprosyn|Drug:np2» together with «Nuprin|Drug:av:neg», «Anaprox DS|Drug:mt:neg» or «BC Powder|Drug:al:neg» (same drug class).
Follow-up: 1 week post-op check.
