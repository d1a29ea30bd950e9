"""Reader throughput in words per CPU second, and peak traced memory, on generated AO3-like inputs.

Run: .venv/bin/python benchmarks/bench_readers.py [megabytes]
Inputs are made from the bundled examples, repeated to about the given size (default 5 MB).
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from epub_builder import Story, build_ao3_epub  # noqa: E402

from ficlens.readers import read_path  # noqa: E402
from ficlens.text import count_words  # noqa: E402


def make_inputs(folder: Path, megabytes: float) -> dict[str, Path]:
    text_example = (ROOT / "examples" / "whatever_the_weather_ffnet.txt").read_text(encoding="utf-8")
    repeats = max(1, int(megabytes * 1024 * 1024 / len(text_example.encode())))
    text_path = folder / "novel.txt"
    text_path.write_text(text_example * repeats, encoding="utf-8")

    html_example = (ROOT / "examples" / "the_last_patrol_ao3.html").read_text(encoding="utf-8")
    head, chapters = html_example.split('<div id="chapters" class="userstuff">', 1)
    body, tail = chapters.rsplit('<div id="afterword">', 1)
    body = body.rstrip().removesuffix("</div>")
    repeats = max(1, int(megabytes * 1024 * 1024 / len(body.encode())))
    html_path = folder / "novel.html"
    html_path.write_text(
        head + '<div id="chapters" class="userstuff">' + body * repeats + '</div>\n<div id="afterword">' + tail, encoding="utf-8"
    )

    paragraphs = [p for p in text_example.split("\n\n") if p.strip()]
    chapter_count = max(1, int(megabytes * 1024 * 1024 / len(text_example.encode())))
    story = Story(title="Bench", author="bench", chapters=[(f"Chapter {i + 1}", paragraphs) for i in range(chapter_count)])
    epub_path = build_ao3_epub(folder / "novel.epub", story)
    return {"text": text_path, "ao3-html": html_path, "ao3-epub": epub_path}


def measure(path: Path) -> tuple[float, int, float, int]:
    start = time.process_time()
    work = read_path(path)
    seconds = time.process_time() - start
    words = count_words(work.text)
    tracemalloc.start()
    read_path(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, words, peak / 1e6, path.stat().st_size


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in make_inputs(Path(tmp), megabytes).items():
            seconds, words, peak_mb, size = measure(path)
            print(
                f"{name:9s} {size / 1e6:6.1f} MB file  {words:9,d} words  {seconds:6.3f} s CPU  "
                f"{words / seconds:12,.0f} words/s  peak traced {peak_mb:6.1f} MB ({peak_mb * 1e6 / size:.1f}x file)"
            )


if __name__ == "__main__":
    main()
