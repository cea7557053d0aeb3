Renal clinic f/u - CKD 4, K 5.9 last wk. Start «Veltassa|Drug:v» «8.4 g|Str>v» «packet|Frm>v» «PO|Rte>v» «daily|Frq>v» for «hyperkalemia|Rsn>v», take 3 h apart from other meds. «Benazepril|Drug:bn:disc» on hold until K < 5.
Phos binder: cont «sevelamer|Drug:sv» «800 mg|Str>sv» «2|Dos>sv» «tabs|Frm>sv» «TID w/ meals|Frq>sv». Tried «Auryxia|Drug:au:disc» last spring - stopped d/t «diarrhea|ADE>au».
«Hectorol|Drug:hc» «1 mcg|Str>hc» «IV|Rte>hc» «three times weekly with HD|Frq>hc» once dialysis starts.
