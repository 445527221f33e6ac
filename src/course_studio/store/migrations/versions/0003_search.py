"""Search: the students_fts full-text index (FTS5, trigram) over students' names and
emails, kept in step by triggers, and indexes for sorting the large lists.

``students_fts`` is an external-content table: it stores only the index and reads
the text from ``students`` by rowid. A later migration that rebuilds the students
table (a batch ALTER copies it, which renumbers rowids and drops triggers) must
create the triggers again and run ``INSERT INTO students_fts(students_fts)
VALUES('rebuild')``; so must anything that VACUUMs the file.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

FTS_TABLE = """
CREATE VIRTUAL TABLE students_fts USING fts5(
    given_name, family_name, email,
    content='students', content_rowid='rowid', tokenize='trigram'
)
"""

TRIGGERS = (
    """
    CREATE TRIGGER students_fts_insert AFTER INSERT ON students BEGIN
        INSERT INTO students_fts(rowid, given_name, family_name, email)
        VALUES (new.rowid, new.given_name, new.family_name, new.email);
    END
    """,
    """
    CREATE TRIGGER students_fts_delete AFTER DELETE ON students BEGIN
        INSERT INTO students_fts(students_fts, rowid, given_name, family_name, email)
        VALUES ('delete', old.rowid, old.given_name, old.family_name, old.email);
    END
    """,
    """
    CREATE TRIGGER students_fts_update AFTER UPDATE OF given_name, family_name, email
    ON students BEGIN
        INSERT INTO students_fts(students_fts, rowid, given_name, family_name, email)
        VALUES ('delete', old.rowid, old.given_name, old.family_name, old.email);
        INSERT INTO students_fts(rowid, given_name, family_name, email)
        VALUES (new.rowid, new.given_name, new.family_name, new.email);
    END
    """,
)


#: Indexes of the large enrollment lists; see the Enrollment model for why.
NEW_INDEXES = {
    "ix_enrollments_student_id_deleted_at_course_id": ["student_id", "deleted_at", "course_id"],
    "ix_enrollments_course_live": [
        "course_id",
        "deleted_at",
        "role",
        "status",
        "progress",
        "last_activity_at",
        "enrolled_at",
    ],
    "ix_enrollments_deleted_at_progress": ["deleted_at", "progress"],
    "ix_enrollments_deleted_at_last_activity_at": ["deleted_at", "last_activity_at"],
    "ix_enrollments_deleted_at_enrolled_at": ["deleted_at", "enrolled_at"],
    "ix_enrollments_deleted_at_status_role_progress": ["deleted_at", "status", "role", "progress"],
    "ix_enrollments_deleted_at_role_status_progress": ["deleted_at", "role", "status", "progress"],
}
#: Replaced by the above (which lead with deleted_at, or cover more columns).
OLD_INDEXES = {
    "ix_enrollments_student_id": ["student_id"],
    "ix_enrollments_course_id_status": ["course_id", "status"],
    "ix_enrollments_course_id_progress": ["course_id", "progress"],
    "ix_enrollments_course_id_last_activity_at": ["course_id", "last_activity_at"],
    "ix_enrollments_progress": ["progress"],
    "ix_enrollments_last_activity_at": ["last_activity_at"],
    "ix_enrollments_enrolled_at": ["enrolled_at"],
}


def upgrade() -> None:
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.create_index("ix_courses_code", ["code"], unique=False)
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        for name in OLD_INDEXES:
            batch_op.drop_index(name)
        for name, columns in NEW_INDEXES.items():
            batch_op.create_index(name, columns, unique=False)
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(FTS_TABLE)
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.execute("INSERT INTO students_fts(students_fts) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS students_fts_{name}")
        op.execute("DROP TABLE IF EXISTS students_fts")
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        for name in NEW_INDEXES:
            batch_op.drop_index(name)
        for name, columns in OLD_INDEXES.items():
            batch_op.create_index(name, columns, unique=False)
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.drop_index("ix_courses_code")
