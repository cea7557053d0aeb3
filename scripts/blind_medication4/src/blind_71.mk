Telephone note (gyn RN): Pt finished «cefadroxil|Drug:cx:disc» for «cellulitis|Rsn>cx» 3 days ago, now w/ itching and white discharge - likely «yeast infection|ADE>cx» from the antibiotic.
Per NP, Rx «terconazole|Drug:tc» «0.4%|Str>tc» «cream|Frm>tc» «1 applicatorful|Dos>tc» «vaginally|Rte>tc» «at bedtime|Frq>tc» «x 7 nights|Dur>tc». Ok with her «Junel Fe|Drug:jf».
