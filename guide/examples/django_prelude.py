# Runs before every {test=django} and {test=django-shop} block (guide.yml): a one-file Django 5.2 project on an
# in-memory SQLite database. The block itself is the app "shop": a model it declares needs no app_label, and
# its table is created on the first query, so a block reads like a models.py followed by code that uses it.
import importlib.machinery
import os
import sys
import types

import django
from django.apps import AppConfig
from django.conf import settings

if os.environ.get("EXAMPLES_FIXTURE") in ("books", "drf"):
    # The urls, forms, admin and API chapters' app: a package "books" whose models module the fixture below
    # fills, so a block that is books/views.py or books/forms.py can say `from .models import Book`.
    __package__ = "books"
    for _name in ("books", "books.models"):
        sys.modules[_name] = types.ModuleType(_name)
        sys.modules[_name].__spec__ = importlib.machinery.ModuleSpec(_name, None, is_package=_name == "books")
    sys.modules["books"].__path__ = [os.getcwd()]
    sys.modules["books"].models = sys.modules["books.models"]


class ExampleAppConfig(AppConfig):
    name = "__main__"
    label = "shop"
    default_auto_field = "django.db.models.BigAutoField"


settings.configure(
    DEBUG=True,
    SECRET_KEY="examples-only-not-secret",
    ALLOWED_HOSTS=["testserver", "localhost", "127.0.0.1"],
    ROOT_URLCONF="__main__",   # a block that declares urlpatterns is its own URLconf
    INSTALLED_APPS=[
        "django.contrib.admin",
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django.contrib.messages",
        "__main__.ExampleAppConfig",
    ] + (["books"] if __package__ == "books" else [])
      + (["rest_framework"] if os.environ.get("EXAMPLES_FIXTURE") == "drf" else []),
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "django.contrib.messages.middleware.MessageMiddleware",
    ],
    TEMPLATES=[{
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": [
            "django.template.context_processors.request",
            "django.contrib.auth.context_processors.auth",
            "django.contrib.messages.context_processors.messages",
        ]},
    }],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    # Tables straight from the models instead of replaying every contrib migration: a second faster per block.
    MIGRATION_MODULES={app: None for app in ["admin", "auth", "contenttypes", "sessions", "messages"]},
    AUTH_PASSWORD_VALIDATORS=[   # what the users chapter's example assumes: a 12-character minimum
        {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
        {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
        {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    ],
    PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],   # examples only: fast logins
    USE_TZ=True,
)
django.setup()

from django.apps import apps as _apps  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection as _connection  # noqa: E402

_tables_made = set()


def _create_example_tables(execute, sql, params, many, context):
    """Before a query, creates the tables of the models the block has declared since the last query."""
    declared = [m for c in _apps.get_app_configs() if c.label in ("shop", "books") for m in c.get_models()]
    pending = [m for m in declared if m not in _tables_made and m._meta.managed]
    if pending:
        _tables_made.update(pending)
        with _connection.schema_editor() as editor:
            for model in pending:
                editor.create_model(model)
    return execute(sql, params, many, context)


urlpatterns = []   # a block that routes requests declares its own
call_command("migrate", run_syncdb=True, verbosity=0)
_connection.execute_wrappers.append(_create_example_tables)

if os.environ.get("EXAMPLES_FIXTURE") == "shop":
    # The django-orm chapter's data: three authors, four books (three published), the tags classic and sci-fi.
    from decimal import Decimal

    from django.core.exceptions import ValidationError  # noqa: F401
    from django.db.models import F  # noqa: F401
    from django.db import models

    class Author(models.Model):
        name = models.CharField(max_length=100)
        email = models.EmailField(unique=True)

    class Tag(models.Model):
        name = models.SlugField(unique=True)

    class BookQuerySet(models.QuerySet):
        def published(self):
            return self.filter(status=Book.Status.PUBLISHED)

        def in_stock(self):
            return self.filter(stock__gt=0)

    class Book(models.Model):
        class Status(models.TextChoices):
            DRAFT = "draft", "Draft"
            PUBLISHED = "published", "Published"

        title = models.CharField(max_length=200)
        subtitle = models.CharField(max_length=200, blank=True)
        published_on = models.DateField(null=True, blank=True)
        status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
        price = models.DecimalField(max_digits=8, decimal_places=2)
        stock = models.PositiveIntegerField(default=0)
        author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="books")
        tags = models.ManyToManyField(Tag, through="Tagging", related_name="books")

        objects = BookQuerySet.as_manager()

        class Meta:
            ordering = ["title"]
            constraints = [
                models.CheckConstraint(condition=models.Q(price__gte=0), name="price_gte_0"),
                models.UniqueConstraint(fields=["author", "title"], name="uniq_author_title"),
            ]

    class Tagging(models.Model):
        book = models.ForeignKey(Book, on_delete=models.CASCADE)
        tag = models.ForeignKey(Tag, on_delete=models.CASCADE)
        added_by = models.CharField(max_length=100)

    def export_row(book):
        """The django-orm-at-scale chapter's stand-in for writing one CSV row."""

    last_seen_id = 0   # the keyset-pagination example's cursor: the first page

    herbert = Author.objects.create(name="Frank Herbert", email="frank@example.com")
    banks = Author.objects.create(name="Iain M. Banks", email="iain@example.com")
    le_guin = Author.objects.create(name="Ursula K. Le Guin", email="ursula@example.com")
    classic = Tag.objects.create(name="classic")
    sci_fi = Tag.objects.create(name="sci-fi")
    published = Book.Status.PUBLISHED
    dune = Book.objects.create(title="Dune", author=herbert, price=Decimal("9.00"), stock=5, status=published)
    Book.objects.create(title="Consider Phlebas", author=banks, price=Decimal("12.00"), stock=0)
    left_hand = Book.objects.create(title="The Left Hand of Darkness", author=le_guin, price=Decimal("14.00"), stock=2, status=published)
    dispossessed = Book.objects.create(title="The Dispossessed", author=le_guin, price=Decimal("7.50"), stock=3, status=published)
    for book in (left_hand, dispossessed):
        book.tags.add(classic, sci_fi, through_defaults={"added_by": "editor"})

