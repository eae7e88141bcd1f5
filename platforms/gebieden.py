"""Import of the municipality's area division (gebiedsindeling) into Stadsdeel, Gebied, Wijk and Buurt.

Reads the municipality's own formats, so the same code imports a fresh export or the live API:

- exports of ``/v1/gebieden/{stadsdelen,ggwgebieden,wijken,buurten}`` as GeoJSON (``?_format=geojson``) or flat
  CSV (``?_format=csv``; a ``geometrie`` column in WKT, RD New or WGS84); the level comes from the file name;
- the joined parent table (``indeling-2022.csv``: ``buurt_code, ..., stadsdeel_naam``), which gives the codes
  and names of the parent levels when their own exports are not at hand;
- the live API (``settings.GEBIEDEN_API_URL``, header ``X-Api-Key``).

``gebieden_import`` is idempotent and runs in one transaction: a malformed source raises ``GebiedenError``
before anything is written. Records are keyed on ``code``; a newer ``volgnummer`` replaces an older one; a
buurt that ended gets its end date and is never deleted (statuses refer to it).
"""

import csv
import io
import json
import re
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from .models import Buurt, Gebied, Stadsdeel, Wijk

# Westpoort is a statistical area without a stadsdeel board: no status can be granted there.
STADSDELEN_WITHOUT_BOARD = {"B"}
LEVELS = ("stadsdelen", "ggwgebieden", "wijken", "buurten")
INDELING_COLUMNS = {
    "buurt_code",
    "buurt_naam",
    "wijk_code",
    "wijk_naam",
    "ggw_code",
    "ggw_naam",
    "stadsdeel_code",
    "stadsdeel_naam",
}


class GebiedenError(ValueError):
    """A source that cannot be imported; the message says which file and what is wrong."""


@dataclass
class Record:
    code: str
    name: str
    identificatie: str = ""
    volgnummer: int = 1
    begin: date | None = None
    end: date | None = None
    cbs_code: str = ""
    parent: dict[str, str] = field(default_factory=dict)  # e.g. {"wijk_id": ..., "stadsdeel_code": ...}
    geometry: dict | None = None
    official: bool = True  # False for rows of the joined indeling table, which only fills in gaps


@dataclass
class Parsed:
    levels: dict[str, dict[str, Record]] = field(default_factory=lambda: {level: {} for level in LEVELS})

    def add(self, level: str, record: Record) -> None:
        current = self.levels[level].get(record.code)
        if current is None or record.volgnummer >= current.volgnummer:
            if current and not record.geometry:
                record.geometry = current.geometry
            if current:
                record.official = record.official or current.official
                record.parent = {**current.parent, **record.parent}
                record.cbs_code = record.cbs_code or current.cbs_code
                record.identificatie = record.identificatie or current.identificatie
            self.levels[level][record.code] = record
        else:
            current.official = record.official or current.official
            current.parent = {**record.parent, **current.parent}


@dataclass
class ImportReport:
    created: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    unchanged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    ended: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(self.created.values()) or any(self.updated.values()) or bool(self.ended)

    def lines(self) -> list[str]:
        names = {"stadsdelen": "stadsdelen", "ggwgebieden": "gebieden", "wijken": "wijken", "buurten": "buurten"}
        out = [
            _("%(level)s: %(created)d nieuw, %(updated)d bijgewerkt, %(unchanged)d ongewijzigd")
            % {
                "level": names[level],
                "created": self.created[level],
                "updated": self.updated[level],
                "unchanged": self.unchanged[level],
            }
            for level in LEVELS
        ]
        if self.ended:
            out.append(_("Beëindigd (einddatum gezet): %(codes)s") % {"codes": ", ".join(self.ended)})
        return out


def _date(value) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise GebiedenError(_("Ongeldige datum: %(value)r") % {"value": value}) from exc


def _level_from_name(name: str) -> str | None:
    lowered = name.lower()
    for level in ("ggwgebieden", "stadsdelen", "wijken", "buurten"):
        if level in lowered:
            return level
    return None


# RD New (EPSG:28992) to WGS84, the well-known polynomial approximation (accurate to about a metre).
_RD_K = [
    (0, 1, 3235.65389),
    (2, 0, -32.58297),
    (0, 2, -0.24750),
    (2, 1, -0.84978),
    (0, 3, -0.06550),
    (2, 2, -0.01709),
    (1, 0, -0.00738),
    (4, 0, 0.00530),
    (2, 3, -0.00039),
    (4, 1, 0.00033),
    (1, 1, -0.00012),
]
_RD_L = [(1, 0, 5260.52916), (1, 1, 105.94684), (1, 2, 2.45656), (3, 0, -0.81885), (1, 3, 0.05594),
         (3, 1, -0.05607), (0, 1, 0.01199), (3, 2, -0.00256), (1, 4, 0.00128), (0, 2, 0.00022), (2, 0, -0.00022),
         (5, 0, 0.00026)]  # fmt: skip


