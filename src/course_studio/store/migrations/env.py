"""Alembic environment for the local store.

The store passes its own connection in ``config.attributes["connection"]``; this file
never opens a database by itself.
"""

from alembic import context

from course_studio.domain.models import Base
from course_studio.store.migrate import include_object

target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Course Studio migrations run online only.")
run_migrations_online()
