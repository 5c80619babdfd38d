"""Quote Desk: quote attribution and fact-checking for newsrooms.

``create_app`` builds the Flask application: configuration (defaults → environment → a test
mapping), the data folder, the database (migrated to the newest schema), one Whoosh index per
process (which a server process keeps following the database's change log: desk.follower), CSRF
protection, the blueprints, the ``flask desk`` commands and the error handlers.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from flask import Flask, g, jsonify, render_template, request
from flask_wtf.csrf import CSRFError, CSRFProtect
from sqlalchemy.orm import Session
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix

from config import Config
from desk import limits
from desk.db import make_engine, make_sessionmaker, migrate
from desk.errors import DeskError
from index import PassageIndex

csrf = CSRFProtect()

ROOT = Path(__file__).resolve().parent.parent


def _secret_key(data_dir: Path) -> str:
    """A random key kept in the data folder, so sessions survive restarts without configuration."""
    path = data_dir / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def create_app(test_config: dict | None = None) -> Flask:
    """Create and configure the app."""
    app = Flask(
        __name__,
        template_folder=str(ROOT / "templates"),
        static_folder=str(Path(__file__).parent / "static"),
    )
    app.config.from_mapping(Config().as_dict())
    if test_config:
        app.config.update(test_config)

    from desk import times, words

    times.init_app(app)  # a bad DESK_TIME_ZONE stops the start here, before anything is written
    words.init_app(app)
    data_dir = Path(app.config["DESK_DATA_DIR"]).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    app.config["DESK_DATA_DIR"] = data_dir
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _secret_key(data_dir)
    if not app.config.get("DESK_DATABASE_URL"):
        app.config["DESK_DATABASE_URL"] = f"sqlite:///{data_dir / 'desk.sqlite3'}"
    max_mb = int(app.config.get("DESK_MAX_UPLOAD_MB") or 20)
    app.config["DESK_MAX_UPLOAD_BYTES"] = max_mb * 1024 * 1024
    # A whole request may carry several files; the per-file limit is checked on each.
    app.config["MAX_CONTENT_LENGTH"] = max_mb * 1024 * 1024 * 5
    # A pasted text field may be as long as the paste limits allow (desk.limits).
    app.config["MAX_FORM_MEMORY_SIZE"] = (test_config or {}).get("MAX_FORM_MEMORY_SIZE") or limits.MAX_FORM_MEMORY_SIZE
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", None)
    # Flask's defaults already hold these keys (SameSite None), so ``setdefault`` would never
    # apply: set them, unless a test mapping chose otherwise.
    cookies = {
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": bool(app.config.get("DESK_SECURE_COOKIES")),
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": bool(app.config.get("DESK_SECURE_COOKIES")),
    }
    for key, value in cookies.items():
        if key not in (test_config or {}):
            app.config[key] = value
    proxies = int(app.config.get("DESK_PROXY_FIX") or 0)
    if proxies > 0:
        # Behind N proxies, the Nth-from-last X-Forwarded-* value is the one a proxy we trust set.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies, x_port=proxies, x_prefix=proxies)

    engine = make_engine(app.config["DESK_DATABASE_URL"])
    migrate(engine)
    app.extensions["desk_engine"] = engine
    app.extensions["desk_sessionmaker"] = make_sessionmaker(engine)
    app.extensions["desk_index"] = PassageIndex(data_dir / "index")
    _report_index_health(app)

    csrf.init_app(app)
    from desk import auth

    auth.init_app(app)

    from desk.ids import IdConverter

    app.url_map.converters["int"] = IdConverter   # an id past any record's is a 404, not an error
    from desk.views import admin, api, archive, attributions, check, library, search, speakers
    from desk.views import auth as auth_views

    app.register_blueprint(auth_views.bp)
    app.register_blueprint(admin.bp)
    app.register_blueprint(attributions.bp)
    app.register_blueprint(check.bp)
    app.register_blueprint(archive.bp)
    app.register_blueprint(library.bp)
    app.register_blueprint(speakers.bp)
    app.register_blueprint(search.bp)
    app.register_blueprint(api.bp)
    csrf.exempt(api.bp)

    from desk.cli import desk_cli

    app.cli.add_command(desk_cli)

    app.teardown_appcontext(_close_session)
    app.before_request(lambda: _follow(app))
    app.after_request(_security_headers)
    _register_error_handlers(app)
    app.add_url_rule("/", endpoint="home", view_func=library.home)
    return app


def _follow(app: Flask) -> None:
    """Start this server process's change-log follower at its first request (desk.follower)."""
    follower = app.extensions.get("desk_follower")
    if follower is None or follower.pid != os.getpid():
        from desk import follower as following

        following.start(app)


