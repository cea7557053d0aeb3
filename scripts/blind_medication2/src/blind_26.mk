ENDOCRINOLOGY CLINIC - FOLLOW UP
51F with autoimmune polyglandular syndrome type 2: T1DM x 30 yrs (MDI + CGM), Graves' disease s/p RAI 2018 now hypothyroid, and primary adrenal insufficiency (dx 2021).
A1c 8.1% (was 7.6%). CGM 14-day: TIR 52%, TBR 6% (mostly 02:00-05:00), mean 182. Wt 68 kg. TSH 6.8, FT4 0.9.

Current medications:
- «Tresiba FlexTouch|Drug:tr1» «100 units/mL|Str>tr1» «pen|Frm>tr1»: «24 units|Dos>tr1» «SC|Rte>tr1» «daily at 9 PM|Frq>tr1»
- «Fiasp|Drug:fi» «pen|Frm>fi» «SC|Rte>fi» «with meals|Frq>fi» per carb ratio 1:10 g plus correction 1:40 > 150
- «Tirosint|Drug:ti1» «112 mcg|Str>ti1» «capsule|Frm>ti1» «PO|Rte>ti1» «qAM 30 min before breakfast|Frq>ti1» for «hypothyroidism|Rsn>ti1»
- «Cortef|Drug:co1» «10 mg|Str>co1» «on waking|Frq>co1» and «5 mg|Str>co1» «at 2 PM|Frq>co1» for «adrenal insufficiency|Rsn>co1»
- «Florinef|Drug:fl» «0.1 mg|Str>fl» «PO|Rte>fl» «daily|Frq>fl»
- «Solu-Cortef|Drug:sc» «100 mg|Str>sc» «injection|Frm>sc» «IM|Rte>sc» «prn|Frq>sc» for «adrenal crisis|Rsn>sc» (emergency kit; in purse)
- «Baqsimi|Drug:bq» «3 mg|Str>bq» «intranasal|Rte>bq» «prn|Frq>bq» «severe hypoglycemia|Rsn>bq»
- «pravastatin|Drug:pv» «40 mg|Str>pv» «qhs|Frq>pv»
- «calcium|Drug:ca» «600 mg|Str>ca» «daily|Frq>ca» and «iron|Drug:fe» «65 mg|Str>fe» «daily|Frq>fe» (OTC; takes at breakfast)
Past: «methimazole|Drug:mm:disc» stopped 2018 after «urticarial rash|ADE>mm» and «arthralgias|ADE>mm», then RAI; «PTU|Drug:ptu:neg» not used (hepatotoxicity concern).

ASSESSMENT / PLAN:
1. T1DM with «nocturnal hypoglycemia|ADE>tr2» from basal «Tresiba|Drug:tr2» excess and post-prandial highs: decrease «Tresiba|Drug:tr3» to «20 units|Dos>tr3» «nightly|Frq>tr3»; strengthen ratio to 1:8 g at dinner; give «Fiasp|Drug:fi2» «0-15 min before meals|Frq>fi2». Rx new «Baqsimi|Drug» (expired).
2. Hypothyroidism: TSH up - likely «calcium|Drug:ca2» and «iron|Drug:fe2» taken with «Tirosint|Drug:ti2». Take «calcium|Drug:ca3» and «iron|Drug:fe3» «with dinner|Frq>ca3,fe3» instead (4 h apart). Increase «Tirosint|Drug:ti3» to «125 mcg|Str>ti3» «daily|Frq>ti3». Stop «biotin|Drug:bt:disc» gummies 3 days before each TSH draw.
3. Adrenal insufficiency: sick-day rules reviewed - double «Cortef|Drug:co2» «x 3 days|Dur>co2» for «fever|Rsn>co2» > 100.4 F; «Solu-Cortef|Drug» if vomiting. BP 118/74, K 4.4, renin normal on «Florinef|Drug».
4. Lipids: LDL 88 on «pravastatin|Drug»; continue.
5. Pt asked about «Ozempic|Drug:oz:neg» for weight - not started (T1DM, not indicated, BMI 24).
RTC 3 months; CGM download before visit.
