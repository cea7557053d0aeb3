Hepatology f/u - PBC. Meds:
«ursodiol|Drug:ud» «300|Str>ud» «tid|Frq>ud»
«Ocaliva|Drug:oc:disc» «5|Str>oc» «qd|Frq>oc» - stopped 8/2 d/t severe «pruritus|ADE>oc»
«cholestyramine|Drug:cy» «4 g|Str>cy» «packet|Frm>cy» «bid|Frq>cy» for «itching|Rsn>cy» (2 h apart from «urso|Drug»)
«Xifaxan|Drug:xf» «550|Str>xf» «bid|Frq>xf»
