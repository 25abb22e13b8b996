"""The trust prediction of lesson 00: saved only on request, read back by lesson 05."""

import pytest

from medialit.views.prediction import (DEFAULT_FILE, Prediction, load_prediction, parse_prediction, prediction_widget,
                                 save_prediction)


def test_round_trip_through_the_file(tmp_path):
    p = Prediction(2, "No author, no date.\nThe photos come via a state agency.")
    path = save_prediction(p, tmp_path, title="Putin Asks for Direct Talks")
    assert path.name == DEFAULT_FILE
    text = path.read_text(encoding="utf-8")
    assert "Trust rating: 2 out of 5 (a little), for Putin Asks for Direct Talks." in text
    assert load_prediction(tmp_path) == p


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
    assert "3 out of 5 (somewhat)" in w.output.value and "Not saved yet" in w.output.value
    w.slider.value = 1
    assert "1 out of 5 (not at all)" in w.output.value and "Not saved yet" in w.output.value
    assert not (tmp_path / DEFAULT_FILE).exists()
    w.reasons.value = "It has no byline."
    w.button.click()
    assert load_prediction(tmp_path) == Prediction(1, "It has no byline.")
    assert f"Saved to {DEFAULT_FILE}" in w.output.value
    w.slider.value = 2
    assert "2 out of 5" in w.output.value and "Changed since you saved" in w.output.value
    assert load_prediction(tmp_path).rating == 1  # the file changes only when Save is pressed


def test_widget_carries_the_browser_test_classes(tmp_path):
    w = prediction_widget(tmp_path)
    assert "ml-browser-probe" in w.slider._dom_classes
    assert "ml-widget-output" in w.output._dom_classes


def test_widget_escapes_reasons_in_its_message(tmp_path):
    w = prediction_widget(tmp_path)
    w.reasons.value = "<script>alert(1)</script>"
    w.button.click()
    assert "<script>" not in w.output.value
