"""Background tasks (django-tasks): mail delivery, so a slow or broken mail server never blocks a visitor."""

from django_tasks import task

from . import services


@task()
def send_email(email_id: int) -> str:
    """Deliver one stored mail; failures are recorded on the OutgoingEmail row and retried by cron."""
    email = services.email_deliver(email_id=email_id)
    return email.status if email else "skipped"
