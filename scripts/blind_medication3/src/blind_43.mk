ALLERGY & IMMUNOLOGY - CONSULT NOTE: DRUG ALLERGY EVALUATION (BETA-LACTAM DELABELING)
Referred by: ID/Pre-op clinic. 46M with a beta-lactam "allergy" label; needs beta-lactam prophylaxis for planned spine surgery. Also f/u chronic spontaneous urticaria and allergic rhinitis on SCIT.
Reported drug reactions (per pt, mother, and old records):
- «Amoxil|Drug:ax1» age 4: «maculopapular rash|ADE>ax1» on day 6, no hives/swelling/blisters. Low-risk history (PEN-FAST 1).
- «Ceclor|Drug:cc» 1998: «serum sickness-like reaction|ADE>cc» (rash + joint pain).
- «Toradol|Drug:tr» in ED 2020: «angioedema|ADE>tr» of lips within 1 h.
- «Omnipaque|Drug:om» CT 2022: «hives|ADE>om» (premedicated since).

Testing today (after holding «Xyzal|Drug:xz1:disc» x 5 days):
- Percutaneous: «Pre-Pen|Drug:pp» negative; «penicillin G|Drug:pg» «10,000 units/mL|Str>pg» negative. Histamine control positive (6 mm), saline control negative.
- Intradermal: «Pre-Pen|Drug:pp2» «intradermal|Rte>pp2» negative; «penicillin G|Drug:pg2» «intradermal|Rte>pg2» negative.
- Oral challenge: «Amoxil|Drug:ax2» «500 mg|Str>ax2» «PO|Rte>ax2» «x 1|Frq>ax2», observed 60 min - no reaction. Vitals stable.
Result: beta-lactam allergy ruled out. Label removed from EHR; wallet card given. May receive «Ancef|Drug:cx» peri-op. Keep «Ceclor|Drug:cc2» on the allergy list.

Current medications:
- «Xolair|Drug:xl» «300 mg|Str>xl» - «2|Dos>xl» «prefilled syringes|Frm>xl» («150 mg|Str>xl» each) «SC|Rte>xl» «every 4 weeks|Frq>xl» for «chronic spontaneous urticaria|Rsn>xl»; given in clinic today, observed 30 min.
- «Xyzal|Drug:xz» «5 mg|Str>xz» - «1|Dos>xz» «tab|Frm>xz» «PO|Rte>xz» «BID|Frq>xz» for «hives|Rsn>xz» (resume tonight)
- «cimetidine|Drug:cm:disc» «400 mg|Str>cm» - stopped, no added benefit.
- «Ryaltris|Drug:ry» - «2 sprays|Dos>ry» «each nostril|Rte>ry» «BID|Frq>ry» for «allergic rhinitis|Rsn>ry»
- «Pataday|Drug:pt» «0.2%|Str>pt» - «1 drop|Dos>pt» «OU|Rte>pt» «daily|Frq>pt» for «itchy eyes|Rsn>pt»
- SCIT: «allergen immunotherapy|Drug:sc» (cat, D. farinae, short ragweed) maintenance «0.5 mL|Dos>sc» «SC|Rte>sc» «every 4 weeks|Frq>sc», year 2 of «5|Dur>sc».
- «Auvi-Q|Drug:aq» «0.3 mg|Str>aq» «auto-injector|Frm>aq» «IM|Rte>aq» «prn|Frq>aq» for «anaphylaxis|Rsn>aq»; carries 2.
- «atenolol|Drug:at:disc» «25 mg|Str>at» - STOPPED by PCP at our request (beta-blocker on SCIT); now on «felodipine|Drug:fd» «5 mg|Str>fd» «ER tab|Frm>fd» «daily|Frq>fd» for «HTN|Rsn>fd».
Plan: Avoid «Toradol|Drug:tr2:neg» and other «COX-1 inhibiting NSAIDs|Drug:nx:neg»; may use «celecoxib|Drug:cl» «200 mg|Str>cl» «daily prn|Frq>cl» for «back pain|Rsn>cl» (tolerated 2023). Next contrast study: 13-h premedication protocol per radiology.
Return 4 weeks for «Xolair|Drug:xl2» and SCIT; reassess urticaria control (UAS7).
