SNF TRANSFER ORDERS: «GALANTAMINE ER|Drug:gl» «16 MG|Str>gl» «PO|Rte>gl» «QAM|Frq>gl»; «FLUOXETINE|Drug:fx» «20 MG|Str>fx» «PO|Rte>fx» «DAILY|Frq>fx»; «SILODOSIN|Drug:sd» «8 MG|Str>sd» «CAP|Frm>sd» «PO|Rte>sd» «QD W/ SUPPER|Frq>sd»;
«CALMOSEPTINE|Drug:cm» «OINTMENT|Frm>cm» «TOPICALLY|Rte>cm» «BID|Frq>cm» TO SACRUM. «RISPERIDONE|Drug:rs:disc» D/C'D 10/3 FOR «EPS|ADE>rs» - DO NOT RESTART.
