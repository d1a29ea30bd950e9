from . import build_schema
import json

print(json.dumps(build_schema(), indent=2, ensure_ascii=False))
