PALLIATIVE CARE CONSULT - FOLLOW UP
88M with metastatic castration-resistant prostate cancer to bone, CKD stage 4, now with dysphagia and poor PO intake. Goals: comfort-focused, DNR/DNI, hospice referral placed.

Pain/symptoms: Was on «oxycodone|Drug:ox» «5 mg|Str>ox» «PO|Rte>ox» «q4h prn|Frq>ox» but developed «visual hallucinations|ADE>ox»; «oxycodone|Drug:ox2:disc» stopped 3 days ago. Pain now 3/10 on current regimen. Family reports mild terminal secretions overnight.

Current regimen:
- «fentanyl|Drug:fe» «12 mcg/hr|Str>fe» «transdermal|Rte>fe» «patch|Frm>fe», change «q72h|Frq>fe», for «bone pain|Rsn>fe»
- «Lidoderm|Drug:ld» «5%|Str>ld» «patch|Frm>ld»: apply «1|Dos>ld» «patch|Frm>ld» to L hip, «12 hours on/12 hours off|Frq>ld»
- «Roxanol|Drug:rx» «20 mg/mL|Str>rx» «0.25 mL|Dos>rx» «SL|Rte>rx» «q2h prn|Frq>rx» «breakthrough pain or dyspnea|Rsn>rx»
- «scopolamine|Drug:sc» «1.5 mg|Str>sc» «patch|Frm>sc» behind ear «q72h|Frq>sc» for «terminal secretions|Rsn>sc»
- «Catapres-TTS|Drug:ct» «0.1 mg/24 hr|Str>ct» «patch|Frm>ct» «weekly|Frq>ct» (changed from «oral|Rte>cl» «clonidine|Drug:cl:disc» given dysphagia)
- «haloperidol|Drug:hl» «0.5 mg|Str>hl» «SC|Rte>hl» «q4h prn|Frq>hl» «delirium|Rsn>hl»
- «bisacodyl|Drug:bs» «10 mg|Str>bs» «suppository|Frm>bs» «PR|Rte>bs» «daily prn|Frq>bs» «constipation|Rsn>bs»

Discontinued today (pill burden, not aligned with goals): «Exelon|Drug:ex:disc» «9.5 mg/24 hr|Str>ex» «patch|Frm>ex», «simvastatin|Drug:sv:disc», «Proscar|Drug:ps:disc», «vitamin D3|Drug:vd:disc».
Avoid «NSAIDs|Drug:ns:neg» given CKD 4.

Discussed with son (HCP) at bedside; all questions answered. Will follow daily.
