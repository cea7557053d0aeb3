NEUROLOGY CLINIC - RETURN VISIT
27F with juvenile myoclonic epilepsy and migraine with aura, here for routine follow-up. Planning pregnancy within the next year.

HPI: Seizure onset age 15. She was originally on «Depakote|Drug:dep:disc» «500 mg|Str>dep» «BID|Frq>dep», stopped in 2019 because of «weight gain|ADE>dep» and «hair thinning|ADE>dep». She was then started on «levetiracitam|Drug:lev» «500 mg|Str>lev» «BID|Frq>lev» and titrated to «1500 mg|Str>lev» «BID|Frq>lev», but developed «irritability|ADE>lev» and «low mood|ADE>lev», so «Keppra|Drug:kep:disc» was cross-tapered to «lamotrigine|Drug:lam1». Now on «lamotrigine|Drug:lam2» «150 mg|Str>lam2» «PO|Rte>lam2» «BID|Frq>lam2»; no rash. Last GTC 14 months ago. Occasional morning jerks after poor sleep.

Migraine: 3-4 per month, with visual aura. Uses «sumatriptan|Drug:su1» «50 mg|Str>su1» «PO|Rte>su1» «prn|Frq>su1» «migraine|Rsn>su1» with good effect. Tried «topiramate|Drug:top:disc» «25 mg|Str>top» «qhs|Frq>top» for «migraine prophylaxis|Rsn>top» last year - stopped due to «paresthesias|ADE>top» and «word-finding difficulty|ADE>top». Also takes OTC «Excedrin|Drug:ex» «2|Dos>ex» «tabs|Frm>ex» «most days|Frq>ex» for «tension headaches|Rsn>ex».
Contraception: «Nexplanon|Drug:nx» «implant|Frm>nx» (placed 2022).

Exam: Alert, fluent, nonfocal. No tremor.

A/P:
1. JME - controlled. Continue «lamotrigine|Drug:lam3» «150 mg|Str>lam3» «BID|Frq>lam3»; check level now and monthly during pregnancy. Avoid «valproate|Drug:vpa:neg» given pregnancy plans.
2. Migraine with aura + probable medication overuse headache: limit «Excedrin|Drug» to <10 days/month. Start «nortriptyline|Drug:nor» «10 mg|Str>nor» «qhs|Frq>nor», increase by 10 mg weekly to goal «30 mg|Str>nor» «qhs|Frq>nor» for «migraine prevention|Rsn>nor». Continue «sumatriptan|Drug:su2» «prn|Frq>su2».
3. No «estrogen-containing contraceptives|Drug:ecc:neg» given aura.
4. Start «folic acid|Drug:fa» «1 mg|Str>fa» «PO|Rte>fa» «daily|Frq>fa» preconception.
RTC 6 months, sooner with any seizure.
