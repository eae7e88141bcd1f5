"""Coalition models: coalitions and members, the two form pages, submissions and the outgoing-mail log."""

from .coalitions import Coalition, MemberKind, Membership
from .emails import OutgoingEmail
from .pages import ContactFormPage, SignupFormPage
from .settings import CoalitionSettings
from .submissions import ContactMessage, ContactStatus, ContactTopic, Signup, SignupStatus

__all__ = [
    "Coalition",
    "CoalitionSettings",
    "ContactFormPage",
    "ContactMessage",
    "ContactStatus",
    "ContactTopic",
    "MemberKind",
    "Membership",
    "OutgoingEmail",
    "Signup",
    "SignupFormPage",
    "SignupStatus",
]
