"""Security headers, cookies and upload rules, checked under the production settings.

The ``production_settings`` fixture loads kennisbank/settings/production.py itself (with a secret and hosts in
the environment) and applies its security settings, so a change there is tested, not a copy of it.
"""

import importlib
import io
import re

import pytest
from PIL import Image

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.models import Collection, CollectionViewRestriction

# Settings that decide the security headers and cookies; taken from the production module.
SECURITY_SETTINGS = [
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SECURE",
    "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY",
    "CSP_ADMIN_PATH_PREFIXES",
    "CSP_ADMIN_REPLACE",
    "PERMISSIONS_POLICY",
    "NOINDEX_PATH_PREFIXES",
    "MIDDLEWARE",
    "DEBUG",
]
HTTPS = {"secure": True}  # the test client's request as it arrives behind the TLS proxy


@pytest.fixture
def production_settings(settings, monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "production-like-test-key")
    monkeypatch.setenv("ALLOWED_HOSTS", "testserver")
    monkeypatch.delenv("SECURE_SSL_REDIRECT", raising=False)
    monkeypatch.delenv("SECURE_HSTS_SECONDS", raising=False)
    # base reads the environment when imported; reload it so production sees the variables above.
    importlib.reload(importlib.import_module("kennisbank.settings.base"))
    production = importlib.reload(importlib.import_module("kennisbank.settings.production"))
    for name in SECURITY_SETTINGS:
        setattr(settings, name, getattr(production, name))
    return settings


