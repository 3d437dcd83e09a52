# Runs before every {test=flask-notes} block (guide.yml): the block is one module of the flask-extensions chapter's
# "notes" package, the one its first comment names. The other modules are written beside it as the chapter shows
# them, so its relative imports (`from .extensions import db`, `from ..models import User`) find them.
import importlib as _importlib
import os as _os
import pathlib as _pathlib
import re as _re
import sys as _sys
import types as _types

_CHAPTER_MODULES = {
    # flask-extensions.md, "Flask-SQLAlchemy"
    "extensions.py": '''\
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    })


db = SQLAlchemy(model_class=Base)
''',
    "models.py": '''\
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import ForeignKey, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .extensions import db


class User(UserMixin, db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    notes: Mapped[list["Note"]] = relationship(back_populates="author")


class Note(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(120))
    content: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(server_default=func.now())
    author_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    author: Mapped[User] = relationship(back_populates="notes")
''',
    # flask-extensions.md, "Flask-WTF"
    "forms.py": '''\
from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length


class NoteForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=120)])
    content = TextAreaField("Content")
''',
    # flask-extensions.md, "Querying in views" (the part before "notes/views.py (continued)")
    "views.py": '''\
from flask import Blueprint, request

from .extensions import db
from .models import Note, User

bp = Blueprint("notes", __name__)


@bp.get("/users/<int:user_id>/notes")
def user_notes(user_id):
    user = db.get_or_404(User, user_id)
    stmt = db.select(Note).where(Note.author_id == user.id).order_by(Note.created.desc())
    page = db.paginate(stmt, per_page=20)
    return {"notes": [n.title for n in page.items], "pages": page.pages}
''',
    "auth/__init__.py": "",
}

for _name, _source in _CHAPTER_MODULES.items():
    _pathlib.Path(_name).parent.mkdir(parents=True, exist_ok=True)
    _pathlib.Path(_name).write_text(_source, encoding="utf-8")

# The package "notes" is the block's folder; "notes.auth" its subfolder.
for _name, _folder in (("notes", _os.getcwd()), ("notes.auth", _os.path.join(_os.getcwd(), "auth"))):
    _sys.modules[_name] = _types.ModuleType(_name)
    _sys.modules[_name].__path__ = [_folder]

# The block's first line names its module: "# notes/auth/login.py" runs in the package notes.auth.
_PRELUDE_LINES = _sys._getframe().f_lineno
_first_line = next(line for line in _pathlib.Path(__file__).read_text(encoding="utf-8").splitlines()[_PRELUDE_LINES:]
                   if line.startswith("# notes/"))
_module = _re.match(r"# (notes(?:/\w+)*)/(\w+)\.py", _first_line)
__package__ = _module[1].replace("/", ".")
if _first_line.endswith("(continued)"):
    # A continued module starts with the names its first part defined.
    globals().update({k: v for k, v in vars(_importlib.import_module(f"{__package__}.{_module[2]}")).items()
                      if not k.startswith("__")})
