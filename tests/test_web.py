"""The web page and JSON API: pages, API answers, escaping, headers, path traversal, concurrent writes."""

from __future__ import annotations

import re
import subprocess
import sys
import threading

import httpx
import pytest
from fastapi.testclient import TestClient

from conftest_library import (HOSTILE_QUERIES, LiveServer, corpus, fill, hostile_work, pg_server,  # noqa: F401
                              story_with_dialogue)
from pg import new_database
from ficlens.library.storage import open_library
from ficlens.library.web.app import create_app, is_loopback, safe_url


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    library = open_library(str(tmp_path_factory.mktemp("web") / "library.sqlite"))
    ids = fill(library, corpus())
    ids["tea"] = library.add(story_with_dialogue())[0]
    ids["hostile"] = library.add(hostile_work())[0]
    client = TestClient(create_app(library))
    yield client, ids
    library.close()


def all_pages(ids) -> list[str]:
    return ["/", "/?q=lantern", "/?tag=Fluff&exclude=Angst", "/api/docs", "/?q=script",
            *(f"/works/{i}" for i in ids.values())]


def test_search_page_lists_blurbs_and_facets(site):
    client, ids = site
    page = client.get("/", params={"tag": "Fluff"})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "4 Works" in page.text  # harbour, storm, kettle (detected) and tea
    assert 'class="work blurb"' in page.text and "Lanterns Over the Harbour" in page.text
    assert "The Quiet Orchard" not in page.text
    # Facet sidebar: counts, include and exclude links keep the current filters.
    assert re.search(r'href="/\?tag=Fluff&amp;tag=Slow\+Burn"', page.text)
    assert re.search(r'href="/\?tag=Fluff&amp;exclude=Angst"', page.text)
    assert 'type="checkbox" name="tag" value="Fluff" checked' in page.text


def test_work_page_shows_card_reader_characters_graph(site):
    client, ids = site
    page = client.get(f"/works/{ids['tea']}").text
    assert '<details class="paratext"><summary>Author&#39;s note</summary>' in page
    # Quotes coloured by speaker: Wren speaks once, Juno twice (Juno gets the first colour).
    assert '<span class="quote spk-1" title="Wren">Is the tea ready?</span>' in page
    assert '<span class="quote spk-0" title="Juno">Sit down.</span>' in page
    assert "<svg" in page and 'class="edge romantic"' in page and "<title>Wren/Juno</title>" in page
    assert "Declared" in page and "Detected by ficlens" in page


def test_api_endpoints(site):
    client, ids = site
    works = client.get("/api/works", params={"per_page": 2}).json()
    assert works["total"] == len(ids) and len(works["works"]) == 2
    doc = client.get(f"/api/works/{ids['tea']}", params={"include_text": True}).json()
    assert doc["work"]["schema"] == "ficlens.work/1" and doc["work"]["text"].startswith("Author's note")
    assert "text" not in client.get(f"/api/works/{ids['tea']}").json()["work"]
    result = client.get("/api/search", params=[("tag", "Fluff"), ("exclude", "detected:Fluff")]).json()
    assert {w["title"] for w in result["works"]} == {"Lanterns Over the Harbour", "A Cup of Tea"}
    facets = client.get("/api/facets", params={"q": "lantern"}).json()
    assert facets["total"] == 2 and facets["facets"]["fandom"]
    spec = client.get("/api/openapi.json").json()
    assert {"/api/works", "/api/works/{work_id}", "/api/search", "/api/facets"} <= set(spec["paths"])
    at_root = client.get("/openapi.json")
    assert at_root.status_code == 200 and at_root.json() == spec  # where tools look for it first
    assert at_root.headers["content-security-policy"] and "/openapi.json" not in spec["paths"]
    assert "/api/search" in client.get("/api/docs").text
    assert client.get("/api/works/99999").status_code == 404
    for bad in ("0", "-1", "9" * 30, "abc", "1.5"):
        assert client.get(f"/api/works/{bad}").status_code == 400
        assert client.get(f"/works/{bad}").status_code == 400


