Addiction med f/u: OUD in early remission. Received «Sublocade|Drug:sb» «300 mg|Str>sb» «SC|Rte>sb» today («monthly|Frq>sb» «injection|Frm>sb» #3) for «OUD|Rsn>sb». Came off «Zubsolv|Drug:zb:disc» «5.7-1.4 mg|Str>zb» because of «oral ulcers|ADE>zb».
Still uses «kratom|Drug:kr» some days. Rx «Zimhi|Drug:zm» «5 mg|Str>zm» «IM|Rte>zm» «prn|Frq>zm» «suspected overdose|Rsn>zm».
