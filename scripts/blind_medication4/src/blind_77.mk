Rheum f/u: seropositive «RA|Rsn>mtx,en» doing well on «methotrexate|Drug:mtx» «20 mg|Str>mtx» «SQ|Rte>mtx» «weekly on Fridays|Frq>mtx» + «Enbrel|Drug:en» «50 mg|Str>en» «SC|Rte>en» «weekly|Frq>en».
«Arava|Drug:ar:disc» was d/c'd in 2022 for «transaminitis|ADE>ar». Cont «HCQ|Drug:hq» «200 mg|Str>hq» «BID|Frq>hq»; annual eye exam due.
