MICU progress note HD5: septic shock, improving. «Levophed|Drug:lv» down to «0.04 mcg/kg/min|Dos>lv»; «Giapreza|Drug:gz:neg» not needed. Sedation «ketamine|Drug:kt» gtt «1 mg/kg/hr|Dos>kt».
ID: «Avycaz|Drug:av» «2.5 g|Str>av» «IV|Rte>av» «q8h|Frq>av» day 5 of «10|Dur>av» for «CRE pneumonia|Rsn>av». «Tobramycin|Drug:tb:disc» stopped HD3 for «AKI|ADE>tb».
