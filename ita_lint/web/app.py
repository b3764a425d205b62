"""`ita-lint serve`: the web page for agency staff and the JSON API, a thin layer over the same run
as `ita-lint check` (ita_lint/web/checking.py, in worker processes).

Starlette rather than FastAPI: four routes and a multipart form need no request models, and
FastAPI would bring pydantic back into the install. Uploads stay in memory (the request is
bounded by `upload_mb`), go to a worker process, and are gone when the answer is sent; the
processing time limit kills the worker that overruns it.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, NamedTuple

import anyio
import anyio.to_process
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ita_lint import __version__
from ita_lint.diagnostics import LANGUAGES
from ita_lint.reporters import Run, render
from ita_lint.web import page
from ita_lint.web.checking import CheckedFile, Upload, check_uploads, prepare

MB = 1024 * 1024


class ServeSettings(NamedTuple):
    config: Path | None = None  # the configuration every upload is checked with
    workers: int = 2  # worker processes that check uploads
    upload_mb: float = 20.0  # the whole request
    max_files: int = 10  # files per request
    seconds: float = 60.0  # time to answer a request, waiting for a worker included


class Refused(Exception):
    """A request ita-lint answers with a message instead of findings."""

    def __init__(self, status: int, reason: str, **values: object) -> None:
        super().__init__(reason)
        self.status, self.reason, self.values = status, reason, values

    def message(self, lang: str) -> str:
        return page.REFUSALS[lang][self.reason].format(**self.values)


# Sent with every response: nothing from elsewhere may load (the page works offline), nothing may
# frame it, and results (the contents of someone's report) are never cached.
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    (b"cache-control", b"no-store"),
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]
]


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(
        self,
        scope: Scope,
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers if scope["type"] == "http" else send)


def _language(value: object) -> str:
    return value if isinstance(value, str) and value in LANGUAGES else "th"


async def _bounded(request: Request, limit: int) -> AsyncGenerator[bytes, None]:
    """The request body, refused as soon as it passes `limit` bytes (whatever Content-Length says)."""
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit:
            raise Refused(413, "too_large", mb=_number(limit / MB))
        yield chunk


def _number(value: float) -> str:
    return f"{value:g}"


async def _uploads(request: Request, settings: ServeSettings) -> tuple[list[Upload], str]:
    """The files of a multipart form (field `file`, repeatable) and the language it asks for."""
    limit = int(settings.upload_mb * MB)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise Refused(413, "too_large", mb=_number(settings.upload_mb))
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise Refused(400, "not_form")
    parser = MultiPartParser(
        request.headers, _bounded(request, limit), max_files=settings.max_files, max_fields=20
    )
    parser.spool_max_size = limit  # in memory: an upload never touches the disk here
    try:
        form = await parser.parse()
    except MultiPartException as error:
        if "Too many files" in error.message:
            raise Refused(413, "too_many", count=settings.max_files) from error
        raise Refused(400, "not_form") from error
    try:
        lang = _language(form.get("lang") or request.query_params.get("lang"))
        uploads = []
        for item in form.getlist("file"):
            if isinstance(item, UploadFile) and item.filename:
                uploads.append(Upload(item.filename, await item.read()))
    finally:
        await form.close()
    if not uploads:
        raise Refused(400, "no_file")
    return uploads, lang


class Checker:
    """Checks uploads in worker processes, at most `workers` at a time, each within the time limit."""

    def __init__(self, settings: ServeSettings) -> None:
        self.settings = settings
        self.limiter: anyio.CapacityLimiter | None = None

    async def start(self) -> None:
        self.limiter = anyio.CapacityLimiter(self.settings.workers)
        # start every worker now (imports, rules): the first visitors do not wait for them
        async with anyio.create_task_group() as group:
            for _ in range(self.settings.workers):
                group.start_soon(self._prepare)

    async def _prepare(self) -> None:
        await anyio.to_process.run_sync(prepare, self.settings.config, limiter=self.limiter)

    async def check_request(self, request: Request) -> tuple[list[CheckedFile], str]:
        """The files of a request checked, and the language its form asks for."""
        uploads, lang = await _uploads(request, self.settings)
        return await self.check(uploads), lang

    async def check(self, uploads: list[Upload]) -> list[CheckedFile]:
        try:
            with anyio.fail_after(self.settings.seconds):
                return await anyio.to_process.run_sync(
                    check_uploads, uploads, self.settings.config, cancellable=True, limiter=self.limiter
                )
        except TimeoutError as error:
            raise Refused(503, "too_slow", seconds=_number(self.settings.seconds)) from error


def create_app(settings: ServeSettings | None = None) -> Starlette:
    settings = settings or ServeSettings()
    checker = Checker(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await checker.start()
        yield

    async def home(request: Request) -> Response:
        return HTMLResponse(page.render(_language(request.query_params.get("lang")), settings))

    async def check_page(request: Request) -> Response:
        lang = _language(request.query_params.get("lang"))
        try:
            checked, lang = await checker.check_request(request)
        except Refused as refused:
            return HTMLResponse(page.render(lang, settings, refused=refused), status_code=refused.status)
        return HTMLResponse(page.render(lang, settings, checked=checked))

    async def check_api(request: Request) -> Response:
        """The findings as `ita-lint check --format json` prints them, in `?lang=` (Thai by default)."""
        lang = _language(request.query_params.get("lang"))
        try:
            checked, _ = await checker.check_request(request)
        except Refused as refused:
            error = {"error": {"code": refused.reason, "message": refused.message(lang)}}
            return JSONResponse(error, status_code=refused.status)
        findings = sorted(d for file in checked for d in file.findings[lang])
        body = render("json", Run(findings, [file.name for file in checked], (), lang))
        return Response(body, media_type="application/json")

    async def back_home(request: Request) -> Response:
        return RedirectResponse(f"/?lang={_language(request.query_params.get('lang'))}", status_code=303)

    async def health(request: Request) -> Response:
        return Response(json.dumps({"status": "ok", "version": __version__}), media_type="application/json")

    routes = [
        Route("/", home),
        Route("/check", check_page, methods=["POST"]),
        Route("/check", back_home, methods=["GET"]),  # a reload of the results page
        Route("/api/check", check_api, methods=["POST"]),
        Route("/healthz", health),
        Mount("/static", StaticFiles(packages=[("ita_lint.web", "static")]), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_middleware(SecurityHeaders)  # type: ignore[arg-type]
    return app
