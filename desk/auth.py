"""Who may do what: sign-in for every page, bearer tokens for the API, and roles.

Every request passes :func:`guard` before its view runs:

- the sign-in page and static files are open to all;
- ``/api/…`` authenticates only by ``Authorization: Bearer TOKEN`` (never by the browser's
  session cookie: the API is exempt from CSRF, so a cookie must not be enough);
- every other page needs a signed-in user;
- a request that changes something (any method but GET/HEAD/OPTIONS) needs at least the
  ``editor`` role — except signing out and managing one's own API tokens; views that need
  ``admin`` say so with :func:`role_required`.

Roles are ordered: admin can do everything an editor can, an editor everything a viewer can.
"""

from __future__ import annotations

import hashlib
import hmac
from functools import wraps

from flask import Flask, current_app, flash, g, jsonify, redirect, render_template, request, session, url_for
from flask_login import LoginManager, current_user, login_user, logout_user

from desk.models import User

login_manager = LoginManager()
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
OPEN_ENDPOINTS = ("auth.login", "static")
#: Posts a viewer may make: they change only the viewer's own sign-in and tokens.
VIEWER_POSTS = ("auth.logout", "auth.create_token", "auth.revoke_token")


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Sign in to continue."
    app.before_request(guard)


@login_manager.user_loader
def _load_user(user_id: str) -> User | None:
    from desk import get_session

    user = get_session().get(User, int(user_id)) if user_id.isdigit() else None
    return user if user is not None and user.active else None


def acting_user() -> User | None:
    """The user behind this request: the API token's owner, or the signed-in user."""
    if "api_user" in g:
        return g.api_user
    return current_user if current_user.is_authenticated else None


def actor_name() -> str:
    user = acting_user()
    return user.username if user else "anonymous"


def _api_error(status: int, code: str, message: str):
    return jsonify(error={"code": code, "message": message}), status


def _forbidden_page(role: str):
    have = acting_user().role
    message = f"This needs the {role} role; you are signed in as {'an' if have[:1] in 'aeiou' else 'a'} {have}."
    return render_template("error.html", title="Not allowed", message=message), 403


def guard():
    """Refuse the request unless the caller is known and their role allows it."""
    endpoint = request.endpoint or ""
    if endpoint in OPEN_ENDPOINTS:
        return None
    if request.path.startswith("/api/"):
        from desk import get_session
        from desk.services.users import user_for_token

        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return _api_error(401, "unauthorized", "Send an API token: Authorization: Bearer TOKEN (flask --app wsgi desk user token NAME).")
        user = user_for_token(get_session(), token.strip())
        if user is None:
            return _api_error(401, "unauthorized", "That API token is unknown or revoked.")
        g.api_user = user
        if request.method not in SAFE_METHODS and not user.can("editor"):
            return _api_error(403, "forbidden", f"This needs the editor role; {user.username} is a {user.role}.")
        return None
    if current_user.is_authenticated and session.get(PASSWORD_KEY) != password_fingerprint(current_user):
        # The password changed since this sign-in (a reset by an admin): this session ends.
        logout_user()
        session.clear()
        flash("Your password was changed; sign in again.", "error")
    if not current_user.is_authenticated:
        if request.method in SAFE_METHODS:
            return redirect(url_for("auth.login", next=request.full_path if request.query_string else request.path))
        return render_template("error.html", title="Signed out", message="Your session has ended. Sign in and try again."), 401
    if request.method not in SAFE_METHODS and endpoint not in VIEWER_POSTS and not current_user.can("editor"):
        return _forbidden_page("editor")
    return None


PASSWORD_KEY = "pw"


def password_fingerprint(user: User) -> str:
    """A keyed digest of the user's password hash: it changes whenever the password does.

    Kept in the session at sign-in; a session whose fingerprint no longer matches was opened
    with an old password and is ended.  Keyed with the app's secret, so the cookie (signed but
    readable) tells nothing about the hash.
    """
    key = current_app.config["SECRET_KEY"]
    key = key.encode() if isinstance(key, str) else key
    return hmac.new(key, user.password_hash.encode(), hashlib.sha256).hexdigest()[:32]


def start_session(user: User) -> None:
    """Sign ``user`` in on a fresh session tied to their current password."""
    session.clear()
    session.permanent = True  # expires after PERMANENT_SESSION_LIFETIME
    login_user(user)
    session[PASSWORD_KEY] = password_fingerprint(user)


def role_required(role: str):
    """Decorate a view that needs at least ``role`` (checked after :func:`guard` signed the user in)."""

    def wrap(view):
        @wraps(view)
        def inner(*args, **kwargs):
            user = acting_user()
            if user is None or not user.can(role):
                if request.path.startswith("/api/"):
                    return _api_error(403, "forbidden", f"This needs the {role} role.")
                return _forbidden_page(role)
            return view(*args, **kwargs)

        return inner

    return wrap
