"""Every command line in the README's shell blocks is checked against the real commands, so the README
stays true as it is edited: each `ficlens` line's subcommand and options must exist (as `--help` lists
them), and it takes positional arguments only if the command has some; each `make` line must name a Makefile target. A line of any other
program fails until this test learns how to check it."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from ficlens.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def shell_lines() -> list[str]:
    """Command lines of the README's ```sh blocks, comments and output redirections removed."""
    lines, inside = [], False
    for raw in README.read_text(encoding="utf-8").splitlines():
        if raw.startswith("```"):
            inside = raw.strip() in ("```sh", "```bash", "```shell", "```console")
            continue
        if inside and raw.strip() and not raw.lstrip().startswith("#"):
            lines.append(raw)
    return lines


def words(line: str) -> list[str]:
    tokens = shlex.split(line, comments=True)
    if ">" in tokens:
        tokens = tokens[: tokens.index(">")]
    return tokens


def makefile_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([A-Za-z][\w-]*):", text, re.M))


def resolve(tokens: list[str]) -> tuple[list[str], object, list[str]]:
    """(command path, the command, its own arguments) for `ficlens ...` tokens."""
    command = typer.main.get_command(app)
    path: list[str] = []
    rest = tokens[1:]
    while isinstance(command, typer.core.TyperGroup) and rest and not rest[0].startswith("-"):
        sub = command.get_command(None, rest[0])
        assert sub is not None, f"README runs 'ficlens {' '.join(path + rest[:1])}', which is no command"
        path.append(rest[0])
        command, rest = sub, rest[1:]
    return path, command, rest


README_LINES = shell_lines()


def test_the_readme_has_command_lines():
    assert sum(words(line)[0].endswith("ficlens") for line in README_LINES) >= 10


@pytest.mark.parametrize("line", README_LINES)
def test_readme_command_line_is_real(line: str):
    tokens = words(line)
    program = tokens[0]
    if program == "make":
        missing = [t for t in tokens[1:] if "=" not in t and t not in makefile_targets()]
        assert not missing, f"README runs make {missing}, which the Makefile does not define"
        return
    assert program.endswith("ficlens"), f"README runs {program!r}; teach tests/test_readme_commands.py to check it"
    path, command, args = resolve(tokens)
    help_text = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "200"})
    assert help_text.exit_code == 0, help_text.output
    known = {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)}
    for token in args:
        if token.startswith("--"):
            option = token.split("=", 1)[0]
            assert option in known, f"README: 'ficlens {' '.join(path)}' has no option {option}"
            assert option in help_text.output, f"{option} missing from 'ficlens {' '.join(path)} --help'"
    takes_values = {opt for param in command.params if not getattr(param, "is_flag", False) for opt in param.opts}
    positional = [t for i, t in enumerate(args) if not t.startswith("-") and (i == 0 or args[i - 1] not in takes_values)]
    arguments = [p for p in command.params if p.param_type_name == "argument"]
    assert not positional or arguments, f"README gives 'ficlens {' '.join(path)}' arguments {positional}; it takes none"
