"""Delete handled signups and contact messages after the retention period (privacy), and say what went."""

from django.core.management.base import BaseCommand, CommandError

from coalition import services


class Command(BaseCommand):
    help = "Verwijder afgehandelde aanmeldingen en contactberichten die langer dan N maanden geleden zijn afgehandeld."

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=12, help="Bewaartermijn in maanden (standaard 12).")

    def handle(self, *args, **options):
        months = options["months"]
        if months < 1:
            raise CommandError("--months moet 1 of meer zijn.")
        counts = services.submission_purge(months=months)
        self.stdout.write(
            f"Verwijderd: {counts['signups']} aanmelding(en) en {counts['contact_messages']} contactbericht(en), "
            f"afgehandeld vóór {counts['cutoff']:%Y-%m-%d}."
        )
