"""The public pages: register, platform, buurt and map; content, bad input and bounded query counts."""

from datetime import timedelta

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from platforms import selectors, services
from platforms.models import Application, Buurt, Gebied, Platform, Stadsdeel, StatusCoverage, StatusPeriod, Wijk

from .conftest import grant, make_platform

TODAY = timezone.localdate()


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


@pytest.fixture
def register(areas):
    active = make_platform("Actief Platform", buurten=[areas["AA01"]], contact_email="a@example.org")
    grant(active, [areas["AA01"]], start=TODAY - timedelta(days=30))
    expiring = make_platform("Bijna Klaar", buurten=[areas["AA02"]])
    grant(expiring, [areas["AA02"]], start=services.add_years(day=TODAY, years=-4) + timedelta(days=60))
    expired = make_platform("Oud Platform", stadsdeel="N", buurten=[areas["NB01"]])
    grant(expired, [areas["NB01"]], start=services.add_years(day=TODAY, years=-5))
    none = make_platform("Nog Niets", stadsdeel="N", buurten=[areas["NB03"]])
    return {"active": active, "expiring": expiring, "expired": expired, "none": none}


def names(response) -> list[str]:
    return [p.name for p in response.context["platforms"]]


def test_register_lists_platforms_and_links_to_map(client, register):
    response = client.get("/buurtplatformen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert names(response) == ["Actief Platform", "Bijna Klaar", "Nog Niets", "Oud Platform"]
    assert reverse("platforms:map") in html
    assert '<caption id="register-caption">' in html and 'scope="col"' in html and 'scope="row"' in html
    assert html.count("<h1") == 1
    assert '<label for="id_q">' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": "actief"}, ["Actief Platform", "Bijna Klaar"]),
        ({"status": "verloopt"}, ["Bijna Klaar"]),
        ({"status": "verlopen"}, ["Oud Platform"]),
        ({"status": "geen"}, ["Nog Niets", "Oud Platform"]),
        ({"stadsdeel": "N"}, ["Nog Niets", "Oud Platform"]),
        ({"q": "bijna"}, ["Bijna Klaar"]),
        ({"q": "aa01"}, ["Actief Platform"]),  # buurt code, any case
        ({"q": "Westelijke"}, ["Bijna Klaar"]),  # buurt name
        ({"q": "NDSM", "stadsdeel": "N"}, ["Nog Niets"]),
    ],
)
def test_register_filters(client, register, query, expected):
    assert names(client.get("/buurtplatformen/", query)) == expected