def rd_to_wgs84(x: float, y: float) -> tuple[float, float]:
    """RD New metres to (lon, lat) degrees."""
    dx, dy = (x - 155000) * 1e-5, (y - 463000) * 1e-5
    lat = 52.15517440 + sum(k * dx**p * dy**q for p, q, k in _RD_K) / 3600
    lon = 5.38720621 + sum(k * dx**p * dy**q for p, q, k in _RD_L) / 3600
    return lon, lat


def _to_wgs84(ring: list) -> list:
    if ring and abs(ring[0][0]) > 180:
        return [list(rd_to_wgs84(pt[0], pt[1])) for pt in ring]
    return ring


def _geometry(geometry: dict | None) -> dict | None:
    if not geometry:
        return None
    if geometry.get("type") == "Polygon":
        return {"type": "Polygon", "coordinates": [_to_wgs84(r) for r in geometry["coordinates"]]}
    if geometry.get("type") == "MultiPolygon":
        return {
            "type": "MultiPolygon",
            "coordinates": [[_to_wgs84(r) for r in poly] for poly in geometry["coordinates"]],
        }
    raise GebiedenError(_("Onbekend geometrietype: %(type)s") % {"type": geometry.get("type")})


_WKT_RING = re.compile(r"\(([^()]+)\)")


def _wkt(value: str) -> dict | None:
    """A WKT POLYGON/MULTIPOLYGON (optionally with ``SRID=...;``) as a GeoJSON geometry."""
    if not value:
        return None
    text = value.split(";", 1)[-1].strip()
    kind = text.split("(", 1)[0].strip().upper()
    try:
        rings = [[[float(n) for n in pt.split()[:2]] for pt in ring.split(",")] for ring in _WKT_RING.findall(text)]
    except ValueError as exc:
        raise GebiedenError(_("Ongeldige geometrie (WKT).")) from exc
    if kind == "POLYGON":
        return _geometry({"type": "Polygon", "coordinates": rings})
    if kind == "MULTIPOLYGON":
        return _geometry({"type": "MultiPolygon", "coordinates": [[r] for r in rings]})
    raise GebiedenError(_("Onbekend geometrietype: %(type)s") % {"type": kind})


def _api_record(props: dict, geometry: dict | None, *, source: str) -> Record:
    code, name = props.get("code"), props.get("naam")
    if not code or not name:
        raise GebiedenError(_("%(source)s: een gebied zonder code of naam.") % {"source": source})
    parent = {
        key: str(props[api_key])
        for key, api_key in (
            ("wijk_id", "ligtInWijkId"),
            ("ggw_id", "ligtInGgwgebiedId"),
            ("stadsdeel_id", "ligtInStadsdeelId"),
        )
        if props.get(api_key)
    }
    return Record(
        code=str(code).strip().upper(),
        name=str(name).strip(),
        identificatie=str(props.get("identificatie") or ""),
        volgnummer=int(props.get("volgnummer") or 1),
        begin=_date(props.get("beginGeldigheid")),
        end=_date(props.get("eindGeldigheid")),
        cbs_code=str(props.get("cbsCode") or ""),
        parent=parent,
        geometry=geometry,
    )


def parse_geojson(text: str, *, level: str, source: str, parsed: Parsed) -> None:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GebiedenError(
            _("%(source)s is geen geldige JSON: %(error)s") % {"source": source, "error": exc}
        ) from exc
    if (
        not isinstance(data, dict)
        or data.get("type") != "FeatureCollection"
        or not isinstance(data.get("features"), list)
    ):
        raise GebiedenError(_("%(source)s is geen GeoJSON FeatureCollection.") % {"source": source})
    for feature in data["features"]:
        if not isinstance(feature, dict) or not isinstance(feature.get("properties"), dict):
            raise GebiedenError(_("%(source)s bevat een feature zonder eigenschappen.") % {"source": source})
        parsed.add(level, _api_record(feature["properties"], _geometry(feature.get("geometry")), source=source))


