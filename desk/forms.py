"""Every WTForms form of the app (Flask-WTF adds the CSRF token to each)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, MultipleFileField
from wtforms import DateField, HiddenField, PasswordField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.validators import URL, DataRequired, Length, Optional, ValidationError

from desk.errors import InvalidInput
from desk.extract.decoding import has_words
from desk.extract.model import KINDS
from desk.services.story import clean_story_url


class PasteLength(Length):
    """A length limit on pasted text that says the limit and the length, and never cuts a paste.

    WTForms' ``Length`` renders ``maxlength`` on the box, and a browser silently truncates a paste
    to it: the editor would check half a story without knowing.  The server says so instead.
    """

    def __init__(self, max: int, what: str, advice: str):
        super().__init__(max=max)
        self.field_flags = {}
        self.what, self.advice = what, advice

    def __call__(self, form, field):
        length = len(field.data or "")
        if length > self.max:
            raise ValidationError(
                f"{self.what} may be at most {self.max:,} characters; this one has {length:,}. {self.advice}"
            )


def story_url_check(form, field):
    """The published story's address: http(s) only, with a site name, not too long
    (``desk.services.story``, the same rule as the API and the command line).

    No ``Length`` validator: its ``maxlength`` would make the browser cut a long paste silently."""
    try:
        field.data = clean_story_url(field.data)
    except InvalidInput as exc:
        raise ValidationError(exc.message) from None


STORY_URL_HINT = "Optional: where the story is published. Exported reviews (ClaimReview) link to it, #quote-1, #quote-2 … per quote."

KIND_CHOICES = [SelectChoice("", "Work it out from the file")] + [SelectChoice(k, k.capitalize()) for k in KINDS]


class SourceForm(FlaskForm):
    """Add sources: upload one or several files, or paste text."""

    files = MultipleFileField("Files")
    text = TextAreaField(
        "…or paste the text",
        validators=[Optional(), PasteLength(2_000_000, "Pasted source text", "Upload it as a file instead, or split it.")],
    )
    title = StringField("Title", validators=[Optional(), Length(max=500)])
    kind = SelectField("Kind", choices=KIND_CHOICES, validators=[Optional()])
    outlet = StringField("Outlet or publisher", validators=[Optional(), Length(max=300)])
    date = DateField("Date", validators=[Optional()])
    url = StringField("URL", validators=[Optional(), URL(message="Give a full web address, starting with https://"), Length(max=2000)])
    speaker = StringField(
        "Speaker (single-speaker sources only)",
        validators=[Optional(), Length(max=200)],
        description="For a speech or interview notes with no speaker labels: who is speaking.",
    )

    def chosen_files(self):
        return [f for f in (self.files.data or []) if getattr(f, "filename", "")]

    def validate(self, extra_validators=None) -> bool:
        ok = super().validate(extra_validators)
        has_files = bool(self.chosen_files())
        has_text = has_words(self.text.data)
        if not has_files and not has_text:
            self.files.errors = [*self.files.errors, "Choose at least one file, or paste the text."]
            return False
        if has_files and has_text:
            self.text.errors = [*self.text.errors, "Upload files or paste text, not both at once."]
            return False
        if has_text and not (self.title.data or "").strip():
            self.title.errors = [*self.title.errors, "Pasted text needs a title."]
            return False
        return ok


class SpeakerForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=200)])
    description = TextAreaField("Description", validators=[Optional(), Length(max=2000)])
    wikidata_id = StringField("Wikidata id", validators=[Optional(), Length(max=32)])

    def validate_wikidata_id(self, field):
        value = (field.data or "").strip()
        if value and not (value[:1] in "Qq" and value[1:].isdigit()):
            raise ValidationError("A Wikidata id looks like Q42.")


class AliasForm(FlaskForm):
    alias = StringField("New alias", validators=[DataRequired(), Length(max=200)])


class RemoveAliasForm(FlaskForm):
    alias_id = HiddenField(validators=[DataRequired()])


class MergeForm(FlaskForm):
    other = SelectField("Merge into this speaker", coerce=int, validators=[DataRequired()], choices=[])

    def set_speakers(self, speakers: list[tuple[int, str]]) -> None:
        """Offer these (id, name) pairs, after a "choose" prompt."""
        self.other.choices = [SelectChoice(0, "Choose a speaker…")] + [SelectChoice(i, n) for i, n in speakers]


class DeleteForm(FlaskForm):
    """An empty form: a button that posts with a CSRF token."""


class SourceSpeakerForm(FlaskForm):
    """Name the speaker of a source added without one."""

    speaker = StringField("Who spoke?", validators=[
        DataRequired(message="Write the name of the person who spoke."),
        Length(max=200, message="A speaker's name may have at most 200 characters.")])


class CheckForm(FlaskForm):
    """Paste or upload a draft to check."""

    title = StringField("Title", validators=[Optional(), Length(max=500)], description="Optional: the headline is used if empty.")
    text = TextAreaField(
        "Draft", validators=[Optional(), PasteLength(500_000, "A draft", "Check it in parts.")]
    )
    file = FileField("…or upload it (.txt, .md, .html, .docx)")
    story_url = StringField("Story URL", validators=[story_url_check], description=STORY_URL_HINT)

    def validate(self, extra_validators=None) -> bool:
        ok = super().validate(extra_validators)
        has_file = bool(getattr(self.file.data, "filename", ""))
        if not has_file and not has_words(self.text.data):
            self.text.errors = [*self.text.errors, "Paste the draft, or upload it."]
            return False
        if has_file and (self.text.data or "").strip():
            # one draft per check: which of the two did the editor mean?
            self.text.errors = [*self.text.errors, "Upload the draft or paste it, not both at once."]
            return False
        return ok


class StoryUrlForm(FlaskForm):
    """The published story's address on the draft page (empty clears it)."""

    story_url = StringField("Story URL", validators=[story_url_check], description=STORY_URL_HINT + " Leave it empty to remove it.")


class LoginForm(FlaskForm):
    username = StringField("User name", validators=[DataRequired(), Length(max=100)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=500)])
    next = HiddenField()


class NewUserForm(FlaskForm):
    username = StringField("User name", validators=[DataRequired(), Length(min=2, max=100)])
    role = SelectField(
        "Role",
        choices=[SelectChoice("editor", "Editor — check, record, export"), SelectChoice("viewer", "Viewer — read only"), SelectChoice("admin", "Admin — users and everything")],
    )
    password = PasswordField("Password", validators=[DataRequired(), Length(min=10, max=500, message="A password needs at least 10 characters.")])


class UserUpdateForm(FlaskForm):
    role = SelectField("Role", choices=[SelectChoice(r, r) for r in ("admin", "editor", "viewer")])
    active = SelectField("Access", choices=[SelectChoice("1", "Active"), SelectChoice("0", "Switched off")])


class PasswordForm(FlaskForm):
    password = PasswordField("New password", validators=[DataRequired(), Length(min=10, max=500, message="A password needs at least 10 characters.")])
