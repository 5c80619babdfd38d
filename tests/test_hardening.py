"""Serving settings and hardening: proxy headers, cookie flags, security headers."""

from __future__ import annotations

import pytest
from flask import jsonify, request

from desk import create_app
from tests.conftest import PASSWORD, make_user, signed_in


def make_app(tmp_path, **config):
    return create_app({"TESTING": True, "DESK_DATA_DIR": tmp_path / "data", "WTF_CSRF_ENABLED": False, **config})


@pytest.fixture
def cleanup():
    apps = []
    yield apps.append
    for app in apps:
        app.extensions["desk_index"].close()
        app.extensions["desk_engine"].dispose()


def probe_app(tmp_path, cleanup, **config):
    app = make_app(tmp_path, **config)
    cleanup(app)

    @app.get("/_probe")
    def probe():
        return jsonify(addr=request.remote_addr, scheme=request.scheme, host=request.host, root=request.url_root)

    return app


FORWARDED = {
    "X-Forwarded-For": "203.0.113.7",
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Host": "desk.example.org",
}


def test_proxy_headers_are_trusted_only_when_configured(tmp_path, cleanup):
    behind = signed_in(probe_app(tmp_path / "a", cleanup, DESK_PROXY_FIX=1), "ed", "editor")
    seen = behind.get("/_probe", headers=FORWARDED, environ_base={"REMOTE_ADDR": "127.0.0.1"}).get_json()
    assert seen == {"addr": "203.0.113.7", "scheme": "https", "host": "desk.example.org", "root": "https://desk.example.org/"}

    direct = signed_in(probe_app(tmp_path / "b", cleanup), "ed", "editor")
    seen = direct.get("/_probe", headers=FORWARDED, environ_base={"REMOTE_ADDR": "127.0.0.1"}).get_json()
    assert seen["addr"] == "127.0.0.1" and seen["scheme"] == "http" and seen["host"] == "localhost"


def _session_cookie(response) -> str:
    cookies = [v for v in response.headers.getlist("Set-Cookie") if v.startswith("session=")]
    assert cookies, response.headers
    return cookies[-1]


def sign_in_response(app, **kwargs):
    make_user(app, "ed", "editor")
    page = app.test_client().post("/login", data={"username": "ed", "password": PASSWORD}, **kwargs)
    assert page.status_code == 302
    return page


def test_session_cookie_is_samesite_lax_and_httponly(app):
    page = sign_in_response(app)
    cookie = _session_cookie(page)
    assert "SameSite=Lax" in cookie
    assert "HttpOnly" in cookie
    assert "Secure" not in cookie


def test_secure_cookies_by_setting(tmp_path, cleanup):
    app = make_app(tmp_path, DESK_SECURE_COOKIES=True)
    cleanup(app)
    page = sign_in_response(app, base_url="https://localhost")
    cookie = _session_cookie(page)
    assert "Secure" in cookie and "SameSite=Lax" in cookie


def test_secure_cookies_from_the_environment():
    from config import Config

    assert Config({"DESK_SECURE_COOKIES": "1"}).as_dict()["DESK_SECURE_COOKIES"] is True
    assert Config({"DESK_SECURE_COOKIES": "0"}).as_dict()["DESK_SECURE_COOKIES"] is False
    assert Config({"DESK_PROXY_FIX": "2"}).as_dict()["DESK_PROXY_FIX"] == 2
