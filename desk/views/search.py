"""The search page: full text, phrases, fuzzy terms, filters, facets and pages."""

from __future__ import annotations

from flask import Blueprint, jsonify, redirect, render_template, request, url_for

from desk import get_index, get_session, limits
from desk.errors import InvalidInput
from desk.extract.model import KINDS
from desk.services.library import parse_date
from desk.services.search import search as run_search

bp = Blueprint("search", __name__, url_prefix="/search")

FILTERS = ("q", "speaker", "kind", "outlet", "from", "to", "sort")


def search_args(args) -> dict:
    """Read search parameters from a query string; raise InvalidInput on bad values."""
    try:
        page = int(args.get("page") or 1)
    except ValueError:
        raise InvalidInput("The page must be a number.") from None
    try:
        pagelen = min(max(int(args.get("per_page") or 20), 1), 100)
    except ValueError:
        raise InvalidInput("per_page must be a number.") from None
    limits.check_query(args.get("q") or "", speaker=args.get("speaker"), outlet=args.get("outlet"))
    kind = (args.get("kind") or "").strip() or None
    if kind is not None and kind not in KINDS:
        raise InvalidInput(f"“{kind}” is not a kind of source; use one of: {', '.join(KINDS)}.")
    return {
        "q": (args.get("q") or "").strip(),
        "speaker": (args.get("speaker") or "").strip() or None,
        "kind": kind,
        "outlet": (args.get("outlet") or "").strip() or None,
        "date_from": parse_date(args.get("from")),
        "date_to": parse_date(args.get("to")),
        "sort": args.get("sort") or "relevance",
        "page": page,
        "pagelen": pagelen,
    }


@bp.get("/passages.json")
def passages_json():
    """Search results as JSON for the check page's "find the original" box (signed-in users)."""
    try:
        args = search_args(request.args)
        result = run_search(get_session(), get_index(), args.pop("q"), **{**args, "pagelen": 8})
    except InvalidInput as exc:
        return jsonify(error={"code": exc.code, "message": exc.message}), 400
    return jsonify(result)


@bp.get("/")
def index():
    params = {k: request.args.get(k, "") for k in FILTERS}
    result, error = None, None
    if any(params[k] for k in FILTERS if k != "sort"):
        try:
            args = search_args(request.args)
            result = run_search(get_session(), get_index(), args.pop("q"), **args)
        except InvalidInput as exc:
            error = exc.message

    def link(**changes):
        merged = {k: v for k, v in params.items() if v}
        merged.update({k: v for k, v in changes.items()})
        merged = {k: v for k, v in merged.items() if v not in (None, "")}
        return url_for("search.index", **merged)

    if result is not None and result["pages"] and result["page"] > result["pages"]:
        # "page 999999 of 3": the last page there is, not an empty page with a Previous link
        return redirect(link(page=result["pages"], per_page=request.args.get("per_page")))

    return render_template(
        "search/index.html",
        params=params,
        result=result,
        error=error,
        kinds=KINDS,
        link=link,
    ), (400 if error else 200)
