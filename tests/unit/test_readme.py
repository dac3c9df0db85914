"""The README's promises stay true: CI runs exactly the test command the README gives."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _commands() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_readme_opens_with_launch_and_test_commands():
    launch, test = _commands()[:2]
    assert launch.endswith("python -m desktop")
    assert "pytest" in test


def test_ci_runs_exactly_the_readme_test_command():
    test = _commands()[1]
    ci_lines = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    assert test in ci_lines


def test_pip_install_gives_a_gui_command():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["gui-scripts"]["district-reader"] == "desktop.cli:main"
    assert project["scripts"]["district-reader-cli"] == "desktop.cli:main"
