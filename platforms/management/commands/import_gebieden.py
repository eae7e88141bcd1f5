"""``manage.py import_gebieden``: import the municipality's area division from export files or the live API."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from platforms.gebieden import GebiedenError, Parsed, gebieden_import, parse_api, parse_path


class Command(BaseCommand):
    help = (
        "Importeer de gebiedsindeling (stadsdelen, gebieden, wijken, buurten) uit exportbestanden of de API. "
        "Idempotent; bij een fout wordt niets gewijzigd."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="*",
            help="GeoJSON/CSV-exports (niveau in de bestandsnaam) of de indelingstabel; een map leest alle "
            ".geojson- en .csv-bestanden erin.",
        )
        parser.add_argument("--api", action="store_true", help="Lees de live API (GEBIEDEN_API_URL, -_KEY).")
        parser.add_argument(
            "--partial", action="store_true", help="Geen volledige export: ontbrekende buurten niet beëindigen."
        )
        parser.add_argument("--dry-run", action="store_true", help="Toon wat er zou veranderen, wijzig niets.")

    def handle(self, *args, **options):
        parsed = Parsed()
        paths: list[Path] = []
        for raw in options["paths"]:
            path = Path(raw)
            if path.is_dir():
                paths += sorted(p for p in path.iterdir() if p.suffix.lower() in {".geojson", ".json", ".csv"})
            else:
                paths.append(path)
        if not paths and not options["api"]:
            raise CommandError("Geef exportbestanden, een map of --api.")
        try:
            for path in paths:
                parse_path(path, parsed)
            if options["api"]:
                if not settings.GEBIEDEN_API_KEY:
                    raise CommandError("Zet GEBIEDEN_API_KEY om de API te gebruiken.")
                parse_api(base_url=settings.GEBIEDEN_API_URL, api_key=settings.GEBIEDEN_API_KEY, parsed=parsed)
            report = _run(parsed, complete=not options["partial"], dry_run=options["dry_run"])
        except GebiedenError as exc:
            raise CommandError(f"{exc} Er is niets gewijzigd.") from exc
        for line in report.lines():
            self.stdout.write(line)
        if options["dry_run"]:
            self.stdout.write("Proefdraaien: er is niets opgeslagen.")
        elif not report.changed:
            self.stdout.write(self.style.SUCCESS("Niets veranderd: de indeling was al actueel."))
        else:
            self.stdout.write(self.style.SUCCESS("Gebiedsindeling bijgewerkt."))


class _DryRun(Exception):
    pass


def _run(parsed: Parsed, *, complete: bool, dry_run: bool):
    from django.db import transaction

    from platforms.services import map_invalidate

    if not dry_run:
        report = gebieden_import(parsed=parsed, today=timezone.localdate(), complete=complete)
        map_invalidate()
        return report
    holder = {}
    try:
        with transaction.atomic():
            holder["report"] = gebieden_import(parsed=parsed, today=timezone.localdate(), complete=complete)
            raise _DryRun
    except _DryRun:
        pass
    return holder["report"]
