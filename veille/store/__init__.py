"""The SQLite store: the only place in veille that knows SQL.

    from veille.store import open_store
    with open_store("veille.db") as store:
        store.add_articles(articles)

See docs/store.md for the schema, migrations, versions and crash safety.
"""

from veille.store.facade import Store, open_store
from veille.store.search import SearchHit

__all__ = ["SearchHit", "Store", "open_store"]
