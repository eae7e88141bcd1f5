"""``manage.py send_status_reminders``: daily from cron; mails 6 months and 1 month before a status ends."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from platforms.services import status_reminders_send


class Command(BaseCommand):
    help = "Stuur herinneringen 6 maanden en 1 maand voor het einde van een buurtplatformstatus (elk één keer)."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Doe alsof het deze datum is (JJJJ-MM-DD); standaard vandaag.")

    def handle(self, *args, **options):
        try:
            on = date.fromisoformat(options["date"]) if options["date"] else timezone.localdate()
        except ValueError as exc:
            raise CommandError("Ongeldige datum; gebruik JJJJ-MM-DD.") from exc
        sent = status_reminders_send(on=on)
        for reminder in sent:
            self.stdout.write(f"{reminder.status.platform}: {reminder.get_kind_display()} -> {reminder.recipients}")
        self.stdout.write(self.style.SUCCESS(f"{len(sent)} herinnering(en) verstuurd."))
