"""The register's models: the area division (``areas``) and the platforms with their status (``register``)."""

from .areas import AreaBase, Buurt, Gebied, Stadsdeel, Wijk
from .register import Application, Platform, StatusCoverage, StatusPeriod, StatusReminder

__all__ = [
    "Application",
    "AreaBase",
    "Buurt",
    "Gebied",
    "Platform",
    "Stadsdeel",
    "StatusCoverage",
    "StatusPeriod",
    "StatusReminder",
    "Wijk",
]
