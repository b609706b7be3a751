"""glueplan trainee says which trainee it added, renamed, archived or restored with the name in
quotes, as the app's other sentences do: a trainee named 'Meg' ('me') read as a pronoun."""

from __future__ import annotations

from pathlib import Path

import pytest

from glueplan.cli import main


@pytest.mark.parametrize(("language", "said"), [
    ("en", ["Added “Meg”.", "“Meg” is now called “Me”.", "“Me” is archived:", "“Me” is back among the trainees."]),
    ("da", ["»Meg« er tilføjet.", "»Meg« hedder nu »Me«.", "»Me« er arkiveret:", "»Me« er tilbage blandt udøverne."]),
    ("nb", ["«Meg» er lagt til.", "«Meg» heter nå «Me».", "«Me» er arkivert:", "«Me» er tilbake blant utøverne."]),
])
def test_the_trainee_commands_quote_the_name(capsys: pytest.CaptureFixture[str], db_path: Path, language: str,
                                             said: list[str]) -> None:
    steps = [["add", "Ane"], ["add", "Meg"], ["rename", "Meg", "Me"], ["archive", "Me"], ["archive", "Me", "--restore"]]
    printed = []
    for step in steps:
        assert main(["--lang", language, "trainee", *step]) == 0
        printed.append(capsys.readouterr().out)
    assert [line.startswith(start) for line, start in zip(printed[1:], said, strict=True)] == [True] * 4, printed
