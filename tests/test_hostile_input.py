"""Hostile input at every public GET parameter and every public form field: never a 5xx, never an echoed `<`.

The parameters and fields are read from the pages themselves (every ``<form>`` on them) plus the known
paging and search parameters, so a new filter or form field is covered without editing this file. Each value
starts with a probe tag; if the probe comes back unescaped, user input reached the page as HTML.
"""

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wagtail.models import Page

from tests.demo_site import demo_site  # noqa: F401  (the module-scoped demo content)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]

PROBE = "<b id=kbprobe>"
# Known troublemakers: tsquery operators, quotes, lone hyphens, NUL (raw and as %00 text), emoji, RTL and
# bidi overrides, markup, SQL-ish and numeric edge cases, and a 10,000-character string.
TROUBLEMAKERS = [
    "",
    " ",
    "&",
    "|",
    "!",
    "<->",
    ":*",
    "a & b | !c",
    "buurt <-> platform",
    "buurt:* & !!",
    "(",
    "))((",
    "'",
    '"',
    '"niet afgesloten',
    "''",
    "-",
    " - ",
    "--",
    "-buurt",
    "%00",
    "\x00",
    "buurt\x00platform",
    "\x1b[31m\r\n",
    "😀🏘️👩🏽‍🤝‍👩🏿",
    "בוקר טוב",
    "مرحبا بالجيران",
    "\u202ebuurt\u202c",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7*7 }}{% debug %}",
    "1' OR '1'='1",
    "%",
    "_",
    "\\",
    "*",
    "0",
    "-1",
    "1.5",
    "99999999999999999999999999",
    "NaN",
    "x" * 10_000,
    "straat " * 1500,
]
# A short list for the many fields where the full corpus would only repeat itself: markup, NUL, a tsquery
# operator, RTL text and the long string.
SHORT_LIST = ["<script>alert(1)</script>", "\x00", "%00", "a & b | !c", "مرحبا", "-", "x" * 10_000]
# Parameters that reach the database as text (search): these get the whole corpus.
TEXT_PARAMETERS = {"q", "pagina"}