def csp_directives(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def assert_common_headers(response) -> None:
    headers = response.headers
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    permissions = headers["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions
    csp = csp_directives(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]


def assert_public_headers(response) -> None:
    assert_common_headers(response)
    csp = csp_directives(response)
    assert "'unsafe-inline'" not in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "X-Robots-Tag" not in response.headers


@pytest.mark.django_db
def test_public_page_sends_every_security_header(client, production_settings):
    response = client.get("/", **HTTPS)
    assert response.status_code == 200
    assert_public_headers(response)


@pytest.mark.django_db
def test_not_found_page_sends_every_security_header(client, production_settings):
    response = client.get("/bestaat-niet/", **HTTPS)
    assert response.status_code == 404
    assert_public_headers(response)


@pytest.mark.django_db
def test_form_page_sends_every_security_header_and_is_never_shared_cached(client, production_settings):
    from tests.coalition.factories import form_pages_create

    for url in (form_pages_create()["signup"].url, "/contact/"):
        response = client.get(url, **HTTPS)
        assert response.status_code == 200, url
        assert_public_headers(response)
        assert response.cookies["csrftoken"]["secure"]
        cache_control = response.headers.get("Cache-Control", "")
        assert "private" in cache_control or "no-store" in cache_control or "no-cache" in cache_control, url


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https(client, production_settings):
    response = client.get("/")
    assert response.status_code == 301
    assert response.headers["Location"] == "https://testserver/"


@pytest.mark.django_db
def test_https_behind_the_proxy_is_recognised(client, production_settings):
    response = client.get("/", headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 200
    assert "Strict-Transport-Security" in response.headers


@pytest.mark.django_db
def test_admin_login_sends_headers_and_is_not_indexable(client, production_settings):
    response = client.get("/admin/login/", **HTTPS)
    assert response.status_code == 200
    assert_common_headers(response)
    assert response.headers["X-Robots-Tag"] == "noindex, nofollow"
    # The admin's wider policy (see settings/base.py) stays on the admin: framing only by itself.
    csp = csp_directives(response)
    assert csp["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert not any(source.startswith("'nonce-") for source in csp["script-src"])
    csrf_cookie = response.cookies["csrftoken"]
    assert csrf_cookie["secure"]


@pytest.mark.django_db
def test_django_admin_is_not_indexable(client, production_settings):
    response = client.get("/django-admin/login/", **HTTPS)
    assert response.status_code == 200
    assert response.headers["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.django_db
def test_session_cookie_after_admin_login_is_secure_and_http_only(client, production_settings, django_user_model):
    django_user_model.objects.create_superuser("redacteur", "redactie@example.org", "een-lang-wachtwoord")
    client.get("/admin/login/", **HTTPS)
    response = client.post("/admin/login/", {"username": "redacteur", "password": "een-lang-wachtwoord"}, **HTTPS)
    assert response.status_code == 302
    session_cookie = response.cookies["sessionid"]
    assert session_cookie["secure"]
    assert session_cookie["httponly"]
    assert session_cookie["samesite"] == "Lax"


@pytest.mark.django_db
def test_search_results_are_not_indexable(client, production_settings):
    response = client.get("/zoeken/", {"q": "buurt"}, **HTTPS)
    assert response.headers["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.django_db
def test_a_nonce_is_added_only_when_a_template_uses_it(rf, production_settings):
    from django.http import HttpResponse

    from kennisbank.middleware import ContentSecurityPolicyMiddleware

    def view(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}"></script>')

    request = rf.get("/")
    response = ContentSecurityPolicyMiddleware(view)(request)
    nonce = re.search(r'nonce="([^"]+)"', response.content.decode()).group(1)
    assert f"'nonce-{nonce}'" in csp_directives(response)["script-src"]


# Documents and images


@pytest.fixture
def document_in(db):
    def make(collection: Collection, filename: str, content: bytes):
        document = get_document_model().objects.create(
            title=filename, collection=collection, file=ContentFile(content, name=filename)
        )
        return document

    return make


@pytest.mark.django_db
def test_text_document_downloads_as_attachment_with_a_locked_down_policy(client, document_in):
    document = document_in(Collection.get_first_root_node(), "notulen.txt", b"<script>alert(1)</script>")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert response.headers["Content-Security-Policy"] == "default-src 'none'"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_pdf_document_opens_inline(client, document_in):
    document = document_in(Collection.get_first_root_node(), "jaarverslag.pdf", b"%PDF-1.4\n%%EOF\n")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("inline")


@pytest.mark.django_db
def test_document_in_a_private_collection_is_not_served_anonymously(client, document_in):
    private = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    document = document_in(private, "ledenlijst.csv", b"naam,adres\n")
    response = client.get(document.url)
    assert response.status_code == 302
    assert "/login/" in response.headers["Location"]
    assert b"naam,adres" not in response.content


@pytest.mark.parametrize("filename", ["pagina.html", "pagina.htm", "logo.svg", "script.js", "macro.xlsm"])
@pytest.mark.django_db
def test_unsafe_document_types_are_refused(filename, django_user_model):
    form_class = get_document_form(get_document_model())
    user = django_user_model.objects.create_superuser("redacteur", "redactie@example.org", "een-lang-wachtwoord")
    upload = SimpleUploadedFile(filename, b"<svg onload='alert(1)'></svg>")
    form = form_class(
        data={"title": filename, "collection": Collection.get_first_root_node().pk},
        files={"file": upload},
        user=user,
    )
    assert not form.is_valid()
    assert "file" in form.errors


@pytest.mark.django_db
def test_safe_document_type_is_accepted(django_user_model):
    form_class = get_document_form(get_document_model())
    user = django_user_model.objects.create_superuser("redacteur", "redactie@example.org", "een-lang-wachtwoord")
    form = form_class(
        data={"title": "Notulen", "collection": Collection.get_first_root_node().pk},
        files={"file": SimpleUploadedFile("notulen.pdf", b"%PDF-1.4\n%%EOF\n")},
        user=user,
    )
    assert form.is_valid(), form.errors


def png_upload(width: int, height: int) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, format="PNG")
    return SimpleUploadedFile("foto.png", buffer.getvalue(), content_type="image/png")


@pytest.mark.parametrize(("width", "height", "valid"), [(6000, 6000, True), (6500, 6500, False)])
@pytest.mark.django_db
def test_image_pixel_limit(width, height, valid, django_user_model):
    form_class = get_image_form(get_image_model())
    user = django_user_model.objects.create_superuser("redacteur", "redactie@example.org", "een-lang-wachtwoord")
    form = form_class(
        data={"title": "Foto", "collection": Collection.get_first_root_node().pk},
        files={"file": png_upload(width, height)},
        user=user,
    )
    assert form.is_valid() is valid
    if not valid:
        assert "file" in form.errors
