"""import_gebieden: the municipality's formats, idempotency, end dates, malformed input, the real export."""

import csv
import json
import os
from datetime import date
from io import StringIO
from pathlib import Path

import pytest

from django.core.management import CommandError, call_command

from platforms.gebieden import rd_to_wgs84
from platforms.models import Buurt, Gebied, Stadsdeel, Wijk

from .conftest import FIXTURES, grant, make_platform

REPO = Path(__file__).resolve().parents[2]


def real_data_dir() -> Path | None:
    path = Path(os.environ.get("GEBIEDEN_DATA_DIR") or REPO.parent / "shared" / "data" / "gebieden")
    if (path / "buurten.geojson").is_file() and (path / "indeling-2022.csv").is_file():
        return path
    if os.environ.get("CI"):
        pytest.fail(f"The real gebieden export is missing at {path} (set GEBIEDEN_DATA_DIR).")
    pytest.skip("The real gebieden export is not available outside CI.")
    return None


def run(*args) -> str:
    out = StringIO()
    call_command("import_gebieden", *map(str, args), stdout=out)
    return out.getvalue()


def test_fixture_import_relations(db):
    output = run(FIXTURES / "buurten.geojson", FIXTURES / "indeling.csv")
    assert "buurten: 6 nieuw" in output
    aa01 = Buurt.objects.select_related("wijk", "gebied", "stadsdeel").get(code="AA01")
    assert (aa01.name, aa01.wijk.code, aa01.gebied.code, aa01.stadsdeel.code) == (
        "Planciusbuurt-Noord",
        "AA",
        "GA01",
        "A",
    )
    assert aa01.cbs_code == "BU0363AA01" and aa01.identificatie == "03630980000019"
    assert aa01.geometry["type"] == "Polygon" and aa01.begin_geldigheid.isoformat() == "2022-03-24"
    # Wijk NB is split over two gebieden: the gebied is taken per buurt.
    assert Buurt.objects.get(code="NB01").gebied.code == "GN18"
    assert Buurt.objects.get(code="NB03").gebied.code == "GN19"
    assert Buurt.objects.get(code="SA01").volgnummer == 2
    westpoort = Stadsdeel.objects.get(code="B")
    assert not westpoort.has_board and Buurt.objects.get(code="BA01").gebied is None
    assert Stadsdeel.objects.get(code="A").has_board


def test_second_run_changes_nothing_and_changes_are_applied(db):
    run(FIXTURES / "buurten.geojson", FIXTURES / "indeling.csv")
    output = run(FIXTURES / "buurten.geojson", FIXTURES / "indeling.csv")
    assert "Niets veranderd" in output and "buurten: 0 nieuw, 0 bijgewerkt, 6 ongewijzigd" in output
    Buurt.objects.filter(code="AA02").update(name="Oude naam")
    output = run(FIXTURES / "buurten.geojson", FIXTURES / "indeling.csv")
    assert "buurten: 0 nieuw, 1 bijgewerkt" in output
    assert Buurt.objects.get(code="AA02").name == "Westelijke eilanden"


def test_missing_buurt_gets_end_date_and_is_kept(tmp_path, areas):
    status = grant(make_platform("Blijft"), [areas["AA01"]], start=date(2026, 3, 1))
    data = json.loads((FIXTURES / "buurten.geojson").read_text())
    data["features"] = [f for f in data["features"] if f["properties"]["code"] != "AA01"]
    (tmp_path / "buurten.geojson").write_text(json.dumps(data))
    output = run(tmp_path / "buurten.geojson", FIXTURES / "indeling.csv")
    assert "Beëindigd (einddatum gezet): AA01" in output
    aa01 = Buurt.objects.get(code="AA01")
    assert aa01.eind_geldigheid is not None
    assert status.buurten.filter(pk=aa01.pk).exists()  # the status still refers to it; nothing was deleted


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "geen geldige JSON"),
        ('{"type": "Feature"}', "geen GeoJSON FeatureCollection"),
        ('{"type": "FeatureCollection", "features": [{"properties": {"naam": "X"}}]}', "zonder code of naam"),
    ],
)
def test_malformed_file_is_rejected_and_nothing_changes(tmp_path, db, content, message):
    run(FIXTURES / "buurten.geojson", FIXTURES / "indeling.csv")
    Buurt.objects.filter(code="AA02").update(name="Gewijzigd")
    bad = tmp_path / "buurten.geojson"
    bad.write_text(content)
    with pytest.raises(CommandError, match=message):
        run(FIXTURES / "indeling.csv", bad)
    assert Buurt.objects.get(code="AA02").name == "Gewijzigd"  # the good file before it was not applied


def test_unknown_csv_and_missing_parents_are_rejected(tmp_path, db):
    other = tmp_path / "iets.csv"
    other.write_text("a,b\n1,2\n")
    with pytest.raises(CommandError, match="onbekend formaat"):
        run(other)
    with pytest.raises(CommandError, match=r"wijk is onbekend|ontbreekt"):
        run(FIXTURES / "buurten.geojson")
    assert not Buurt.objects.exists()


