"""Checks shared by every form and importer. Problems carry codes; the GUI and CLI word them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.countries import is_country

_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]{2,}$")
_URL = re.compile(r"^(https?://)?[\w-]+(\.[\w-]+)+(:\d+)?(/\S*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    field: str
    code: str  # required, email, url, country, renews_self, renews_later, parent_self, choice

    def __str__(self) -> str:
        return f"{self.field}: {self.code}"


def required(field: str, value: str) -> list[Problem]:
    return [] if value.strip() else [Problem(field, "required")]


def email(field: str, value: str) -> list[Problem]:
    return [] if not value.strip() or _EMAIL.match(value.strip()) else [Problem(field, "email")]


def url(field: str, value: str) -> list[Problem]:
    return [] if not value.strip() or _URL.match(value.strip()) else [Problem(field, "url")]


def country(field: str, value: str) -> list[Problem]:
    return [] if not value or is_country(value) else [Problem(field, "country")]


def choice(field: str, value: str, allowed: tuple[str, ...]) -> list[Problem]:
    return [] if not value or value in allowed else [Problem(field, "choice")]
