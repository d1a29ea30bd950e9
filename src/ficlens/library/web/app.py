"""The web reader and JSON API: search with facets, AO3-style blurbs, a work page with the reader view.

Everything a work contains is untrusted: templates autoescape, the reader view escapes text
itself, links are only made to http(s) URLs, every response carries a strict Content-Security-Policy
(no inline scripts, nothing external), and static files come from a fixed allowlist.
"""

from __future__ import annotations

import ipaddress
import math
import re
from pathlib import Path
from typing import Any, Optional
from urllib.parse import urlencode, urlsplit

from fastapi import Depends, FastAPI, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException

from ...errors import FiclensError
from ..search import QueryError, SearchQuery
from ..storage import Library, open_library
from .params import build_query
from .reader import reader_blocks, relationship_graph, speaker_classes

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
                ".ico": "image/x-icon"}

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}

SORT_LABELS = {"best": "Best Match", "added": "Date Added", "words": "Word Count", "title": "Title",
               "author": "Author"}
FACET_LABELS = {"rating": "Ratings", "warning": "Warnings", "category": "Categories", "fandom": "Fandoms",
                "relationship": "Relationships", "character": "Characters", "freeform": "Additional Tags",
                "language": "Languages"}
RATING_SYMBOLS = {"general audiences": ("G", "rating-general"), "teen and up audiences": ("T", "rating-teen"),
                  "mature": ("M", "rating-mature"), "explicit": ("E", "rating-explicit")}


WORK_ID = PathParam(..., ge=1, le=2**62, description="The work's id in this library.")


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def safe_url(url: str | None) -> str | None:
    """The URL if it is plain http(s) (so no `javascript:` or `data:` link is ever made), else None."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") and not re.search(r"[\s\"'<>]", url.strip()) else None


def _bool_param(value: Optional[str]) -> bool | None:
    if value is None or value == "":
        return None
    v = value.lower()
    if v in ("1", "true", "yes", "on"):
        return True
    if v in ("0", "false", "no", "off"):
        return False
    raise QueryError(f"expected yes or no, got {value[:40]!r}")


def _int_param(value: Optional[str], name: str, default: int) -> int:
    if value is None or value == "":
        return default
    if not value.isdecimal() or len(value) > 9:
        raise QueryError(f"{name} must be a positive whole number")
    return int(value)


class SearchParams:
    """URL parameters of a search (the page, /api/search and /api/facets take the same ones)."""

    def __init__(
        self,
        q: str = Query("", description="Words to find; title and summary weigh most. Quote a phrase."),
        tag: list[str] = Query([], description="Tag that must be present (any type); prefix declared: or detected:."),
        exclude: list[str] = Query([], description="Tag that drops a work (any type)."),
        rating: list[str] = Query([], description="Rating; several mean any of them."),
        warning: list[str] = Query([], description="Archive warning that must be present."),
        exclude_warning: list[str] = Query([], description="Archive warning that must be absent."),
        category: list[str] = Query([], description="Category."),
        fandom: list[str] = Query([], description="Fandom."),
        character: list[str] = Query([], description="Character."),
        relationship: list[str] = Query([], description="Relationship."),
        words: Optional[str] = Query(None, description="Word count: >1000, <500 or 1000-5000."),
        complete: Optional[str] = Query(None, description="yes: complete works only; no: works in progress."),
        crossover: Optional[str] = Query(None, description="yes: crossovers only; no: no crossovers."),
        language: Optional[str] = Query(None, description="Language."),
        sort: str = Query("best", description="best, words, added, title or author."),
        page: Optional[str] = Query(None, description="Page number (from 1)."),
        per_page: Optional[str] = Query(None, description="Results per page (1-100, default 20)."),
    ):
        self.raw = {
            "q": q, "tag": tag, "exclude": exclude, "rating": rating, "warning": warning,
            "exclude_warning": exclude_warning, "category": category, "fandom": fandom, "character": character,
            "relationship": relationship, "words": words, "complete": complete, "crossover": crossover,
            "language": language, "sort": sort, "page": page, "per_page": per_page,
        }

    def query(self) -> SearchQuery:
        r = self.raw
        return build_query(
            text=r["q"], tag=r["tag"], exclude=r["exclude"], rating=r["rating"], warning=r["warning"],
            exclude_warning=r["exclude_warning"], category=r["category"], fandom=r["fandom"],
            character=r["character"], relationship=r["relationship"], words=r["words"],
            complete=_bool_param(r["complete"]), crossover=_bool_param(r["crossover"]), language=r["language"],
            sort=r["sort"], page=_int_param(r["page"], "page", 1), per_page=_int_param(r["per_page"], "per_page", 20),
        )

    def url(self, add: tuple[str, str] | None = None, remove: tuple[str, str] | None = None, **values: Any) -> str:
        """This search's URL with one filter added or removed, or parameters replaced (filters reset paging)."""
        if add or remove:
            values.setdefault("page", None)
        pairs: list[tuple[str, str]] = []
        for key, value in self.raw.items():
            value = values.get(key, value)
            if isinstance(value, list):
                kept = [v for v in value if v and (key, v) != remove]
                if add and add[0] == key and add[1] not in kept:
                    kept.append(add[1])
                pairs.extend((key, v) for v in kept)
            elif value not in (None, "") and not (key == "sort" and value == "best"):
                pairs.append((key, str(value)))
        return "/?" + urlencode(pairs) if pairs else "/"


