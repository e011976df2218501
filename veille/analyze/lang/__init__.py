"""Language knowledge: one package per language (`fr`, `en`), one table module per analysis step."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def table_modules(step: str) -> list[ModuleType]:
    """Every language's table module for one step ("entities" -> lang/fr/entities.py, lang/en/entities.py)."""
    found = []
    for package in pkgutil.iter_modules(__path__):
        try:
            found.append(importlib.import_module(f"{__name__}.{package.name}.{step}"))
        except ModuleNotFoundError:
            continue
    return found
