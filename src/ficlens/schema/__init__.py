"""The published JSON Schema of `ficlens.work/1`, generated from the model's dataclasses.

`python -m ficlens.schema` prints it; `work.schema.json` beside this file is the
published copy (a test checks they agree), and `docs/schema.md` describes it.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import lru_cache
from pathlib import Path

from ..model import SCHEMA_ID, Work, field_types

SCHEMA_FILE = Path(__file__).with_name("work.schema.json")


def _type_schema(tp, defs: dict) -> dict:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if dataclasses.is_dataclass(tp):
        _define(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        sub = _type_schema(inner[0], defs)
        return {"anyOf": [sub, {"type": "null"}]}
    if origin is list:
        return {"type": "array", "items": _type_schema(args[0], defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(args[1], defs)}
    return {str: {"type": "string"}, int: {"type": "integer"}, float: {"type": "number"}, bool: {"type": "boolean"}}[tp]


def _define(cls, defs: dict) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}
    hints = field_types(cls)
    props = {}
    for f in dataclasses.fields(cls):
        sub = dict(_type_schema(hints[f.name], defs))
        sub["description"] = f.metadata.get("doc", "")
        props[f.name] = sub
    defs[cls.__name__] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "properties": props,
        "required": [f.name for f in dataclasses.fields(cls) if f.name != "text"],
        "additionalProperties": False,
    }


def build_schema() -> dict:
    defs: dict = {}
    _define(Work, defs)
    root = dict(defs.pop("Work"))
    root["properties"]["schema"]["const"] = SCHEMA_ID
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "ficlens work",
        **root,
        "$defs": defs,
    }


@lru_cache(maxsize=1)
def published_schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def validate(data: dict) -> None:
    """Raise jsonschema.ValidationError if `data` is not a valid ficlens.work/1 document."""
    import jsonschema

    jsonschema.validate(data, published_schema(), cls=jsonschema.Draft202012Validator)


def error_schema() -> dict:
    """The JSON line `analyze --json` writes for an input that failed."""
    return {
        "type": "object",
        "properties": {
            "source": {"type": ["string", "null"]},
            "error": {
                "type": "object",
                "properties": {"type": {"type": "string"}, "message": {"type": "string"}},
                "required": ["type", "message"],
            },
        },
        "required": ["source", "error"],
    }