def _report_index_health(app: Flask) -> None:
    """Log a warning at start when the index and the database hold different numbers of passages."""
    from desk.services import index_upkeep

    session = app.extensions["desk_sessionmaker"]()
    try:
        message = index_upkeep.disagreement(session, app.extensions["desk_index"])
    finally:
        session.close()
    if message:
        app.logger.warning(message)


def get_session() -> Session:
    """The database session of the current request or command, opened on first use."""
    from flask import current_app

    if "db" not in g:
        g.db = current_app.extensions["desk_sessionmaker"]()
    return g.db


def get_index() -> PassageIndex:
    from flask import current_app

    return current_app.extensions["desk_index"]


def _close_session(_exc=None) -> None:
    session = g.pop("db", None)
    if session is not None:
        session.close()


#: Scripts, styles and everything else only from this site; no inline script (the templates load
#: theirs from static files), no plug-ins, no framing by other sites, forms post only here.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # Links out to a source's own site do not tell it which draft or search they came from.
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def _security_headers(response):
    """Add the security headers to every answer: pages, API, static files and errors."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


#: Page endpoints that the pages' scripts call and that answer JSON, errors included.
JSON_ENDPOINTS = frozenset({"library.upload_one", "search.passages_json", "admin.reindex_status", "check.job_status"})


def _wants_json() -> bool:
    """Whether an error should be answered as JSON: the API, and the endpoints scripts call."""
    return (
        request.path.startswith("/api/")
        or request.endpoint in JSON_ENDPOINTS
        or request.accept_mimetypes.best == "application/json"
    )


def _too_large_message() -> str:
    """Say which limit a 413 hit: the whole upload's size, or one pasted text field's."""
    from flask import current_app

    per_file = current_app.config["DESK_MAX_UPLOAD_BYTES"] // (1024 * 1024)
    whole = (current_app.config.get("MAX_CONTENT_LENGTH") or 0) // (1024 * 1024)
    if (request.content_length or 0) > (current_app.config.get("MAX_CONTENT_LENGTH") or 0):
        return f"That upload is too large: each file may be at most {per_file} MB, and one upload at most {whole} MB."
    return limits.paste_limits_message()


def _register_error_handlers(app: Flask) -> None:
    @app.errorhandler(DeskError)
    def desk_error(exc: DeskError):
        if _wants_json():
            return jsonify(error={"code": exc.code, "message": exc.message}), exc.status
        return render_template("error.html", title="Something needs fixing", message=exc.message), exc.status

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError):
        msg = "The form expired or was sent from elsewhere. Go back, reload the page and try again."
        if _wants_json():
            return jsonify(error={"code": "csrf", "message": msg}), 400
        return render_template("error.html", title="Form expired", message=msg), 400

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        if exc.code == 413:
            message = _too_large_message()
        else:
            message = exc.description
        if _wants_json():
            code = (exc.name or "error").lower().replace(" ", "_")
            return jsonify(error={"code": code, "message": message}), exc.code
        return render_template("error.html", title=exc.name, message=message), exc.code

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        app.logger.exception("unexpected error on %s", request.path)
        message = "Something went wrong on our side; nothing was changed. The error has been logged."
        if _wants_json():
            return jsonify(error={"code": "internal_error", "message": message}), 500
        return render_template("error.html", title="Unexpected error", message=message), 500
