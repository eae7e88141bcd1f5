"""Send the form mails that are still due: failed ones whose backoff has passed, or never queued. Cron-safe."""

from django.core.management.base import BaseCommand

from coalition import services


class Command(BaseCommand):
    help = "Verstuur e-mails van de formulieren die nog niet verzonden zijn en weer aan de beurt zijn."

    def handle(self, *args, **options):
        counts = services.email_retry_due()
        self.stdout.write(
            f"Verzonden: {counts['sent']}, opnieuw mislukt: {counts['failed']}, overgeslagen: {counts['skipped']}."
        )
