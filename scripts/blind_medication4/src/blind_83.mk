L&D note: PPH ~1200 mL after SVD, uterine atony. «Pitocin|Drug:pt» «40 units|Dos>pt» in 1 L running. «Methergine|Drug:me:neg» not given (pre-eclampsia).
«Hemabate|Drug:hb» «250 mcg|Str>hb» «IM|Rte>hb» «x2|Frq>hb», c/b «diarrhea|ADE>hb». «TXA|Drug:tx» «1 g|Str>tx» «IV|Rte>tx» and «misoprostol|Drug:ms» «800 mcg|Str>ms» «PR|Rte>ms» for «atony|Rsn>ms,hb,tx». Bleeding controlled.
