"""Alembic environment for the server's schema.

The server passes its own connection in ``config.attributes["connection"]``.
"""

from alembic import context

from course_studio.server.models import ServerBase

target_metadata = ServerBase.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Course Studio server migrations run online only.")
run_migrations_online()