@pytest.mark.parametrize("params", [
    {"words": "lots"}, {"page": "-1"}, {"per_page": "100000"}, {"sort": "random"}, {"complete": "maybe"},
    {"q": "x " * 700}, {"tag": "x" * 400}, {"words": ">" + "9" * 30}, {"page": "9" * 30},
])
def test_bad_parameters_are_clean_400(site, params):
    client, _ = site
    api = client.get("/api/search", params=params)
    assert api.status_code == 400, api.text
    assert api.json()["error"]["message"]
    assert client.get("/", params=params).status_code == 400


@pytest.mark.parametrize("text", HOSTILE_QUERIES)
def test_hostile_queries_never_500(site, text):
    client, ids = site
    for url in ("/api/search", "/api/facets", "/"):
        r = client.get(url, params={"q": text})
        assert r.status_code in (200, 400), (url, r.status_code, r.text[:200])
    assert client.get("/api/works").json()["total"] == len(ids)


def test_untrusted_text_is_escaped_everywhere(site):
    client, ids = site
    pages = [client.get(u).text for u in all_pages(ids)]
    pages.append(client.get("/", params={"q": '<script>alert("x")</script>'}).text)
    for html in pages:
        assert "<script" not in html.lower()
        assert not re.search(r"<img[^>]*onerror", html, re.I)
        assert 'href="javascript:' not in html.lower()
    work_page = client.get(f"/works/{ids['hostile']}").text
    assert "&lt;script&gt;" in work_page and "&lt;b&gt;bold&lt;/b&gt;" in work_page
    assert "javascript:alert(1)" in work_page  # shown as text, not as a link
    api = client.get(f"/api/works/{ids['hostile']}").json()
    assert "<script>" in api["work"]["declared"]["title"]  # JSON keeps the data, served as application/json


def test_security_headers_on_every_response(site):
    client, ids = site
    for url in [*all_pages(ids), "/api/works", "/static/style.css", "/nope", "/api/search?words=x"]:
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        script_src = re.search(r"script-src ([^;]*)", csp).group(1)
        assert "'unsafe-inline'" not in script_src
        assert "default-src 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
        assert r.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("path", [
    "/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fetc%2fpasswd",
    "/static/%252e%252e/etc/passwd", "/static//etc/passwd", "/static/..\\..\\etc\\passwd",
    "/static/style.css/../../templates/base.html", "/static/", "/static/.", "/static/%00",
])
def test_static_refuses_traversal(site, path):
    client, _ = site
    r = client.get(path)
    assert r.status_code in (400, 404), (path, r.status_code)
    assert "root:" not in r.text and "{% block" not in r.text


def test_static_serves_the_stylesheet(site):
    client, _ = site
    r = client.get("/static/style.css")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/css")


def test_loopback_and_link_helpers():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4")
    assert safe_url("https://archiveofourown.org/works/1") == "https://archiveofourown.org/works/1"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x", 'https://x/"onx'):
        assert safe_url(bad) is None


def test_serve_warns_when_not_on_loopback(tmp_path):
    code = ("import sys, uvicorn; uvicorn.run = lambda *a, **k: None; sys.argv = ['ficlens'] + sys.argv[1:];"
            "from ficlens.cli import main; main()")
    db = str(tmp_path / "lib.sqlite")
    public = subprocess.run([sys.executable, "-c", code, "serve", "--db", db, "--host", "0.0.0.0"],
                            capture_output=True, text=True, timeout=60)
    assert public.returncode == 0, public.stderr
    assert "warning" in public.stderr and "0.0.0.0" in public.stderr
    local = subprocess.run([sys.executable, "-c", code, "serve", "--db", db], capture_output=True, text=True,
                           timeout=60)
    assert "warning" not in local.stderr and "127.0.0.1" in local.stderr