def parse_csv(text: str, *, level: str | None, source: str, parsed: Parsed) -> None:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    columns = set(reader.fieldnames or [])
    if columns >= INDELING_COLUMNS:
        for row in reader:
            _indeling_row(row, parsed)
        return
    if level is None or not {"code", "naam"} <= columns:
        raise GebiedenError(
            _(
                "%(source)s: onbekend formaat. Verwacht een export van /v1/gebieden/{stadsdelen,ggwgebieden,"
                "wijken,buurten} (met kolommen code en naam, niveau in de bestandsnaam) of de indelingstabel."
            )
            % {"source": source}
        )
    for row in reader:
        parsed.add(level, _api_record(row, _wkt(row.get("geometrie") or ""), source=source))


def _indeling_row(row: dict, parsed: Parsed) -> None:
    begin = _date(row.get("begin_geldigheid"))
    sd = row["stadsdeel_code"].strip().upper()
    if not row["buurt_code"].strip() or not sd or not row["wijk_code"].strip():
        raise GebiedenError(_("Indelingstabel: een rij zonder buurt-, wijk- of stadsdeelcode."))
    parsed.add("stadsdelen", Record(code=sd, name=row["stadsdeel_naam"].strip(), begin=begin, volgnummer=0))
    if row["ggw_code"].strip():
        parsed.add(
            "ggwgebieden",
            Record(
                code=row["ggw_code"].strip().upper(),
                name=row["ggw_naam"].strip(),
                identificatie=row.get("ggw_identificatie", ""),
                begin=begin,
                parent={"stadsdeel_code": sd},
                volgnummer=0,
            ),
        )
    parsed.add(
        "wijken",
        Record(
            code=row["wijk_code"].strip().upper(),
            name=row["wijk_naam"].strip(),
            identificatie=row.get("wijk_identificatie", ""),
            cbs_code=row.get("wijk_cbs_code", ""),
            begin=begin,
            parent={"stadsdeel_code": sd},
            volgnummer=0,
        ),
    )
    # volgnummer 0: the table only fills in what an official export lacks.
    parsed.add(
        "buurten",
        Record(
            code=row["buurt_code"].strip().upper(),
            name=row["buurt_naam"].strip(),
            identificatie=row.get("buurt_identificatie", ""),
            cbs_code=row.get("buurt_cbs_code", ""),
            begin=begin,
            parent={
                "wijk_code": row["wijk_code"].strip().upper(),
                "ggw_code": row["ggw_code"].strip().upper(),
                "stadsdeel_code": sd,
            },
            volgnummer=0,
            official=False,
        ),
    )


def parse_path(path: Path, parsed: Parsed) -> None:
    if not path.is_file():
        raise GebiedenError(_("Bestand niet gevonden: %(path)s") % {"path": path})
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise GebiedenError(_("%(path)s is geen UTF-8-tekst.") % {"path": path}) from exc
    level = _level_from_name(path.name)
    if path.suffix.lower() in {".geojson", ".json"}:
        if level is None:
            raise GebiedenError(
                _("%(path)s: zet het niveau (stadsdelen, ggwgebieden, wijken of buurten) in de bestandsnaam.")
                % {"path": path}
            )
        parse_geojson(text, level=level, source=path.name, parsed=parsed)
    elif path.suffix.lower() == ".csv":
        parse_csv(text, level=level, source=path.name, parsed=parsed)
    else:
        raise GebiedenError(_("%(path)s: alleen .geojson, .json en .csv worden gelezen.") % {"path": path})


def parse_api(*, base_url: str, api_key: str, parsed: Parsed, timeout: int = 30) -> None:
    """Fetch all four levels from the live API as GeoJSON, following the pagination links."""
    if not base_url.startswith("https://"):
        raise GebiedenError(_("De API-URL moet met https:// beginnen."))
    for level in LEVELS:
        url = urllib.parse.urljoin(base_url, f"{level}/") + "?_format=geojson&_pageSize=1000"
        while url:
            request = urllib.request.Request(url, headers={"X-Api-Key": api_key, "Accept": "application/geo+json"})  # noqa: S310
            try:
                with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - https only
                    text = response.read().decode("utf-8")
            except OSError as exc:
                raise GebiedenError(
                    _("De API gaf een fout voor %(url)s: %(error)s") % {"url": url, "error": exc}
                ) from exc
            parse_geojson(text, level=level, source=url, parsed=parsed)
            data = json.loads(text)
            url = ((data.get("_links") or {}).get("next") or {}).get("href")


def _save(model, values: dict, *, code: str, report: ImportReport, level: str):
    obj = model.objects.filter(code=code).first()
    if obj is None:
        obj = model.objects.create(code=code, **values)
        report.created[level] += 1
        return obj
    changed = {k: v for k, v in values.items() if getattr(obj, k) != v}
    if changed:
        for k, v in changed.items():
            setattr(obj, k, v)
        obj.save(update_fields=list(changed))
        report.updated[level] += 1
    else:
        report.unchanged[level] += 1
    return obj


