"""The trust prediction of lesson 00: saved only on request, read back by lesson 05."""

import pytest

import json

from medialit.views.prediction import (DEFAULT_FILE, FIRST, VERDICT, Prediction, load_prediction, parse_prediction,
                                 prediction_viewer, prediction_widget, save_prediction)


def test_round_trip_through_the_file(tmp_path):
    p = Prediction(2, "No author, no date.\nThe photos come via a state agency.")
    path = save_prediction(p, tmp_path, title="Putin Asks for Direct Talks")
    assert path.name == "00-start-here-my-answers.json"  # the learner's answers file, never the notebook
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["trust_ratings"][FIRST]["rating"] == 2 and data["article_title"] == "Putin Asks for Direct Talks"
    assert load_prediction(tmp_path) == p


def test_a_prediction_saved_by_an_older_kit_is_still_read(tmp_path):
    (tmp_path / DEFAULT_FILE).write_text(Prediction(4, "Calm tone.").markdown(), encoding="utf-8")
    assert load_prediction(tmp_path) == Prediction(4, "Calm tone.")


def test_no_file_means_no_prediction(tmp_path):
    assert load_prediction(tmp_path) is None


@pytest.mark.parametrize("bad", [0, 6, 2.5, "3", True])
def test_rating_must_be_one_to_five(bad):
    with pytest.raises(ValueError, match="whole number from 1 to 5"):
        Prediction(bad)


def test_a_file_from_elsewhere_gives_a_clear_error():
    with pytest.raises(ValueError, match="Trust rating: N out of 5"):
        parse_prediction("# My notes\n\nI liked it.")


def test_empty_reasons_survive_the_round_trip():
    assert parse_prediction(Prediction(5).markdown()) == Prediction(5, "")


def test_widget_writes_nothing_until_save_is_pressed(tmp_path):
    w = prediction_widget(tmp_path, rating=3)
    assert "Not saved yet" in w.output.value
    w.slider.value = 1
    assert "Not saved yet" in w.output.value
    assert not list(tmp_path.iterdir())
    w.reasons.value = "It has no byline."
    w.button.click()
    assert load_prediction(tmp_path) == Prediction(1, "It has no byline.")
    # Privacy: the message is neutral, it repeats neither the rating nor the reasons.
    assert "Saved in 00-start-here-my-answers.json" in w.output.value
    assert "1 out of 5" not in w.output.value and "byline" not in w.output.value
    w.slider.value = 2
    assert "Changed since you saved" in w.output.value
    assert load_prediction(tmp_path).rating == 1  # the file changes only when Save is pressed


def test_the_verdict_is_kept_beside_the_first_impression_and_shown_only_in_a_widget(tmp_path):
    save_prediction(Prediction(3, "Sounded calm."), tmp_path)
    w = prediction_widget(tmp_path, which=VERDICT, notebook="05-capstone", button_text="Save my verdict")
    w.slider.value = 2
    w.button.click()
    data = json.loads((tmp_path / "05-capstone-my-answers.json").read_text(encoding="utf-8"))
    assert data["trust_ratings"][VERDICT]["rating"] == 2 and data["trust_ratings"][FIRST]["rating"] == 3
    viewer = prediction_viewer(tmp_path)
    assert viewer.output.value == ""
    viewer.button.click()
    assert "3 out of 5 (somewhat)" in viewer.output.value and "Sounded calm." in viewer.output.value


def test_widget_carries_the_browser_test_classes(tmp_path):
    w = prediction_widget(tmp_path)
    assert "ml-browser-probe" in w.slider._dom_classes
    assert "ml-widget-output" in w.output._dom_classes


def test_widget_escapes_reasons_in_its_message(tmp_path):
    w = prediction_widget(tmp_path)
    w.reasons.value = "<script>alert(1)</script>"
    w.button.click()
    assert "<script>" not in w.output.value


def test_a_typed_name_labels_both_ratings_so_the_overview_pairs_them(tmp_path):
    from medialit.checks.overview import class_report

    first = prediction_widget(tmp_path, rating=4)
    first.learner.value = "Sam Lee"
    first.button.click()
    assert (tmp_path / "00-start-here-my-answers-Sam-Lee.json").is_file()
    verdict = prediction_widget(tmp_path, which=VERDICT, notebook="05-capstone", button_text="Save my verdict")
    assert verdict.learner.value == "Sam Lee"  # typed once, offered again in lesson 05
    verdict.slider.value = 2
    verdict.button.click()
    files = [(p.name, p.read_bytes()) for p in sorted(tmp_path.glob("*.json"))]
    assert [p for p, _ in files] == ["00-start-here-my-answers-Sam-Lee.json", "05-capstone-my-answers-Sam-Lee.json"]
    report = class_report(files)
    assert report.n_learners == 1
    assert [(m.learner, m.first, m.final) for m in report.moves] == [("Sam Lee", 4, 2)]


def test_unnamed_files_renamed_by_hand_are_paired_by_their_added_name():
    from medialit.checks.overview import class_report

    def doc(notebook, trust):
        return json.dumps({"schema": "medialit-answers/1", "notebook": notebook, "learner": "", "tasks": {},
                           "trust_ratings": trust}).encode()

    report = class_report([("00-start-here-my-answers-Ana.json", doc("00-start-here", {FIRST: {"rating": 5}})),
                           ("05-capstone-my-answers-Ana.json",
                            doc("05-capstone", {FIRST: {"rating": 5}, VERDICT: {"rating": 3}}))])
    assert report.n_learners == 1
