Tel enc, PrEP clinic: Pt on «Descovy|Drug:dc» «200-25 mg|Str>dc» «1|Dos>dc» «tab|Frm>dc» «daily|Frq>dc» for «PrEP|Rsn>dc», missed 4 doses last wk (travel). Wants to switch to «Apretude|Drug:ap» «600 mg|Str>ap» «IM|Rte>ap» «q2 months|Frq>ap» - appt made.
Also interested in «doxy-PEP|Drug:dp» «200 mg|Str>dp» «within 72 h after condomless sex|Frq>dp» for «STI prevention|Rsn>dp»; will Rx at visit.