def test_register_bad_input_is_a_message_not_an_error(client, register):
    response = client.get("/buurtplatformen/", {"status": "<script>", "stadsdeel": "Q"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>" not in html
    assert 'aria-describedby="id_status-fout"' in html and 'id="id_status-fout"' in html
    # An unknown stadsdeel (a stale link) is ignored, not reported as an error.
    assert 'id="id_stadsdeel-fout"' not in html and "filter__field--error" in html
    assert html.count("filter__field--error") == 1
    assert len(names(response)) == 4  # invalid filters are ignored
    assert client.get("/buurtplatformen/", {"q": "x" * 500}).status_code == 200


def test_register_pagination_keeps_filters(client, areas):
    for i in range(30):
        make_platform(f"Platform {i:02d}")
    response = client.get("/buurtplatformen/", {"stadsdeel": "A"})
    assert len(response.context["platforms"]) == 25
    assert "stadsdeel=A&amp;pagina=2" in response.content.decode()
    assert len(client.get("/buurtplatformen/", {"stadsdeel": "A", "pagina": 2}).context["platforms"]) == 5
    # Like /zoeken/ and the theme pages: a non-numeric or out-of-range page number is a 404.
    for bad in ("99", "x", "0", "-1", "2.5"):
        assert client.get("/buurtplatformen/", {"stadsdeel": "A", "pagina": bad}).status_code == 404, bad
    assert client.get("/buurtplatformen/", {"pagina": ""}).status_code == 200


def test_register_filter_lists_stadsdelen_by_code_and_says_filteren(client, areas):
    Stadsdeel.objects.filter(code="A").update(name="Zzz Centrum")  # name order would put it last
    html = client.get("/buurtplatformen/").content.decode()
    select = html.split('name="stadsdeel"')[1].split("</select>")[0]
    codes = [part.split('"')[0] for part in select.split('<option value="')[2:]]
    assert codes == sorted(codes) and codes[0] == "A"
    assert ">Filteren</button>" in html


def test_platform_page(client, register, areas):
    response = client.get(register["active"].get_absolute_url())
    html = response.content.decode()
    assert "Afgelopen, laatste dag" in client.get(register["expired"].get_absolute_url()).content.decode()
    assert response.status_code == 200
    assert "Actief Platform" in html and "mailto:a@example.org" in html
    assert "Wijk Haarlemmerbuurt (AA)" in html and "/buurten/AA01/" in html
    assert "REF-1" in html and "Advies stadsdeelcommissie: positief" in html
    assert "Actief tot en met" in html
    # Contact only where published (the footer's editors' address is not the platform's).
    expiring_html = client.get(register["expiring"].get_absolute_url()).content.decode()
    assert "<dt>Contact</dt>" not in expiring_html
    assert "<dt>Contact</dt>" in html
    assert "Verloopt binnenkort" in client.get(register["expiring"].get_absolute_url()).content.decode()
    assert client.get("/buurtplatformen/bestaat-niet/").status_code == 404


def test_platform_logo_is_shown(client, areas, settings, tmp_path):
    from wagtail_factories import ImageFactory

    settings.MEDIA_ROOT = tmp_path
    # The "dutch_unaccent" search configuration comes from the knowledge base's migration; this test only needs
    # an image, so it indexes with the default configuration.
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
    platform = make_platform("Met Logo", logo=ImageFactory(title="logo"))
    html = client.get(platform.get_absolute_url()).content.decode()
    assert 'class="platform__logo"' in html and 'alt="Logo van Met Logo"' in html and ".webp" in html
    assert "platform__logo" not in client.get(make_platform("Zonder Logo").get_absolute_url()).content.decode()


def test_every_editable_platform_field_reaches_the_page(client, areas):
    plain = make_platform("Kaal")
    html = client.get(plain.get_absolute_url()).content.decode()
    assert "Website" not in html and "KvK" not in html and "Lid van de Coalitie" not in html
    full = make_platform(
        "Vol",
        description="Wij verbinden de buurt.",
        website="https://vol.example.org",
        legal_form="stichting",
        kvk_number="12345678",
        coalition_member=True,
    )
    html = client.get(full.get_absolute_url()).content.decode()
    assert "Wij verbinden de buurt." in html and 'href="https://vol.example.org"' in html
    assert "stichting (KvK 12345678)" in html and "Lid van de Coalitie van Buurtplatformen Amsterdam" in html
    assert "coalitielid" in client.get("/buurtplatformen/", {"q": "Vol"}).content.decode()


def test_revoked_status_shows_reason(client, areas):
    platform = make_platform("Ingetrokken", buurten=[areas["AA01"]])
    status = grant(platform, [areas["AA01"]], start=TODAY - timedelta(days=100))
    services.status_revoke(status=status, revoked_on=TODAY - timedelta(days=10), reason="Geen leden meer")
    html = client.get(platform.get_absolute_url()).content.decode()
    assert "Ingetrokken per" in html and "Geen leden meer" in html
    revoked_on = (TODAY - timedelta(days=10)).day
    assert f'status--expired">Ingetrokken per {revoked_on} ' in html and "Afgelopen, laatste dag" not in html


def test_revoked_status_on_register_and_its_own_filter(client, register, areas):
    revoked = make_platform("Ingetrokken Platform", buurten=[areas["AA01"]])
    status = grant(revoked, [areas["AA01"]], start=services.add_years(day=TODAY, years=-8))
    services.status_revoke(status=status, revoked_on=status.start_date + timedelta(days=200), reason="Opgeheven")
    response = client.get("/buurtplatformen/", {"status": "ingetrokken"})
    assert names(response) == ["Ingetrokken Platform"]
    html = response.content.decode()
    assert '<option value="ingetrokken" selected>Ingetrokken</option>' in html
    day = (status.start_date + timedelta(days=200)).day
    assert f'status--expired">Ingetrokken per {day} ' in html and "Afgelopen, laatste dag" not in html
    # A status that ran its full term is "verlopen", a revoked one is not.
    assert names(client.get("/buurtplatformen/", {"status": "verlopen"})) == ["Oud Platform"]


def crumbs(response) -> str:
    """The breadcrumb list, in the knowledge base's markup (templates/includes/breadcrumbs.html)."""
    return response.content.decode().split('<ol class="breadcrumbs__list">')[1].split("</ol>")[0]


def test_register_pages_use_the_knowledge_base_breadcrumbs(client, register):
    trail = crumbs(client.get(register["active"].get_absolute_url()))
    assert '<li class="breadcrumbs__item"><a href="/">Home</a></li>' in trail
    assert '<a href="/buurtplatformen/">Register van buurtplatformen</a>' in trail
    assert 'aria-current="page">Actief Platform</li>' in trail
    trail = crumbs(client.get("/buurten/AA01/"))
    assert 'href="/">Home</a>' in trail and '<a href="/buurtplatformen/kaart/">Kaart van de buurten</a>' in trail


def test_buurt_page(client, register, settings):
    settings.PLATFORM_APPLY_URL = "/hoe-aanvragen/"
    html = client.get("/buurten/AA01/").content.decode()
    assert "Planciusbuurt-Noord" in html and "Haarlemmerbuurt" in html and "Centrum-West" in html
    assert "Actief Platform" in html and register["active"].get_absolute_url() in html
    free = client.get("/buurten/NB03/").content.decode()
    assert "geen buurtplatform de status" in free and 'href="/hoe-aanvragen/"' in free
    westpoort = client.get("/buurten/BA01/").content.decode()
    assert "geen stadsdeelbestuur" in westpoort and "/hoe-aanvragen/" not in westpoort


def test_buurt_code_is_case_insensitive_and_unknown_is_404(client, areas):
    response = client.get("/buurten/aa01/")
    assert response.status_code == 301 and response["Location"] == "/buurten/AA01/"
    assert client.get("/buurten/ZZ99/").status_code == 404
    assert client.get("/buurten/%3Cscript%3E/").status_code in {301, 404}


def test_map_has_a_link_per_buurt_with_accessible_name(client, register):
    response = client.get("/buurtplatformen/kaart/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('" class="map__buurt') == Buurt.objects.count()
    assert '<a href="/buurten/AA01/" class="map__buurt map__buurt--active"><title>AA01 Planciusbuurt-Noord' in html
    assert '<a href="/buurten/NB03/" class="map__buurt"><title>NB03 NDSM terrein: geen buurtplatform' in html
    assert 'role="img"' not in html
    assert reverse("platforms:register") in html
    # The text alternative lists the buurten with a platform.
    assert "Buurten met een buurtplatform, per stadsdeel" in html


def test_map_is_cached_and_invalidated_by_status_changes(client, register, areas, django_capture_on_commit_callbacks):
    client.get("/buurtplatformen/kaart/")
    result = selectors.map_svg()
    with CaptureQueriesContext(connection) as ctx:
        assert selectors.map_svg() is not None
    assert len(ctx.captured_queries) == 0
    assert "NB03 NDSM terrein: geen" in result.svg
    platform = make_platform("Nieuw Noord", stadsdeel="N")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        status = grant(platform, [areas["NB03"]], start=TODAY)
    assert "NB03 NDSM terrein: geen" in selectors.map_svg().svg  # not committed yet: the cache still holds
    for callback in callbacks:
        callback()
    assert "NB03 NDSM terrein: buurtplatform Nieuw Noord" in selectors.map_svg().svg
    with django_capture_on_commit_callbacks(execute=True):
        services.status_revoke(status=status, revoked_on=TODAY, reason="Test")
    assert "NB03 NDSM terrein: geen" in selectors.map_svg().svg


def build_register(n_platforms: int, n_buurten: int) -> None:
    """Bulk-create a synthetic register: platforms with several buurten, periods and decided applications."""
    sd = Stadsdeel.objects.create(code="X", name="Testdeel")
    gebied = Gebied.objects.create(code="GX01", name="Testgebied", stadsdeel=sd)
    wijk = Wijk.objects.create(code="XA", name="Testwijk", stadsdeel=sd)
    square = {"type": "Polygon", "coordinates": [[[4.9, 52.3], [4.91, 52.3], [4.91, 52.31], [4.9, 52.3]]]}
    buurten = Buurt.objects.bulk_create(
        Buurt(code=f"X{i:04d}", name=f"Buurt {i}", wijk=wijk, gebied=gebied, stadsdeel=sd, geometry=square)
        for i in range(n_buurten)
    )
    platforms = Platform.objects.bulk_create(
        Platform(name=f"Platform {i:03d}", slug=f"platform-{i}", stadsdeel=sd) for i in range(n_platforms)
    )
    through = Platform.buurten.through
    links, apps = [], []
    for i, platform in enumerate(platforms):
        for b in buurten[i * 3 % n_buurten : i * 3 % n_buurten + 3]:
            links.append(through(platform_id=platform.pk, buurt_id=b.pk))
        apps.append(
            Application(
                platform=platform,
                submitted_on=TODAY - timedelta(days=400),
                advice="positive",
                advice_date=TODAY - timedelta(days=390),
                decision="granted",
                decision_date=TODAY - timedelta(days=380),
                decision_reference=f"R{i}",
            )
        )
    through.objects.bulk_create(links)
    apps = Application.objects.bulk_create(apps)
    start = TODAY - timedelta(days=370)
    periods = StatusPeriod.objects.bulk_create(
        StatusPeriod(
            platform=p,
            application=a,
            start_date=start,
            end_date=services.status_end_date(start_date=start),
            last_day=services.status_end_date(start_date=start),
        )
        for p, a in zip(platforms, apps, strict=True)
    )
    StatusCoverage.objects.bulk_create(
        StatusCoverage(status=period, buurt=buurten[i], start_date=period.start_date, last_day=period.last_day)
        for i, period in enumerate(periods)
        if i < n_buurten
    )


def count_queries(client, url) -> int:
    client.get(url)  # warm up: site-wide settings rows are created on the first request
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    "url", ["/buurtplatformen/", "/buurtplatformen/?status=actief&q=Buurt", "/buurtplatformen/kaart/"]
)
def test_public_pages_use_a_fixed_number_of_queries(client, db, url, django_assert_max_num_queries):
    build_register(15, 52)
    small = count_queries(client, url)
    with django_assert_max_num_queries(10):
        client.get(url)
    StatusCoverage.objects.all().delete()
    StatusPeriod.objects.all().delete()
    Application.objects.all().delete()
    Platform.buurten.through.objects.all().delete()
    Platform.objects.all().delete()
    Buurt.objects.all().delete()
    Wijk.objects.all().delete()
    Gebied.objects.all().delete()
    Stadsdeel.objects.all().delete()
    build_register(150, 518)
    large = count_queries(client, url)
    assert large == small
    with django_assert_max_num_queries(10):
        response = client.get(url)
    if url == "/buurtplatformen/kaart/":
        assert response.content.decode().count('" class="map__buurt') == 518


def test_detail_pages_use_a_fixed_number_of_queries(client, db, django_assert_max_num_queries):
    build_register(150, 518)
    platform = Platform.objects.get(slug="platform-7")
    Platform.buurten.through.objects.bulk_create(
        Platform.buurten.through(platform_id=platform.pk, buurt_id=b.pk) for b in Buurt.objects.all()[30:80]
    )
    with django_assert_max_num_queries(10):
        response = client.get("/buurtplatformen/platform-7/")
    assert response.status_code == 200 and response.content.decode().count('href="/buurten/') >= 50
    with django_assert_max_num_queries(10):
        assert client.get("/buurten/X0007/").status_code == 200


def test_sitemap_lists_the_register_platforms_and_current_buurten(client, register, areas):
    Buurt.objects.filter(code="NB03").update(eind_geldigheid=TODAY - timedelta(days=1))
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    content = response.content.decode()
    for path in ("/buurtplatformen/", "/buurtplatformen/kaart/", "/buurtplatformen/oud-platform/", "/buurten/AA01/"):
        assert f"<loc>http://testserver{path}</loc>" in content, path
    assert content.count("<loc>http://testserver/buurtplatformen/") == 2 + len(register)
    assert "/buurten/NB03/" not in content  # an ended buurt is no longer a page worth indexing
