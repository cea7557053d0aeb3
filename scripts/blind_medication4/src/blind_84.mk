Lipid clinic: FH, LDL 168. Hx «myalgias|ADE>fv» (CK 900) on «fluvastatin|Drug:fv»; statin-intolerant. «Niaspan|Drug:ni:disc» stopped d/t «flushing|ADE>ni».
Now «Praluent|Drug:pr» «75 mg|Str>pr» «SC|Rte>pr» «every 2 weeks|Frq>pr» + «Nexlizet|Drug:nz» «180-10 mg|Str>nz» «daily|Frq>nz». Add «Vascepa|Drug:vs» «2 g|Str>vs» «BID with meals|Frq>vs» for «hypertriglyceridemia|Rsn>vs» (TG 540).
