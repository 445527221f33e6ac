"""The local store: data location, SQLite engine, migrations, outbox recording."""

from .database import Store
from .outbox import Changes
from .paths import resolve_data_dir

__all__ = ["Changes", "Store", "resolve_data_dir"]
