"""One table names every export format; the CLI offers exactly its formats."""

from desktop.cli.commands.export import commands
from desktop.services.exports import FORMATS, formats_for


def test_every_format_has_a_suffix_a_label_and_a_writer():
    for (subject, name), fmt in FORMATS.items():
        assert (fmt.subject, fmt.name) == (subject, name)
        assert fmt.suffix.startswith(".") and fmt.label and callable(fmt.writer)


def test_the_formats_of_each_subject():
    assert list(formats_for("annotations")) == ["markdown", "csv", "json"]
    assert list(formats_for("articles")) == ["markdown", "text"]
    assert list(formats_for("references")) == ["csl-json", "ris", "bibtex"]
    assert list(formats_for("briefing")) == ["docx", "pdf"]
    assert formats_for("references")["ris"].suffix == ".ris"
    assert formats_for("briefing")["docx"].binary


def test_the_cli_offers_the_registrys_formats():
    for subject in ("annotations", "articles", "references", "briefing"):
        command = next(c for c in commands.commands if c.name == subject)
        fmt = next(o for o in command.options if o.flags == ("--format",))
        assert fmt.settings["choices"] == list(formats_for(subject))
