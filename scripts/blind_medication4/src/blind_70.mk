Peds f/u ADHD, 9 yo. On «Vyvanse|Drug:vy» «30 mg|Str>vy» «cap|Frm>vy» «every morning|Frq>vy»; grades improved. Mom notes «decreased appetite|ADE>vy» at lunch and «trouble falling asleep|ADE>vy».
Hx: «Concerta|Drug:co:disc» «18 mg|Str>co» stopped last yr d/t «motor tics|ADE>co». Plan: add «guanfacine ER|Drug:gf» «1 mg|Str>gf» «PO|Rte>gf» «qhs|Frq>gf» for «sleep onset|Rsn>gf».
