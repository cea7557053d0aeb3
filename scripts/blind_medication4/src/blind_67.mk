Urgent care: 66M w/ painful vesicular rash L T6 dermatome x 2 d. Dx: «herpes zoster|Rsn>va».
Rx «valacyclovir|Drug:va» «1 g|Str>va» «PO|Rte>va» «TID|Frq>va» «x 7 days|Dur>va»; «Ultram|Drug:ul» «50 mg|Str>ul» «q6h prn|Frq>ul» «pain|Rsn>ul»; «calamine lotion|Drug:cl» «topically|Rte>cl» «prn|Frq>cl» «itch|Rsn>cl». F/u PCP for «zoster vaccine|Drug:zv» once healed.