if os.environ.get("EXAMPLES_FIXTURE") == "books":
    from django.db import models

    class Author(models.Model):
        __module__ = "books.models"
        name = models.CharField(max_length=100)

        def __str__(self):
            return self.name

    class Book(models.Model):
        __module__ = "books.models"
        title = models.CharField(max_length=200)
        slug = models.SlugField(unique=True)
        published = models.DateField(null=True, blank=True)
        featured = models.BooleanField(default=False)
        author = models.ForeignKey(Author, on_delete=models.PROTECT, null=True, related_name="books")

        def __str__(self):
            return self.title

    sys.modules["books.models"].Author, sys.modules["books.models"].Book = Author, Book
    from django.contrib import admin  # noqa: F401  the imports of books/admin.py, whose later parts are fragments
    from django.db.models import Count  # noqa: F401

    Author.objects.create(name="Frank Herbert")
    Author.objects.create(name="Ursula K. Le Guin")

if os.environ.get("EXAMPLES_FIXTURE") == "drf":
    # The API chapter's books app: its Book model, and its serializers and views modules written beside the
    # block as the chapter shows them, so books/views.py and the project's urls.py find what they import.
    import pathlib

    from django.db import models

    class Book(models.Model):
        __module__ = "books.models"
        owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
        title = models.CharField(max_length=200)
        price = models.DecimalField(max_digits=8, decimal_places=2)
        sale_price = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
        published = models.BooleanField(default=False)

    sys.modules["books.models"].Book = Book
    pathlib.Path("serializers.py").write_text("""\
from rest_framework import serializers

from .models import Book


class BookSerializer(serializers.ModelSerializer):
    owner = serializers.ReadOnlyField(source="owner.username")

    class Meta:
        model = Book
        fields = ["id", "owner", "title", "price", "sale_price", "published"]
        read_only_fields = ["published"]

    def validate_title(self, value):                 # one field
        if value.strip().lower() == "untitled":
            raise serializers.ValidationError("Choose a real title.")
        return value.strip()

    def validate(self, attrs):                       # rules across fields
        price = attrs.get("price", getattr(self.instance, "price", None))
        sale = attrs.get("sale_price", getattr(self.instance, "sale_price", None))
        if sale is not None and price is not None and sale >= price:
            raise serializers.ValidationError({"sale_price": "Must be below price."})
        return attrs
""", encoding="utf-8")
    pathlib.Path("views.py").write_text("""\
from rest_framework import permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Book
from .serializers import BookSerializer


class IsOwnerOrReadOnly(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        return request.method in permissions.SAFE_METHODS or obj.owner == request.user


class BookViewSet(viewsets.ModelViewSet):
    serializer_class = BookSerializer
    permission_classes = [permissions.IsAuthenticatedOrReadOnly, IsOwnerOrReadOnly]

    def get_queryset(self):
        return Book.objects.select_related("owner").order_by("title")

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)

    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        book = self.get_object()           # also runs has_object_permission()
        book.published = True
        book.save(update_fields=["published"])
        return Response({"published": True})
""", encoding="utf-8")
