"""A trainee's name is keyed as the user sees it: case aside, and a name glueplan gives ("Me", shown as
"Mig" in Danish and "Meg selv" in Bokmål) under one key for every language's text."""

from __future__ import annotations

from collections import defaultdict

from glueplan.domain.default_names import given_names
from glueplan.domain.language import Localized
from glueplan.domain.trainee_names import free_name, name_key


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
