"""Signing in and out, one's own API tokens, and (for admins) the users of the desk."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, flash, make_response, redirect, render_template, request, session, url_for
from flask_login import current_user, logout_user

from desk import get_session
from desk.auth import PASSWORD_KEY, password_fingerprint, role_required, start_session
from desk.errors import DeskError
from desk.forms import DeleteForm, LoginForm, NewUserForm, PasswordForm, UserUpdateForm
from desk.services import users as svc

bp = Blueprint("auth", __name__)


def _safe_next(target: str | None) -> str:
    """Only follow a ``next`` that stays on this site."""
    if target and not urlsplit(target).netloc and target.startswith("/") and not target.startswith("//"):
        return target
    return url_for("home")


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if request.method == "GET":
        form.next.data = request.args.get("next", "")
    error = None
    if form.validate_on_submit():
        try:
            user = svc.authenticate(get_session(), form.username.data, form.password.data, request.remote_addr)
        except svc.TooManyAttempts as exc:
            return render_template("auth/login.html", form=form, error=exc.message), 429
        if user is not None:
            start_session(user)
            return redirect(_safe_next(form.next.data))
        error = "That user name and password do not match."
    status = 401 if error else (400 if form.is_submitted() else 200)
    return render_template("auth/login.html", form=form, error=error), status


@bp.post("/logout")
def logout():
    logout_user()
    session.clear()
    flash("Signed out.", "success")
    return redirect(url_for("auth.login"))


def _account_page(new_token: str | None = None):
    return render_template(
        "auth/account.html",
        tokens=svc.list_tokens(get_session(), current_user.id),
        form=DeleteForm(),
        new_token=new_token,
    )


@bp.get("/account")
def account():
    return _account_page()


@bp.post("/account/tokens")
def create_token():
    """Show a new token once, in this answer only: never in the (signed, readable) session cookie."""
    form = DeleteForm()
    if not form.validate_on_submit():
        return redirect(url_for("auth.account"))
    response = make_response(_account_page(svc.new_token(get_session(), current_user.id)))
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.post("/account/tokens/<int:token_id>/revoke")
def revoke_token(token_id: int):
    form = DeleteForm()
    if form.validate_on_submit():
        svc.revoke_token(get_session(), current_user.id, token_id)
        flash("Token revoked: it no longer opens the API.", "success")
    return redirect(url_for("auth.account"))


@bp.route("/users", methods=["GET", "POST"])
@role_required("admin")
def users():
    form = NewUserForm()
    status = 200
    if form.validate_on_submit():
        try:
            user = svc.add_user(get_session(), form.username.data, form.role.data, form.password.data)
        except DeskError as exc:
            form.username.errors = [exc.message]
            status = exc.status
        else:
            flash(f"Added {user.username} ({user.role}).", "success")
            return redirect(url_for("auth.users"))
    elif form.is_submitted():
        status = 400
    rows = [(u, UserUpdateForm(formdata=None, role=u.role, active="1" if u.active else "0")) for u in svc.list_users(get_session())]
    return render_template("auth/users.html", form=form, rows=rows, password_form=PasswordForm(formdata=None)), status


@bp.post("/users/<int:user_id>")
@role_required("admin")
def update_user(user_id: int):
    form = UserUpdateForm()
    if form.validate_on_submit():
        try:
            user = svc.update_user(get_session(), user_id, role=form.role.data, active=form.active.data == "1", actor=current_user)
        except DeskError as exc:
            flash(exc.message, "error")
        else:
            flash(f"Saved {user.username}: {user.role}, {'active' if user.active else 'switched off'}.", "success")
    return redirect(url_for("auth.users"))


@bp.post("/users/<int:user_id>/password")
@role_required("admin")
def reset_password(user_id: int):
    form = PasswordForm()
    if form.validate_on_submit():
        svc.set_password(get_session(), user_id, form.password.data)
        if user_id == current_user.id:  # keep the admin who changed their own password signed in
            session[PASSWORD_KEY] = password_fingerprint(current_user)
        flash("Password changed; that user's sessions have ended.", "success")
    else:
        flash(" ".join(form.password.errors) or "Give a new password.", "error")
    return redirect(url_for("auth.users"))
