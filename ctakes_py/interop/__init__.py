"""Bridges to other ecosystems: spaCy ``Doc`` (:mod:`.spacy_bridge`) and HL7 FHIR
resources (:mod:`.fhir`). Their third-party libraries are imported only when used."""