WRITER = """
import sys
from ficlens.library.storage import open_library
from ficlens.library.synthetic import make_work
library = open_library(sys.argv[1])
for i in range(int(sys.argv[2])):
    library.add(make_work(100000 + i))
"""


def test_serve_answers_while_add_writes(tmp_path):
    db = str(tmp_path / "busy.sqlite")
    library = open_library(db)
    fill(library, corpus())
    n_new = 400
    with LiveServer(create_app(library)) as server:
        writer = subprocess.Popen([sys.executable, "-c", WRITER, db, str(n_new)], stderr=subprocess.PIPE, text=True)
        statuses, totals = [], []
        with httpx.Client(base_url=server.url, timeout=10) as http:
            while writer.poll() is None or len(statuses) < 20:
                r = http.get("/api/search", params={"tag": "Fluff", "per_page": 5})
                statuses.append(r.status_code)
                totals.append(http.get("/api/works").json()["total"])
                if len(statuses) > 2000:
                    break
            # On a loaded machine the reads may stop before the writer does: read once more after it.
            assert writer.wait(60) == 0, writer.stderr.read()
            totals.append(http.get("/api/works").json()["total"])
        assert set(statuses) == {200}
        assert totals == sorted(totals)  # readers see the library grow, never a half-written state
        assert max(totals) == 4 + n_new and min(totals) < max(totals)
    library.close()


def test_threads_share_one_library(site):
    client, ids = site
    errors: list[BaseException] = []

    def hit() -> None:
        try:
            for _ in range(10):
                assert client.get("/api/search", params={"q": "lantern"}).json()["total"] == 2
        except BaseException as exc:  # noqa: BLE001 - collected and re-raised in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=hit) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


@pytest.mark.postgres
def test_site_on_postgres(pg_server):
    library = open_library(new_database(pg_server))
    ids = fill(library, corpus())
    tea = library.add(story_with_dialogue())[0]
    client = TestClient(create_app(library))
    assert client.get("/api/search", params={"tag": "Fluff"}).json()["total"] == 4
    assert client.get("/api/search", params={"q": "'; DROP TABLE works; --"}).status_code == 200
    assert client.get("/api/search", params={"q": "lantern\x00"}).json()["total"] == 2
    page = client.get("/", params=[("tag", "Fluff"), ("exclude", "Angst")])
    assert page.status_code == 200 and "3 Works" in page.text
    assert '<span class="quote spk-0" title="Juno">Sit down.</span>' in client.get(f"/works/{tea}").text
    assert client.get("/api/works").json()["total"] == len(ids) + 1
    library.close()


def test_reader_keeps_every_word_and_balanced_markup():
    import html
    import random

    from ficlens.library.web.reader import reader_blocks, speaker_classes
    from ficlens.model import Paratext, Quote, Span

    rnd = random.Random(3)
    for _ in range(50):
        work = story_with_dialogue()
        words = [rnd.choice(["a", "<b>", "&amp;", "\"q\"", "tea", "\n", "\n\n", "x\ny"]) for _ in range(80)]
        work.text = " ".join(words)
        n = len(work.text)
        work.paratext = []
        if rnd.random() < 0.5:
            s = rnd.randrange(n)
            work.paratext = [Paratext(start=s, end=min(n, s + rnd.randint(1, 40)), kind="author_note")]
        work.quotes = []
        for i in range(rnd.randint(0, 8)):
            s = rnd.randrange(n)
            e = min(n, s + rnd.randint(1, 60))
            work.quotes.append(Quote(id=f"q{i}", start=s, end=e, text="", parts=[Span(s, e)],
                                     speaker=rnd.choice(["c0", "c1", None])))
        out = "".join(str(b.html) for b in reader_blocks(work, speaker_classes(work)))
        assert out.count("<span") == out.count("</span>") and out.count("<p>") == out.count("</p>")
        assert "<b>" not in out
        visible = html.unescape(re.sub(r"<[^>]+>", "", out))
        assert "".join(visible.split()) == "".join(work.text.split())
