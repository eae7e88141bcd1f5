"""Coalition submissions for the benchmark corpus, stored through the coalition's own services."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable


def build(*, target: int, rng: random.Random, log: Callable[[str], None]) -> None:
    try:
        from coalition import services
        from coalition.models import ContactMessage, ContactTopic
    except ImportError as error:
        log(f"   submissions: coalition app not available ({error}), skipped")
        return
    from django.db import transaction

    existing = ContactMessage.objects.count()
    if existing >= target:
        log(f"   submissions: {existing} present")
        return
    topics = list(ContactTopic.values)
    with transaction.atomic():
        for number in range(existing, target):
            services.contact_submit(
                form_token=uuid.UUID(int=rng.getrandbits(128)),
                data={
                    "name": f"Bewoner {number}",
                    "email": f"bewoner{number}@example.org",
                    "topic": topics[number % len(topics)],
                    "message": "Een vraag over het opzetten van een buurtplatform in onze buurt. " * 3,
                    "consent": True,
                },
            )
    log(f"   submissions: {ContactMessage.objects.count()}")
