"""A trainee's name is keyed as the user sees it: case aside, and a name glueplan gives ("Me", shown as
"Mig" in Danish and "Meg selv" in Bokmål) under one key for every language's text."""

from __future__ import annotations

from collections import defaultdict

import pytest

from glueplan.domain.default_names import given_names
from glueplan.domain.language import Localized
from glueplan.domain.paper import Paper, paper_for
from glueplan.domain.trainee import Units, units_for
from glueplan.domain.trainee_names import free_name, is_default_name, name_key, unnamed_own


def test_the_first_profiles_name_in_any_language_and_case_is_one_name() -> None:
    assert {name_key(name) for name in ("Me", "Mig", "MEG SELV", " meg selv ", "mE")} == {name_key("Me")}
    assert len({name_key(name) for name in ("Me", "Me (2)", "Mig (2)", "Mit program", "Ødegård")}) == 5
    assert free_name("Mig", {name_key("Me")}) == "Mig (2)"


def test_each_given_name_has_one_key_no_other_given_name_has() -> None:
    """Else a trainee's key would depend on which of two given names a text was taken for."""
    names_by_key: dict[str, set[Localized[str]]] = defaultdict(set)
    for name in given_names():
        assert len({name_key(text) for text in name.values()}) == 1, name
        names_by_key[name_key(name.en)].add(name)
    assert [names for names in names_by_key.values() if len(names) > 1] == []


def test_no_given_name_is_a_persons_name_in_another_language() -> None:
    """Bokmål's first profile was "Meg", also an English given name (Margaret): a coach's client "Meg"
    was shown as "Mig" in a Danish window and "Me" in an English one, and could not be added beside the
    first profile. A given name's texts are none of the names a trainee may really have."""
    from glueplan.domain.default_names import in_language
    from glueplan.domain.language import Language

    for name in ("Meg", "Mia", "Ida", "Ane"):
        assert {in_language(name, language) for language in Language} == {name}
        assert name_key(name) != name_key("Me")
    assert in_language("Me", Language.NB) == "Meg selv" and in_language("Meg selv", Language.DA) == "Mig"


def test_the_default_name_is_the_first_profiles_in_any_language_and_case_and_no_one_elses() -> None:
    """What "your" wording rests on (the window's title, the question before quitting, the sheet, the calendar)."""
    assert all(is_default_name(name) for name in ("Me", "mig", "MEG SELV", " Me "))
    assert not any(is_default_name(name) for name in ("Meg", "Sam", "My program", "Workout 1", ""))


@pytest.mark.parametrize(("name", "trainees", "unnamed"), [
    ("Me", 1, True), ("Mig", 1, True), ("Me", 2, False), ("Meg selv", 3, False), ("Sam", 1, False)])
def test_ones_own_profile_goes_unnamed_only_while_it_is_the_only_trainee(name: str, trainees: int,
                                                                        unnamed: bool) -> None:
    """Review 2.3: the sheet left a coach's own "Me" beside clients unnamed, the window's title named it; one
    policy for the title, the sheet, the calendar and the export's file name: the first profile's name alone."""
    assert unnamed_own(name, trainees) is unnamed


@pytest.mark.parametrize(("locale", "paper"), [("en_US", Paper.LETTER), ("es_MX.UTF-8", Paper.LETTER),
                                               ("fil-PH", Paper.LETTER), ("en_GB", Paper.A4), ("sr_RS@latin", Paper.A4),
                                               ("C.UTF-8", Paper.A4), ("en", Paper.A4), ("", Paper.A4)])
def test_the_paper_first_offered_is_the_locales_without_qt(locale: str, paper: Paper) -> None:
    """The paper was chosen from Qt's locale in the window's print module, which `glueplan print` loaded to choose
    it (0.38 s); now from the locale's name."""
    assert paper_for(locale) is paper


@pytest.mark.parametrize(("locale", "units"), [("en_US.UTF-8", Units.LB), ("es_US", Units.LB), ("chr_US", Units.LB),
                                               ("en-us", Units.LB), ("en_GB.UTF-8", Units.KG), ("en_LR", Units.KG),
                                               ("en_CA", Units.KG), ("C.UTF-8", Units.KG), ("", Units.KG)])
def test_the_likely_units_are_the_locales_as_the_c_library_measures(locale: str, units: Units) -> None:
    """Pounds where the C library's LC_MEASUREMENT measures in US units, every locale of the United States (Qt's
    QLocale said so for en_US and es_US alone, not chr_US), as paper_for decides the paper from a locale's name."""
    assert units_for(locale) is units