def test_flat_csv_export_with_rd_geometry(tmp_path, db):
    run(FIXTURES / "indeling.csv")
    csv_export = tmp_path / "gebieden_buurten.csv"
    csv_export.write_text(
        "identificatie,volgnummer,naam,code,cbsCode,beginGeldigheid,eindGeldigheid,ligtInWijkId,geometrie\n"
        "03630980000019,1,Planciusbuurt Noord,AA01,BU0363AA01,2022-03-24,,03630970000008,"
        '"SRID=28992;POLYGON ((121000 488000, 121200 488000, 121200 488200, 121000 488000))"\n'
    )
    output = run(csv_export, "--partial")
    assert "1 bijgewerkt" in output
    buurt = Buurt.objects.get(code="AA01")
    assert buurt.name == "Planciusbuurt Noord"
    lon, lat = buurt.geometry["coordinates"][0][0]
    assert 4.8 < lon < 4.95 and 52.3 < lat < 52.42
    assert Buurt.objects.filter(eind_geldigheid__isnull=True).count() == 6  # --partial ends nothing


def test_rd_conversion_reference_point():
    lon, lat = rd_to_wgs84(155000, 463000)  # Amersfoort, the origin of RD
    assert abs(lat - 52.15517440) < 1e-6 and abs(lon - 5.38720621) < 1e-6
    lon, lat = rd_to_wgs84(121000, 487000)  # central Amsterdam
    assert 4.88 < lon < 4.91 and 52.36 < lat < 52.38


def test_api_import_uses_key_and_follows_pages(db, monkeypatch, settings):
    settings.GEBIEDEN_API_KEY = "geheim"
    settings.GEBIEDEN_API_URL = "https://api.example.org/v1/gebieden/"
    fixture = json.loads((FIXTURES / "buurten.geojson").read_text())
    indeling = {}
    for row in csv.DictReader((FIXTURES / "indeling.csv").open()):
        indeling[row["buurt_code"]] = row
    pages = {
        "stadsdelen": [
            {"properties": {"code": c, "naam": n, "identificatie": f"sd-{c}"}}
            for c, n in {(r["stadsdeel_code"], r["stadsdeel_naam"]) for r in indeling.values()}
        ],
        "ggwgebieden": [
            {
                "properties": {
                    "code": r["ggw_code"],
                    "naam": r["ggw_naam"],
                    "identificatie": r["ggw_identificatie"],
                    "ligtInStadsdeelId": f"sd-{r['stadsdeel_code']}",
                }
            }
            for r in indeling.values()
            if r["ggw_code"]
        ],
        "wijken": [
            {
                "properties": {
                    "code": r["wijk_code"],
                    "naam": r["wijk_naam"],
                    "identificatie": r["wijk_identificatie"],
                    "ligtInStadsdeelId": f"sd-{r['stadsdeel_code']}",
                }
            }
            for r in indeling.values()
        ],
        "buurten": fixture["features"],
    }
    seen = []

    class Response:
        def __init__(self, body):
            self.body = body

        def read(self):
            return self.body.encode()

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def fake_urlopen(request, timeout):
        seen.append((request.full_url, request.get_header("X-api-key")))
        level = request.full_url.split("/gebieden/")[1].split("/")[0]
        features = pages[level]
        if "page=2" in request.full_url:
            return Response(json.dumps({"type": "FeatureCollection", "features": features[3:]}))
        return Response(
            json.dumps(
                {
                    "type": "FeatureCollection",
                    "features": features[:3],
                    "_links": {"next": {"href": request.full_url + "&page=2"}} if len(features) > 3 else {},
                }
            )
        )

    monkeypatch.setattr("urllib.request.urlopen", fake_urlopen)
    output = run("--api")
    assert "buurten: 6 nieuw" in output
    assert all(key == "geheim" for _url, key in seen)
    assert any("page=2" in url for url, _key in seen)
    assert Buurt.objects.get(code="NB03").gebied.code == "GN19"
    assert Wijk.objects.get(code="NB").stadsdeel.code == "N"


def test_real_export_counts_and_relations(db):
    path = real_data_dir()
    output = run(path)
    assert "buurten: 518 nieuw" in output
    assert Buurt.objects.count() == 518
    assert Wijk.objects.count() == 110
    assert Gebied.objects.count() == 25
    assert sorted(Stadsdeel.objects.values_list("code", flat=True)) == list("ABEFKMNST")
    westpoort = Stadsdeel.objects.get(code="B")
    assert westpoort.name == "Westpoort" and not westpoort.has_board
    assert Stadsdeel.objects.filter(has_board=False).count() == 1
    assert Buurt.objects.filter(stadsdeel=westpoort).count() == 14
    assert Wijk.objects.filter(stadsdeel=westpoort).count() == 2
    assert not Gebied.objects.filter(stadsdeel=westpoort).exists()
    assert not Buurt.objects.filter(stadsdeel=westpoort, gebied__isnull=False).exists()
    assert Buurt.objects.filter(gebied__isnull=True).count() == 14
    nb = Buurt.objects.filter(wijk__code="NB")
    assert set(nb.filter(gebied__code="GN18").values_list("code", flat=True)) == {"NB01", "NB02"}
    assert set(nb.filter(gebied__code="GN19").values_list("code", flat=True)) == {f"NB0{i}" for i in range(3, 8)}
    assert Buurt.objects.filter(volgnummer=2).count() == 4
    assert not Buurt.objects.filter(geometry__isnull=True).exists()
    # Every buurt's code starts with its wijk's code, and the wijk's with the stadsdeel's.
    for buurt in Buurt.objects.select_related("wijk", "stadsdeel"):
        assert buurt.code.startswith(buurt.wijk.code) and buurt.wijk.code.startswith(buurt.stadsdeel.code)
    assert "Niets veranderd" in run(path)
