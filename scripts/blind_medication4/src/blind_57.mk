MEDICATION LIST (reviewed 09/02)
- «Levetiracetam|Drug:lv» «750 mg|Str>lv» «tab|Frm>lv» - «1|Dos>lv» «tab|Frm>lv» «by mouth|Rte>lv» «twice daily|Frq>lv»
- «Lamictal XR|Drug:lx» «200 mg|Str>lx» - «1|Dos>lx» «tablet|Frm>lx» «by mouth|Rte>lx» «every evening|Frq>lx»
- «clobazam|Drug:cb» «10 mg|Str>cb» - «1/2|Dos>cb» «tab|Frm>cb» «at bedtime|Frq>cb» (new)
- «Valtoco|Drug:vt» «10 mg|Str>vt» «nasal spray|Frm>vt» - «1 spray|Dos>vt» «in one nostril|Rte>vt» «prn|Frq>vt» «seizure lasting > 5 min|Rsn>vt»
- «zonisamide|Drug:zn:disc» - DISCONTINUED («kidney stones|ADE>zn»)
