"""Input validators shared by the public forms."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Newlines and tabs are fine inside a multi-line message; nowhere else.
MULTILINE_ALLOWED = {"\n", "\r", "\t"}
# Unicode line and paragraph separators act as newlines in some mail clients and CSV readers.
LINE_SEPARATORS = {"\u2028", "\u2029"}


def _control_characters(value: str, allowed: set[str]) -> bool:
    return any(
        (unicodedata.category(char) == "Cc" or char in LINE_SEPARATORS) and char not in allowed for char in value
    )


def validate_single_line(value: str) -> None:
    """Reject NUL, newlines and other control characters; emoji, accents and RTL marks are fine."""
    if _control_characters(value, set()):
        raise ValidationError(
            _("Dit veld mag geen regeleinden of onzichtbare stuurtekens bevatten."), code="control_characters"
        )


def validate_multi_line(value: str) -> None:
    """Like validate_single_line, but newlines and tabs are allowed."""
    if _control_characters(value, MULTILINE_ALLOWED):
        raise ValidationError(_("Dit veld mag geen onzichtbare stuurtekens bevatten."), code="control_characters")
