"""docs/schema.md, generated from the model so that the published description never drifts."""

from __future__ import annotations

import dataclasses

from ..model import SCHEMA_ID, Work, field_types

INTRO = f"""# The work schema: `{SCHEMA_ID}`

Every `ficlens analyze --json` line, every stored library document and every `document`
column of a batch output is one JSON object of this schema. The machine-readable JSON
Schema (draft 2020-12) is [`src/ficlens/schema/work.schema.json`](../src/ficlens/schema/work.schema.json);
the test suite validates every output against it.

Conventions:

- All offsets (`start`, `end`) are character offsets into the work's text, end exclusive.
  For a plain-text file the text is its content decoded (BOM removed, no newline
  translation); for HTML and EPUB it is the extracted text, which `--include-text` adds
  as `text`.
- Paratext (headers, notes, credits, boilerplate) is labelled, never deleted: story
  spans are the text minus the `paratext` spans.
- Ids: characters are `c0`, `c1`, ... (most prominent first); quotes are `q0`, `q1`, ...
- A failed input is written instead as `{{"source": PATH, "error": {{"type": ..., "message": ...}}}}`.

This file is generated: `.venv/bin/python -m ficlens.schema.markdown > docs/schema.md`.
"""


def _type_name(tp) -> str:
    import types
    import typing

    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if dataclasses.is_dataclass(tp):
        return f"[{tp.__name__}](#{tp.__name__.lower()})"
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _type_name(inner[0]) + " or null"
    if origin is list:
        return "list of " + _type_name(args[0])
    if origin is dict:
        return "object of " + _type_name(args[1])
    return {str: "string", int: "integer", float: "number", bool: "boolean"}[tp]


def _classes() -> list[type]:
    seen: list[type] = []

    def visit(cls):
        if cls in seen:
            return
        seen.append(cls)
        import typing

        for tp in field_types(cls).values():
            for t in (tp, *typing.get_args(tp), *[a for x in typing.get_args(tp) for a in typing.get_args(x)]):
                if dataclasses.is_dataclass(t):
                    visit(t)

    visit(Work)
    return seen


def build_markdown() -> str:
    out = [INTRO]
    for cls in _classes():
        out.append(f"\n## {cls.__name__}\n\n{(cls.__doc__ or '').strip()}\n")
        out.append("| field | type | meaning |\n| --- | --- | --- |")
        hints = field_types(cls)
        for f in dataclasses.fields(cls):
            out.append(f"| `{f.name}` | {_type_name(hints[f.name])} | {f.metadata.get('doc', '')} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(build_markdown(), end="")