def _area_values(record: Record, *, existing_identificatie: str = "") -> dict:
    values = {
        "name": record.name,
        "begin_geldigheid": record.begin,
        "eind_geldigheid": record.end,
        "volgnummer": max(record.volgnummer, 1),
    }
    if record.identificatie:
        values["identificatie"] = record.identificatie
    return values


@transaction.atomic
def gebieden_import(*, parsed: Parsed, today: date, complete: bool = True) -> ImportReport:
    """Write the parsed area division, everything or nothing.

    With ``complete`` (a full export), current buurten missing from it have ended: they get ``today`` as end date.
    """
    report = ImportReport()
    levels = parsed.levels
    if any(r.official for r in levels["buurten"].values()):
        # An official buurten export decides which buurten exist; the table only adds parents to them.
        levels["buurten"] = {code: r for code, r in levels["buurten"].items() if r.official}
    if not levels["buurten"]:
        raise GebiedenError(_("Geen buurten gevonden in de bronnen."))
    ids = {level: {r.identificatie: code for code, r in levels[level].items() if r.identificatie} for level in LEVELS}

    def stadsdeel_code_of(record: Record) -> str:
        code = record.parent.get("stadsdeel_code") or ids["stadsdelen"].get(record.parent.get("stadsdeel_id", ""))
        return code or record.code[0]  # municipal codes start with the stadsdeel letter

    stadsdelen = {}
    needed_sd = {
        stadsdeel_code_of(r) for level in ("ggwgebieden", "wijken", "buurten") for r in levels[level].values()
    }
    for code in sorted(needed_sd | set(levels["stadsdelen"])):
        record = levels["stadsdelen"].get(code)
        if record is None:
            existing = Stadsdeel.objects.filter(code=code).first()
            if existing is None:
                raise GebiedenError(
                    _("Stadsdeel %(code)s ontbreekt: geef de indelingstabel of de export van de stadsdelen mee.")
                    % {"code": code}
                )
            stadsdelen[code] = existing
            continue
        values = _area_values(record)
        if not Stadsdeel.objects.filter(code=code).exists():
            values["has_board"] = code not in STADSDELEN_WITHOUT_BOARD
        stadsdelen[code] = _save(Stadsdeel, values, code=code, report=report, level="stadsdelen")

    gebieden = {}
    for code, record in sorted(levels["ggwgebieden"].items()):
        values = {**_area_values(record), "stadsdeel": stadsdelen[stadsdeel_code_of(record)]}
        gebieden[code] = _save(Gebied, values, code=code, report=report, level="ggwgebieden")

    wijken = {}
    for code, record in sorted(levels["wijken"].items()):
        values = {**_area_values(record), "stadsdeel": stadsdelen[stadsdeel_code_of(record)]}
        if record.cbs_code:
            values["cbs_code"] = record.cbs_code
        wijken[code] = _save(Wijk, values, code=code, report=report, level="wijken")

    for code, record in sorted(levels["buurten"].items()):
        wijk_code = record.parent.get("wijk_code") or ids["wijken"].get(record.parent.get("wijk_id", ""))
        wijk = wijken.get(wijk_code) if wijk_code else None
        if wijk is None:
            wijk = Wijk.objects.filter(code=wijk_code or code[:2]).first()
        if wijk is None:
            raise GebiedenError(
                _("Buurt %(code)s: de wijk is onbekend; geef de indelingstabel of de export van de wijken mee.")
                % {"code": code}
            )
        ggw_code = record.parent.get("ggw_code") or ids["ggwgebieden"].get(record.parent.get("ggw_id", ""))
        gebied = gebieden.get(ggw_code) or (Gebied.objects.filter(code=ggw_code).first() if ggw_code else None)
        values = {
            **_area_values(record),
            "wijk": wijk,
            "gebied": gebied,
            "stadsdeel": stadsdelen.get(stadsdeel_code_of(record)) or wijk.stadsdeel,
        }
        if record.cbs_code:
            values["cbs_code"] = record.cbs_code
        if record.geometry is not None:
            values["geometry"] = record.geometry
        _save(Buurt, values, code=code, report=report, level="buurten")

    # A buurt that is no longer in the (complete) export has ended: give it an end date, never delete it.
    if complete:
        missing = Buurt.objects.filter(eind_geldigheid__isnull=True).exclude(code__in=list(levels["buurten"]))
        for buurt in missing.order_by("code"):
            buurt.eind_geldigheid = today
            buurt.save(update_fields=["eind_geldigheid"])
            report.ended.append(buurt.code)
    return report
