"""``manage.py load_demo_content``: the knowledge base's demo content, then the other apps' demo data."""

import importlib
import logging

from django.core.management.base import BaseCommand

from kennisbank.demo import loader

DEMO_APPS = ("platforms", "coalition")


class Command(BaseCommand):
    help = "Laadt de demo-inhoud (pagina's, afbeeldingen, documenten, demo-logins). Twee keer draaien kan geen kwaad."

    def handle(self, *args, **options):
        # Creating pages logs every search-index task at INFO level; keep the output to what a newcomer needs.
        if options["verbosity"] < 2:
            for name in ("django_tasks", "wagtail"):
                logging.getLogger(name).setLevel(logging.WARNING)
        logins = loader.load(stdout=self.stdout)
        for app in DEMO_APPS:
            module_name = f"{app}.demo"
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name != module_name:
                    raise  # a missing dependency inside the module is a real error
                continue
            module.load(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo-inhoud geladen. Inloggen op /admin/ met:"))
        for role, username, password in logins:
            self.stdout.write(f"  {role}: gebruikersnaam {username}, wachtwoord {password}")
