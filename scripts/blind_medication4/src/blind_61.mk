Hospital course: new AF w/ RVR. Started «esmolol|Drug:es:disc» gtt, stopped after «bradycardia|ADE>es» to 38; transitioned to «Bystolic|Drug:by» «5 mg|Str>by» «PO|Rte>by» «daily|Frq>by» for «rate control|Rsn>by».
CHA2DS2-VASc 4 -> «edoxaban|Drug:ed» «60 mg|Str>ed» «once daily|Frq>ed» for «stroke prevention|Rsn>ed». «Flecainide|Drug:fc:neg» not started given CAD.
