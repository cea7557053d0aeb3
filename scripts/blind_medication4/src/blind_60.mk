ED note: 52M heavy EtOH use, last drink ~36 h ago, tremulous, CIWA 19. Given «diazepam|Drug:dz» «10 mg|Str>dz» «IV|Rte>dz» «q10min prn|Frq>dz» CIWA > 15 for «alcohol withdrawal|Rsn>dz», «IV|Rte>b1» «B1|Drug:b1» «500 mg|Str>b1» and «D5NS|Drug:d5» at «125 mL/hr|Dos>d5».
Hx of «dystonic reaction|ADE>dp» to «droperidol|Drug:dp». Has not taken his «Antabuse|Drug:ab:neg» in 2 months.