class FormCollector(HTMLParser):
    """Collects the forms on a page: action, method and the names of their fields (with a sample value)."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self._current: dict | None = None
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {key: value or "" for key, value in attrs}
        if tag == "form":
            self._current = {
                "action": attributes.get("action", ""),
                "method": attributes.get("method", "get").lower(),
                "fields": {},
                "hidden": set(),
                "honeypots": set(),
            }
            self.forms.append(self._current)
        elif self._current is not None and tag in {"input", "textarea", "select"} and attributes.get("name"):
            name = attributes["name"]
            kind = attributes.get("type", "text").lower()
            if kind in {"submit", "button", "image", "reset", "file"}:
                return
            if attributes.get("tabindex") == "-1" and kind != "hidden":
                self._current["honeypots"].add(name)  # a field people cannot reach: a spam trap
            if kind in {"checkbox", "radio"}:
                self._current["fields"].setdefault(name, attributes.get("value", "on"))
            else:
                self._current["fields"].setdefault(name, attributes.get("value", ""))
            if kind == "hidden":
                self._current["hidden"].add(name)
            if tag == "select":
                self._select = name
        elif tag == "option" and self._current is not None and self._select:
            fields = self._current["fields"]
            if not fields.get(self._select):
                fields[self._select] = attributes.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._current = None
        elif tag == "select":
            self._select = None


def forms_on(html: str, page_url: str) -> list[dict]:
    collector = FormCollector()
    collector.feed(html)
    for form in collector.forms:
        form["action"] = urlsplit(urljoin(page_url, form["action"] or page_url)).path
    return collector.forms


def assert_harmless(response, sent: str) -> None:
    path = response.request["PATH_INFO"]
    assert response.status_code < 500, f"{response.status_code} for {path} with {sent[:200]!r}"
    body = response.content.decode("utf-8", errors="replace")
    assert PROBE not in body, f"Unescaped input echoed by {path}: {sent[:200]!r}"


def public_page_urls() -> list[str]:
    """One live page of every page type in the demo content, plus the register and the search."""
    urls = ["/zoeken/?q=buurt", "/buurtplatformen/", "/buurtplatformen/kaart/"]
    seen_types = set()
    for page in Page.objects.live().public().filter(depth__gte=2).order_by("path"):
        if page.content_type_id not in seen_types and (url := page.get_url()):
            seen_types.add(page.content_type_id)
            urls.append(url)
    return urls


_forms_cache: dict[str, list[tuple[str, dict]]] = {}


def page_forms(client) -> list[tuple[str, dict]]:
    """(page url, form) for every form on the public pages, each form once (by action and method).

    Read once per module run: the demo content does not change between the tests here."""
    if "forms" in _forms_cache:
        return _forms_cache["forms"]
    found: dict[tuple[str, str], tuple[str, dict]] = {}
    for url in public_page_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        for form in forms_on(response.content.decode(), url):
            found.setdefault((form["method"], form["action"]), (url, form))
    _forms_cache["forms"] = list(found.values())
    return _forms_cache["forms"]


def get_targets(client) -> dict[str, set[str]]:
    """Every GET parameter a visitor can send, per path: the fields of every GET form, plus paging."""
    targets: dict[str, set[str]] = {}
    for _url, form in page_forms(client):
        if form["method"] == "get":
            targets.setdefault(form["action"], {"pagina"}).update(form["fields"])
    return targets


@pytest.fixture
def relaxed_spam_checks(settings):
    """The coalition forms refuse fast and frequent posts; the fuzzer is both, so lift those two limits."""
    settings.COALITION_FORM_MIN_SECONDS = 0
    settings.COALITION_RATE_LIMIT = 1_000_000


def test_targets_cover_search_theme_filters_and_register(client):
    targets = get_targets(client)
    assert {"q", "pagina"} <= targets["/zoeken/"]
    assert {"q", "pagina"} <= targets["/buurtplatformen/"] and len(targets["/buurtplatformen/"]) >= 3
    theme = Page.objects.live().filter(content_type__model="themepage").first()
    assert {"type", "doelgroep", "pagina"} <= targets[theme.get_url()]


def test_troublemakers_at_every_get_parameter(client):
    for path, parameters in get_targets(client).items():
        for parameter in sorted(parameters):
            for value in TROUBLEMAKERS if parameter in TEXT_PARAMETERS else SHORT_LIST:
                sent = PROBE + value
                assert_harmless(client.get(path, {parameter: sent}), sent)


def test_troublemakers_in_the_path(client):
    for value in ["%00", "%3Cscript%3E", "..%2F..%2Fetc%2Fpasswd", "😀", "%E2%80%AE", "a" * 2000, "%ZZ"]:
        response = client.get(f"/{value}/")
        assert response.status_code < 500, value
        assert b"<script>" not in response.content
    for prefix in ("/buurten/", "/buurtplatformen/", "/coalitie/", "/organiseren/"):
        assert_harmless(client.get(prefix + "%3Cb%20id%3Dkbprobe%3E/"), prefix)


def post_forms(client) -> list[tuple[str, dict]]:
    forms = [(url, form) for url, form in page_forms(client) if form["method"] == "post"]
    assert {"/aanmelden/", "/contact/"} <= {form["action"] for _url, form in forms}, forms
    return forms


def fresh_form_data(client, url: str, form: dict) -> dict:
    """The form's fields as a visitor's browser would send them, with a new one-time token."""
    fresh = forms_on(client.get(url).content.decode(), url)
    data = dict(next(f for f in fresh if f["action"] == form["action"])["fields"])
    data.update(dict.fromkeys(form["honeypots"], ""))
    return data


def visible_fields(form: dict) -> list[str]:
    return [name for name in form["fields"] if name not in form["hidden"] | form["honeypots"]]


@pytest.mark.usefixtures("relaxed_spam_checks")
def test_troublemakers_in_every_form_field(client):
    for url, form in post_forms(client):
        fields = visible_fields(form)
        assert fields, form
        # Every troublemaker in all fields at once, then a short list in each field alone (the others keep
        # the values the page offers, so that field's own validation is reached).
        for value in TROUBLEMAKERS:
            data = fresh_form_data(client, url, form)
            data.update(dict.fromkeys(fields, PROBE + value))
            assert_harmless(client.post(form["action"], data), f"all fields = {value[:100]!r}")
        for name in fields:
            for value in SHORT_LIST:
                data = fresh_form_data(client, url, form)
                data[name] = PROBE + value
                assert_harmless(client.post(form["action"], data), f"{name} = {value[:100]!r}")


HOSTILE_TEXT = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from(list("&|!<->:*()'\" \\%-_\x00😀ב")), max_size=60),
    st.sampled_from(TROUBLEMAKERS),
)
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(query=HOSTILE_TEXT, page_number=HOSTILE_TEXT)
def test_search_with_arbitrary_text(client, query, page_number):
    response = client.get("/zoeken/", {"q": PROBE + query, "pagina": page_number})
    assert_harmless(response, query)


@FUZZ
@given(values=st.lists(HOSTILE_TEXT, min_size=5, max_size=5))
def test_listing_filters_with_arbitrary_text(client, values):
    for path, parameters in get_targets(client).items():
        query = {name: PROBE + values[index % len(values)] for index, name in enumerate(sorted(parameters))}
        assert_harmless(client.get(path, query), repr(query))


@FUZZ
@given(values=st.lists(HOSTILE_TEXT, min_size=8, max_size=8))
@pytest.mark.usefixtures("relaxed_spam_checks")
def test_forms_with_arbitrary_text(client, values):
    for url, form in post_forms(client):
        data = fresh_form_data(client, url, form)
        for index, name in enumerate(visible_fields(form)):
            data[name] = PROBE + values[index % len(values)]
        assert_harmless(client.post(form["action"], data), repr(data)[:300])
