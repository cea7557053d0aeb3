"""CRF NER end to end on fixture data: training, the model folder, tagging, the CrfNer
annotator, evaluation, the CLI and active learning. The model is trained here, in seconds."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.crf_ner import CrfNer
from ctakes_py.annotators.dictionary import DictionaryLookup
from ctakes_py.document import create_cas
from ctakes_py.errors import ResourceError
from ctakes_py.lexicon.builders import build_table
from ctakes_py.ner.active import rank_documents, token_entropy, write_brat_tasks, write_labelstudio_tasks
from ctakes_py.ner.cli import main as ner_cli
from ctakes_py.ner.corpus import Preprocessor, load_examples
from ctakes_py.ner.evaluation import evaluate_tagger
from ctakes_py.ner.features import FeatureConfig
from ctakes_py.ner.model import CARD_FILE, MODEL_FILE, CrfModel
from ctakes_py.ner.tagger import NerTagger
from ctakes_py.ner.training import Featurizer, TrainSettings, train_model
from ctakes_py.typesystem import DISEASE_DISORDER_MENTION, IDENTIFIED_ANNOTATION, MEDICATION_MENTION

LEXICON_CSV = """term,code,scheme,mention_type,preferred_text
cisplatin,D002945,MSH,MedicationMention,cisplatin
lithium,D008094,MSH,MedicationMention,lithium
heart failure,D006333,MSH,DiseaseDisorderMention,heart failure
seizures,D012640,MSH,DiseaseDisorderMention,seizures
"""


pytestmark = pytest.mark.usefixtures("isolated_automaton_cache")


@pytest.fixture(scope="module")
def corpus(fixtures_dir) -> Path:
    return fixtures_dir / "ner" / "tiny.pubtator"


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("nerlex")
    (root / "terms.csv").write_text(LEXICON_CSV, encoding="utf-8")
    build_table(root / "lex", [root / "terms.csv"], name="ner-test")
    return root / "lex"


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory, typesystem, corpus, lexicon) -> Path:
    """A model trained on the fixture (gazetteer from a tiny lexicon), dev = the same file."""
    out = tmp_path_factory.mktemp("model") / "tiny"
    examples = load_examples(corpus, typesystem)
    settings = TrainSettings(name="tiny", c1=0.01, c2=0.01, max_iterations=60, lexicon=str(lexicon),
                             features=FeatureConfig(clusters=False))
    featurizer = Featurizer(settings, typesystem)
    data = featurizer(examples)
    train_model(data, out, settings, dev=data, dev_examples=examples, grid=[(0.01, 0.01), (0.5, 0.5)],
                postprocess_options=[{"abbreviations": False, "consistency": False},
                                     {"abbreviations": True, "consistency": True}],
                typesystem=typesystem, log=lambda *_: None)
    return out


def _annotate(typesystem, text: str, annotators) -> object:
    cas = create_cas(text, typesystem, "note")
    Preprocessor(typesystem)(cas)
    for a in annotators:
        a.process(cas)
    return cas


def test_model_folder_and_card(model_dir):
    card = json.loads((model_dir / CARD_FILE).read_text(encoding="utf-8"))
    assert card["format"] == "crfsuite" and card["labels"] == ["Chemical", "Disease"]
    assert card["label_types"]["Chemical"].endswith("MedicationMention")
    assert card["features"]["gazetteer"] is True and card["gazetteer"]["lexicon"]
    assert card["training"]["documents"] == 6 and card["training"]["c1"] == 0.01
    assert len(card["training"]["candidates"]) == 2
    assert card["metrics"]["dev"]["strict"]["micro"]["f1"] > 0.9     # it has seen these documents
    assert card["files"][MODEL_FILE] and not list(model_dir.glob("*.pkl"))


def test_loading_checks_the_files(model_dir, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(model_dir, copy)
    (copy / MODEL_FILE).write_bytes((copy / MODEL_FILE).read_bytes()[:-10] + b"0123456789")
    with pytest.raises(ResourceError, match="sha256"):
        CrfModel(copy)
    with pytest.raises(ResourceError, match="not a CRF model folder"):
        CrfModel(tmp_path)


def test_tagger_finds_entities_in_new_sentences(model_dir, typesystem):
    tagger = NerTagger(model_dir, typesystem)
    cas = _annotate(typesystem, "Haloperidol caused thrombocytopenia and seizures.", [])
    found = {(cas.sofa_string[e.begin:e.end], e.label) for e in tagger.entities(cas)}
    assert ("Haloperidol", "Chemical") in found and ("thrombocytopenia", "Disease") in found
    assert all(0.0 < e.confidence <= 1.0 for e in tagger.entities(cas))


def _crf(typesystem, model_dir, lexicon, **params) -> CrfNer:
    a = CrfNer()
    a.initialize(UimaContext(parameters=params, resources={"model": model_dir, "lexicon": lexicon},
                             typesystem=typesystem))
    return a


def _dictionary(typesystem, lexicon) -> DictionaryLookup:
    d = DictionaryLookup()
    d.initialize(UimaContext(parameters={}, resources={"lexicon": lexicon}, typesystem=typesystem))
    return d


def _mentions(cas):
    return sorted((m.type.name.rsplit(".", 1)[1], m.get_covered_text(), m.discoveryTechnique)
                  for m in cas.select(IDENTIFIED_ANNOTATION))


TEXT = "Patients on lithium developed seizures. Doxorubicin caused cardiomyopathy."


def test_annotator_types_and_discovery_technique(model_dir, lexicon, typesystem):
    cas = _annotate(typesystem, TEXT, [_crf(typesystem, model_dir, lexicon)])
    crf = [m for m in cas.select(IDENTIFIED_ANNOTATION)]
    assert {m.discoveryTechnique for m in crf} == {3}
    assert ("MedicationMention", "Doxorubicin", 3) in _mentions(cas)
    assert ("DiseaseDisorderMention", "cardiomyopathy", 3) in _mentions(cas)
    assert all(m.confidence > 0 for m in crf)


@pytest.mark.parametrize("merge,expected", [
    ("dedupe", {("lithium", 1), ("seizures", 1), ("Doxorubicin", 3)}),
    ("keep", {("lithium", 1), ("lithium", 3), ("seizures", 1), ("seizures", 3), ("Doxorubicin", 3)}),
    ("prefer-crf", {("lithium", 3), ("seizures", 3), ("Doxorubicin", 3)}),
])
def test_merge_with_dictionary_mentions(model_dir, lexicon, typesystem, merge, expected):
    annotators = [_dictionary(typesystem, lexicon), _crf(typesystem, model_dir, lexicon, merge=merge)]
    cas = _annotate(typesystem, TEXT, annotators)
    got = {(text, tech) for _, text, tech in _mentions(cas)}
    assert expected <= got
    if merge == "prefer-crf":
        lithium = next(m for m in cas.select(MEDICATION_MENTION) if m.get_covered_text() == "lithium")
        assert lithium.ontologyConceptArr.elements[0].code == "D008094"   # concepts moved over
        assert not any(tech == 1 for _, text, tech in _mentions(cas) if text in ("lithium", "seizures"))


def test_annotator_options(model_dir, lexicon, typesystem):
    only = _crf(typesystem, model_dir, lexicon, labels=["Disease"], labelTypes=["Disease=SignSymptomMention"])
    cas = _annotate(typesystem, TEXT, [only])
    assert {m[0] for m in _mentions(cas)} == {"SignSymptomMention"}
    strict = _crf(typesystem, model_dir, lexicon, minimumConfidence=1.01)
    assert _annotate(typesystem, TEXT, [strict]).select(IDENTIFIED_ANNOTATION) == []
    with pytest.raises(ResourceError):
        _crf(typesystem, model_dir, lexicon, merge="sometimes")
    with pytest.raises(ResourceError):
        _crf(typesystem, model_dir, lexicon, labelTypes=["Disease=NoSuchMention"])


def test_descriptor_with_a_fixture_model(model_dir, lexicon, tmp_path):
    from ctakes_py.pipeline import Pipeline
    from ctakes_py.resources import resource_root

    shipped = resource_root("descriptors") / "annotators" / "CrfNer.xml"
    typesystem_xml = resource_root("descriptors") / "typesystem" / "CtakesPyTypeSystem.xml"
    xml = (shipped.read_text(encoding="utf-8").replace("file:models/bc5cdr", model_dir.as_uri())
           .replace("../typesystem/CtakesPyTypeSystem.xml", str(typesystem_xml)))
    (tmp_path / "CrfNer.xml").write_text(xml, encoding="utf-8")
    sd, tk = shipped.parent / "SentenceDetector.xml", shipped.parent / "Tokenizer.xml"
    pipeline = f"""<?xml version="1.0" encoding="UTF-8"?>
