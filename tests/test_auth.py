"""Who may do what, route by route: signed out, viewer, editor, admin, and API tokens."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PASSWORD, make_user, signed_in

OPEN = {"auth.login", "static"}
ADMIN_ONLY = {
    "auth.users", "auth.update_user", "auth.reset_password", "admin.index", "admin.reindex", "admin.reindex_status",
    "archive.archived", "archive.restore_draft",
}


def routes(app):
    """Every route of the app as (endpoint, method, url) with sample ids filled in."""
    out = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint in OPEN:
            continue
        url = rule.rule
        for arg in rule.arguments:
            url = url.replace(f"<int:{arg}>", "1").replace(f"<{arg}>", "1")
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            out.append((rule.endpoint, method, url))
    return out


def test_the_route_list_covers_the_app(app):
    endpoints = {e for e, _, _ in routes(app)}
    assert {"check.new", "library.new", "search.index", "api.search", "api.check", "auth.users"} <= endpoints


def test_signed_out_sees_nothing(app, anon):
    for endpoint, method, url in routes(app):
        page = anon.open(url, method=method)
        if url.startswith("/api/"):
            assert page.status_code == 401, (endpoint, method)
            assert page.get_json()["error"]["code"] == "unauthorized"
        elif method == "GET":
            assert page.status_code == 302 and "/login" in page.headers["Location"], (endpoint, method)
        else:
            assert page.status_code == 401, (endpoint, method)


def test_a_viewer_can_read_but_change_nothing(app, viewer):
    for endpoint, method, url in routes(app):
        if url.startswith("/api/") or endpoint == "auth.logout":
            continue
        page = viewer.open(url, method=method)
        if method == "GET":
            expected = 403 if endpoint in ADMIN_ONLY else None
            if expected:
                assert page.status_code == 403, (endpoint, method)
            else:
                assert page.status_code in (200, 302, 404), (endpoint, method, page.status_code)
        elif endpoint not in ("auth.logout", "auth.create_token", "auth.revoke_token"):
            assert page.status_code == 403, (endpoint, method, page.status_code)


def test_only_admins_manage_users(app, client, admin):
    assert client.get("/users").status_code == 403
    assert client.post("/users", data={"username": "new", "role": "editor", "password": PASSWORD}).status_code == 403
    page = admin.post("/users", data={"username": "newbie", "role": "viewer", "password": PASSWORD}, follow_redirects=True)
    assert "Added newbie (viewer)" in page.get_data(as_text=True)
    page = admin.post("/users", data={"username": "newbie", "role": "viewer", "password": PASSWORD})
    assert page.status_code == 409 and "already a user called newbie" in page.get_data(as_text=True)
    page = admin.post("/users", data={"username": "short", "role": "viewer", "password": "abc"})
    assert page.status_code == 400 and "at least 10 characters" in page.get_data(as_text=True)


def test_api_tokens_roles_and_revocation(app):
    from desk import get_session
    from desk.services.users import new_token, revoke_all_tokens

    viewer_id = make_user(app, "reader", "viewer")
    with app.app_context():
        token = new_token(get_session(), viewer_id)
    client = app.test_client()
    h = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/speakers", headers=h).status_code == 200
    r = client.post("/api/v1/check", json={"text": "“Hi,” she said."}, headers=h)
    assert r.status_code == 403 and r.get_json()["error"]["code"] == "forbidden"
    assert client.get("/api/v1/speakers", headers={"Authorization": "Bearer nope"}).status_code == 401
    with app.app_context():
        assert revoke_all_tokens(get_session(), viewer_id) == 1
    assert client.get("/api/v1/speakers", headers=h).status_code == 401


def test_a_browser_session_does_not_open_the_api(client):
    """The API has no CSRF check, so a session cookie alone must not be enough."""
    assert client.get("/api/v1/speakers").status_code == 401


def test_sign_in_is_rate_limited_and_wrong_passwords_are_refused(app, anon):
    make_user(app, "kim", "editor")
    for _ in range(5):
        page = anon.post("/login", data={"username": "kim", "password": "wrong password"})
        assert page.status_code == 401 and "do not match" in page.get_data(as_text=True)
    page = anon.post("/login", data={"username": "kim", "password": PASSWORD})
    assert page.status_code == 429 and "Too many failed sign-ins" in page.get_data(as_text=True)
    assert anon.get("/check").status_code == 302


def test_sessions_expire_and_sign_out_ends_them(app):
    client = signed_in(app, "lee", "editor")
    assert app.permanent_session_lifetime.total_seconds() == 12 * 3600
    assert client.get("/check").status_code == 200
    client.post("/logout")
    assert client.get("/check").status_code == 302


def test_next_never_leaves_the_site(app):
    make_user(app, "sam", "editor")
    client = app.test_client()
    page = client.post("/login", data={"username": "sam", "password": PASSWORD, "next": "https://evil.example/"})
    assert page.headers["Location"] == "/"
    client = app.test_client()
    page = client.post("/login", data={"username": "sam", "password": PASSWORD, "next": "/search/?q=x"})
    assert page.headers["Location"] == "/search/?q=x"


def test_cli_user_add_and_token(app, runner):
    out = runner.invoke(args=["desk", "user", "add", "ana", "--role", "editor", "--password-stdin"], input=PASSWORD + "\n")
    assert out.exit_code == 0 and "Added ana (editor)" in out.output
    out = runner.invoke(args=["desk", "user", "add", "ana", "--role", "editor", "--password-stdin"], input=PASSWORD + "\n")
    assert out.exit_code == 1 and "already a user called ana" in out.output
    out = runner.invoke(args=["desk", "user", "add", "bo", "--role", "boss", "--password-stdin"], input=PASSWORD + "\n")
    assert out.exit_code != 0
    out = runner.invoke(args=["desk", "user", "token", "ana"])
    token = out.stdout.strip()
    assert out.exit_code == 0 and token.startswith("qd_")
    r = app.test_client().get("/api/v1/search?q=x", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200 and json.loads(r.data)["total"] == 0
    assert runner.invoke(args=["desk", "user", "token", "nobody"]).exit_code == 1


@pytest.mark.parametrize("role", ["viewer", "editor", "admin"])
def test_account_page_makes_a_token_shown_once(app, role):
    client = signed_in(app, f"u-{role}", role)
    page = client.post("/account/tokens", follow_redirects=True)
    html = page.get_data(as_text=True)
    assert 'id="new-token"' in html
    assert 'id="new-token"' not in client.get("/account").get_data(as_text=True)
