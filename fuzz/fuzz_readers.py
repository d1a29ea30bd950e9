"""Coverage-guided fuzz target (atheris) for every reader and the structure stage.

Run:  .venv/bin/python fuzz/fuzz_readers.py -max_total_time=1800 [corpus_dir]
(`make fuzz` runs it for FUZZ_SECONDS). A finding is any exception other than a
`FiclensError`, or offsets that fall outside the text.
"""

import sys

import atheris

with atheris.instrument_imports(include=["ficlens"]):
    from ficlens.errors import FiclensError
    from ficlens.pipeline import Pipeline
    from ficlens.readers import reader_modules

    READERS = reader_modules()
    STRUCTURE = Pipeline(["structure"])
NAMES = {"epub": "fuzz.epub", "html": "fuzz.html", "plaintext": "fuzz.txt"}


def check_offsets(work) -> None:
    n = len(work.text)
    for item in [*work.paratext, *work.chapters, *work.scenes, *work.paragraphs, *work.sentences]:
        if not 0 <= item.start <= item.end <= n:
            raise AssertionError(f"span out of text: {item} (len {n})")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    module = READERS[data[0] % len(READERS)]
    payload = data[1:]
    name = NAMES[module.__name__.rsplit(".", 1)[1]]
    try:
        work = module.read(name, payload)
    except FiclensError:
        return
    check_offsets(work)
    try:
        work = STRUCTURE.run(work)
    except FiclensError:
        return
    check_offsets(work)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