<analysisEngineDescription xmlns="http://uima.apache.org/resourceSpecifier">
  <frameworkImplementation>ctakes_py</frameworkImplementation><primitive>false</primitive>
  <delegateAnalysisEngineSpecifiers>
    <delegateAnalysisEngine key="SentenceDetector"><import location="{sd}"/></delegateAnalysisEngine>
    <delegateAnalysisEngine key="Tokenizer"><import location="{tk}"/></delegateAnalysisEngine>
    <delegateAnalysisEngine key="CrfNer"><import location="CrfNer.xml"/></delegateAnalysisEngine>
  </delegateAnalysisEngineSpecifiers>
  <analysisEngineMetaData><name>t</name>
    <flowConstraints><fixedFlow><node>SentenceDetector</node><node>Tokenizer</node><node>CrfNer</node></fixedFlow></flowConstraints>
  </analysisEngineMetaData>
</analysisEngineDescription>"""
    (tmp_path / "p.xml").write_text(pipeline, encoding="utf-8")
    nlp = Pipeline.from_descriptor(tmp_path / "p.xml")
    cas = nlp("Haloperidol caused thrombocytopenia.")
    assert [m.get_covered_text() for m in cas.select(DISEASE_DISORDER_MENTION)] == ["thrombocytopenia"]


def test_evaluation_report(model_dir, typesystem, corpus):
    examples = load_examples(corpus, typesystem)
    report = evaluate_tagger(model_dir, examples, typesystem)
    gold = sum(len(e.spans) for e in examples)
    strict = report["strict"]["micro"]
    assert strict["tp"] + strict["fn"] == gold
    assert set(report["strict"]["per_label"]) == {"Chemical", "Disease"}
    assert report["seqeval"]["Chemical"]["support"] == sum(s[2] == "Chemical" for e in examples for s in e.spans)
    assert report["lenient"]["micro"]["f1"] >= strict["f1"]
    assert report["tokens_per_second"] > 0


def test_active_learning_ranking_and_tasks(model_dir, typesystem, tmp_path):
    tagger = NerTagger(model_dir, typesystem)
    texts = {"easy": "Cisplatin caused nephrotoxicity.",
             "hard": "Zorbulimab exposure preceded quixotic flurbosis in mice given xylotrane."}
    cases = [(k, _annotate(typesystem, v, [])) for k, v in texts.items()]
    ranked = rank_documents(tagger, cases, "entropy")
    assert [r.doc_id for r in ranked] == ["hard", "easy"] and ranked[0].score > ranked[1].score
    lc = rank_documents(tagger, cases, "least-confidence")
    assert lc[0].doc_id == "hard"
    assert {r.doc_id for r in rank_documents(tagger, cases, "random", seed=3)} == set(texts)
    assert token_entropy({"O": 0.5, "B-X": 0.5}) > token_entropy({"O": 0.99, "B-X": 0.01})
    write_brat_tasks(ranked[:1], texts, tmp_path / "brat")
    assert (tmp_path / "brat" / "hard.txt").read_text(encoding="utf-8") == texts["hard"]
    assert (tmp_path / "brat" / "ranking.tsv").read_text(encoding="utf-8").splitlines()[1].startswith("1\thard\t")
    path = write_labelstudio_tasks(ranked, texts, tmp_path / "ls", model_version="tiny")
    tasks = json.loads(path.read_text(encoding="utf-8"))
    assert tasks[1]["data"]["doc_id"] == "easy"
    result = tasks[1]["predictions"][0]["result"]
    assert {(r["value"]["text"], r["value"]["labels"][0]) for r in result} >= {("Cisplatin", "Chemical")}


def test_cli_train_evaluate_and_select(corpus, lexicon, tmp_path, fixtures_dir):
    runner = CliRunner()
    out = tmp_path / "cli-model"
    result = runner.invoke(ner_cli, ["train", "ner", "--train", str(corpus), "--dev", str(corpus), "--out", str(out),
                                     "--lexicon", str(lexicon), "--max-iterations", "30", "--grid", "0.01:0.01",
                                     "--retrain-on-dev"])
    assert result.exit_code == 0, result.output
    card = json.loads((out / CARD_FILE).read_text(encoding="utf-8"))
    assert card["training"]["retrained_on_train_plus_dev"] is True and "note" in card["metrics"]
    assert card["training"]["final_documents"] == 12
    report = tmp_path / "report.json"
    result = runner.invoke(ner_cli, ["evaluate", "ner", "--model", str(out), "--data", str(corpus),
                                     "--json", str(report)])
    assert result.exit_code == 0, result.output
    assert "Chemical" in result.output and json.loads(report.read_text())["strict"]["micro"]["tp"] > 0
    result = runner.invoke(ner_cli, ["evaluate", "ner", "--baseline", "dictionary", "--lexicon", str(lexicon),
                                     "--data", str(corpus)])
    assert result.exit_code == 0, result.output
    notes = tmp_path / "notes"
    notes.mkdir()
    for k in range(3):
        (notes / f"n{k}.txt").write_text(f"Note {k}: lithium caused tremor number {k}.", encoding="utf-8")
    result = runner.invoke(ner_cli, ["al", "select", "--model", str(out), "--input", str(notes), "--top-k", "2",
                                     "--output", str(tmp_path / "batch"), "--as", "labelstudio"])
    assert result.exit_code == 0, result.output
    assert len(json.loads((tmp_path / "batch" / "tasks.json").read_text())) == 2
    result = runner.invoke(ner_cli, ["train", "ner", "--train", str(corpus), "--out", str(out), "--search"])
    assert result.exit_code != 0 and "--dev" in result.output


def test_shipped_models_and_pipeline(typesystem):
    from ctakes_py.pipeline import Pipeline
    from ctakes_py.resources import resource_root

    for name, labels in (("bc5cdr", ["Chemical", "Disease"]), ("ncbi-disease", ["Disease"])):
        model = CrfModel(resource_root("models") / name)
        assert model.card.labels == labels and model.card.training["retrained_on_train_plus_dev"]
        assert model.card.metrics["dev"]["strict"]["micro"]["f1"] > 0.8
    nlp = Pipeline.from_descriptor("default+crf")
    cas = nlp("The patient developed flumazepine-induced agranulocytosis.")
    found = {(m.get_covered_text(), m.discoveryTechnique) for m in cas.select(IDENTIFIED_ANNOTATION)}
    assert ("flumazepine", 3) in found          # a made-up drug no lexicon lists
    assert ("agranulocytosis", 1) in found and ("agranulocytosis", 3) not in found   # deduplicated


def test_stacked_model(typesystem, corpus, lexicon, tmp_path):
    from ctakes_py.ner.model import STAGE1_FILE
    from ctakes_py.ner.stacking import stage2_items

    examples = load_examples(corpus, typesystem)
    settings = TrainSettings(name="stacked", c1=0.01, c2=0.01, max_iterations=40, lexicon=str(lexicon),
                             features=FeatureConfig(clusters=False, stacked=True))
    data = Featurizer(settings, typesystem)(examples)
    card = train_model(data, tmp_path / "m", settings, dev=data, dev_examples=examples, typesystem=typesystem,
                       log=lambda *_: None)
    assert set(card.files) == {MODEL_FILE, STAGE1_FILE}
    tagger = NerTagger(tmp_path / "m", typesystem)
    assert tagger.model.stage1 is not None
    doc = data.docs[0]
    first = stage2_items(doc, data.per_document()[0][0], ["O"] * len(doc.tokens))[0][0]
    assert "s1=O" in first
    cas = _annotate(typesystem, "Haloperidol caused thrombocytopenia.", [])
    assert ("thrombocytopenia", "Disease") in {(cas.sofa_string[e.begin:e.end], e.label) for e in tagger.entities(cas)}
    assert card.metrics["dev"]["strict"]["micro"]["f1"] > 0.9