def _templates() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    env.globals.update(safe_url=safe_url, facet_labels=FACET_LABELS, sort_labels=SORT_LABELS,
                       rating_symbol=rating_symbol)
    return env


def rating_symbol(rating: str | None) -> tuple[str, str]:
    return RATING_SYMBOLS.get((rating or "").strip().lower(), ("?", "rating-notrated"))


def create_app(library: Library | str | None = None) -> FastAPI:
    """The ASGI app over a library (an open `Library`, or a path/URL to open)."""
    lib = library if isinstance(library, Library) else open_library(library)
    env = _templates()
    static_files = {p.name: p for p in STATIC_DIR.iterdir() if p.is_file() and p.suffix in STATIC_TYPES}
    app = FastAPI(
        title="ficlens library API",
        description="Search and read the works in a ficlens library. Works follow schema ficlens.work/1.",
        version="1",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.library = lib

    def page(template: str, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(template).render(**context), status_code=status)

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers[name] = value
        return response

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        if wants_json(request):
            return JSONResponse({"error": {"type": exc.type, "message": str(exc)}}, status_code=400)
        return page("error.html", 400, title="Bad search", message=str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path"))
        message = f"{where}: {first.get('msg', 'invalid value')}" if where else "invalid request"
        if wants_json(request):
            return JSONResponse({"error": {"type": "bad_request", "message": message}}, status_code=400)
        return page("error.html", 400, title="Bad request", message=message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if wants_json(request):
            return JSONResponse({"error": {"type": "http", "message": message}}, status_code=exc.status_code)
        return page("error.html", exc.status_code, title=message, message=message)

    @app.exception_handler(FiclensError)
    async def library_error(request: Request, exc: FiclensError) -> Response:
        if wants_json(request):
            return JSONResponse({"error": {"type": exc.type, "message": str(exc)}}, status_code=503)
        return page("error.html", 503, title="Library unavailable", message=str(exc))

    # -- pages ---------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(params: SearchParams = Depends(SearchParams)) -> HTMLResponse:
        query = params.query()
        result = lib.search(query)
        facets = lib.facets(query)
        pages = max(1, math.ceil(result.total / query.per_page))
        return page(
            "search.html", params=params, query=query, result=result, facets=facets, pages=pages,
            applied=_applied(params), total_works=lib.count(),
        )

    @app.get("/works/{work_id}", response_class=HTMLResponse, include_in_schema=False)
    def work_page(work_id: int = WORK_ID) -> HTMLResponse:
        work = lib.get(work_id)
        stored = lib.stored_work(work_id)
        if work is None or stored is None:
            raise StarletteHTTPException(404, "No such work")
        classes = speaker_classes(work)
        return page(
            "work.html", work=work, stored=stored, blurb=stored.blurb, blocks=reader_blocks(work, classes),
            speakers=[(work.character(cid), cls) for cid, cls in classes.items()],
            graph=relationship_graph(work),
        )

    @app.get("/static/{name:path}", include_in_schema=False)
    def static(name: str) -> Response:
        path = static_files.get(name)
        if path is None:
            raise StarletteHTTPException(404, "Not found")
        return FileResponse(path, media_type=STATIC_TYPES[path.suffix],
                            headers={"Cache-Control": "public, max-age=3600"})

    @app.get("/openapi.json", include_in_schema=False)
    def openapi_at_root() -> JSONResponse:
        """The same description where tools look for it first (FastAPI's default path)."""
        return JSONResponse(app.openapi())

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return page("api_docs.html", spec=app.openapi())

    # -- JSON API ------------------------------------------------------------------------------
    @app.get("/api/works", summary="List works, newest first")
    def api_works(page: Optional[str] = Query(None, description="Page number (from 1)."),
                  per_page: Optional[str] = Query(None, description="Results per page (1-100).")) -> dict:
        query = SearchQuery(sort="added", page=_int_param(page, "page", 1),
                            per_page=_int_param(per_page, "per_page", 20))
        return lib.search(query).to_dict()

    @app.get("/api/works/{work_id}", summary="One work's full document (schema ficlens.work/1)")
    def api_work(work_id: int = WORK_ID, include_text: bool = Query(False, description="Add the text offsets index.")) -> dict:
        doc = lib.get_document(work_id, include_text=include_text)
        if doc is None:
            raise StarletteHTTPException(404, "No such work")
        return doc

    @app.get("/api/search", summary="Search with AO3's filters")
    def api_search(params: SearchParams = Depends(SearchParams)) -> dict:
        return lib.search(params.query()).to_dict()

    @app.get("/api/facets", summary="Tag counts among the works a search matches")
    def api_facets(params: SearchParams = Depends(SearchParams),
                   limit: Optional[str] = Query(None, description="Tags per type (1-100, default 10).")) -> dict:
        n = _int_param(limit, "limit", 10)
        if not 1 <= n <= 100:
            raise QueryError("limit must be between 1 and 100")
        query = params.query()
        return {"total": lib.search(query).total, "facets": lib.facets(query, limit=n)}

    return app


def _applied(params: SearchParams) -> list[tuple[str, str, str]]:
    """(parameter, value, label) of every tag filter in force, for the sidebar's checked boxes."""
    labels = {"tag": "Include", "exclude": "Exclude", "rating": "Rating", "warning": "Warning",
              "exclude_warning": "Exclude warning", "category": "Category", "fandom": "Fandom",
              "character": "Character", "relationship": "Relationship"}
    return [(key, v, labels[key]) for key in labels for v in params.raw[key] if v]
