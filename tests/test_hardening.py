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


SECURITY = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def assert_secured(response):
    for name, value in SECURITY.items():
        assert response.headers.get(name) == value, (response.request.path, name)
    csp = response.headers.get("Content-Security-Policy", "")
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["script-src"] == "'self'"  # no 'unsafe-inline', no nonce needed
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"


def test_every_kind_of_answer_carries_the_security_headers(app, client, api, anon):
    answers = [
        anon.get("/login"),
        anon.get("/check"),  # redirect to sign in
        anon.get("/static/desk.css"),
        anon.get("/api/v1/speakers"),  # 401 JSON
        client.get("/check"),
        client.get("/search/?q=bridge"),
        client.get("/no-such-page"),
        client.get("/drafts/999"),
        api.get("/api/v1/speakers", headers=api.auth),
        api.post("/api/v1/check", data="not json", headers=api.auth),
    ]
    for response in answers:
        response.close()
    for response in answers:
        assert_secured(response)


def test_pages_carry_no_inline_script():
    """The CSP forbids inline script, so no template may hold one (or an on… handler)."""
    import re
    from pathlib import Path

    templates = Path(__file__).resolve().parent.parent / "templates"
    for path in templates.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), path
        assert not re.search(r"\son[a-z]+\s*=", html), path
        assert "javascript:" not in html, path
        assert not re.search(r"\sstyle\s*=|<style", html), path


# --- sign-in and sessions --------------------------------------------------------------------


def test_sign_in_takes_as_long_for_an_unknown_name_as_for_a_wrong_password(app):
    import time

    from desk import get_session
    from desk.services.users import authenticate

    make_user(app, "known", "editor")

    def timed(name):
        with app.app_context():
            started = time.perf_counter()
            assert authenticate(get_session(), name, "wrong password!", None) is None
            return time.perf_counter() - started

    timed("warm-up")  # the dummy hash is made once
    # The fastest of five runs each: a busy machine only ever adds time.
    known = min(timed("known") for _ in range(5))
    unknown = min(timed(f"nobody{i}") for i in range(5))
    # Before: 407 ms against 18 ms.  Now both hash a password.
    assert unknown > known * 0.5, (unknown, known)


def test_a_password_reset_ends_the_users_other_sessions(app, admin):
    from desk import get_session
    from desk.services.users import find_user

    other = signed_in(app, "ana", "editor")
    assert other.get("/check").status_code == 200
    with app.app_context():
        ana_id = find_user(get_session(), "ana").id
    assert admin.post(f"/users/{ana_id}/password", data={"password": "a brand new password"}).status_code == 302

    page = other.get("/check")
    assert page.status_code == 302 and "/login" in page.headers["Location"]
    assert other.post("/check", data={"text": "x"}).status_code in (302, 401)
    fresh = app.test_client()
    assert fresh.post("/login", data={"username": "ana", "password": PASSWORD}).status_code == 401
    assert fresh.post("/login", data={"username": "ana", "password": "a brand new password"}).status_code == 302
    assert fresh.get("/check").status_code == 200
    # The admin who did it is still signed in.
    assert admin.get("/users").status_code == 200


def test_an_admin_changing_their_own_password_stays_signed_in(app, admin):
    from desk import get_session
    from desk.services.users import find_user

    with app.app_context():
        own = find_user(get_session(), "ad").id
    admin.post(f"/users/{own}/password", data={"password": "another long password"})
    assert admin.get("/users").status_code == 200


def test_a_new_api_token_is_never_put_in_the_session_cookie(app, client):
    page = client.post("/account/tokens")
    html = page.get_data(as_text=True)
    token = html.split('id="new-token">')[1].split("<")[0]
    assert token.startswith("qd_")
    assert page.headers.get("Cache-Control") == "no-store"
    serializer = app.session_interface.get_signing_serializer(app)
    for header in page.headers.getlist("Set-Cookie"):
        if header.startswith("session="):
            assert token not in str(serializer.loads(header.split(";")[0].split("=", 1)[1]))
    cookie = client.get_cookie("session")
    assert token not in str(serializer.loads(cookie.value))
    # It works, and is not shown again.
    assert client.get("/api/v1/speakers", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert token not in client.get("/account").get_data(as_text=True)


# --- the sign-in brake ---------------------------------------------------------------------------


def _try_sign_in(app, name, password, remote):
    """'ok', 'refused' (wrong password, checked) or 'braked'."""
    from desk import get_session
    from desk.services.users import TooManyAttempts, authenticate

    with app.app_context():
        try:
            return "ok" if authenticate(get_session(), name, password, remote) else "refused"
        except TooManyAttempts:
            return "braked"


def test_the_brake_cannot_be_raced(app):
    import threading

    make_user(app, "kim", "editor")
    barrier = threading.Barrier(8)
    outcomes = []

    def guess(i):
        barrier.wait()
        outcomes.append(_try_sign_in(app, "kim", f"guess number {i}", "198.51.100.7"))

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # Before: all 8 guesses were checked (the count was read before any was written).
    assert outcomes.count("refused") <= 5, outcomes
    assert outcomes.count("braked") >= 3, outcomes


def test_nobody_can_lock_a_colleague_out_from_another_address(app):
    make_user(app, "kim", "editor")
    for _ in range(6):
        _try_sign_in(app, "kim", "not her password", "203.0.113.66")
    assert _try_sign_in(app, "kim", "not her password", "203.0.113.66") == "braked"
    # Kim, at her own desk, still gets in.
    assert _try_sign_in(app, "kim", PASSWORD, "192.0.2.10") == "ok"


def test_one_address_guessing_many_names_is_braked(app):
    outcomes = [_try_sign_in(app, f"name{i}", "a guess at it", "203.0.113.99") for i in range(22)]
    assert outcomes[:20] == ["refused"] * 20
    assert outcomes[20:] == ["braked", "braked"]
