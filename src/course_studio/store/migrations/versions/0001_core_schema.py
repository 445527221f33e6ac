"""Core schema: instructors, courses, outline, students, enrollments, progress,
sync bookkeeping.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "instructors",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instructors")),
        sa.UniqueConstraint("username", name=op.f("uq_instructors_username")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
        sa.UniqueConstraint("op_id", name=op.f("uq_outbox_op_id")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_entity_row_id", ["entity", "row_id"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "students",
        sa.Column("external_id", sa.String(length=64), nullable=True),
        sa.Column("given_name", sa.String(length=80), nullable=False),
        sa.Column("family_name", sa.String(length=80), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("synced_base", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_students")),
    )
    with op.batch_alter_table("students", schema=None) as batch_op:
        batch_op.create_index("ix_students_email", ["email"], unique=False)
        batch_op.create_index("ix_students_external_id", ["external_id"], unique=False)
        batch_op.create_index(
            "ix_students_family_name_given_name", ["family_name", "given_name"], unique=False
        )

    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("mine", sa.Text(), nullable=True),
        sa.Column("theirs", sa.Text(), nullable=True),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflicts_resolved_at", ["resolved_at"], unique=False)

    op.create_table(
        "courses",
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("term", sa.String(length=40), nullable=False),
        sa.Column("category", sa.String(length=60), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("synced_base", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "status IN ('draft', 'published', 'archived')", name=op.f("ck_courses_status")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["instructors.id"], name=op.f("fk_courses_owner_id_instructors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_courses")),
    )
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.create_index("ix_courses_owner_code", ["owner_id", "code"], unique=False)
        batch_op.create_index("ix_courses_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "course_instructors",
        sa.Column("course_id", sa.String(length=36), nullable=False),
        sa.Column("instructor_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("synced_base", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name=op.f("fk_course_instructors_course_id_courses"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["instructor_id"],
            ["instructors.id"],
            name=op.f("fk_course_instructors_instructor_id_instructors"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_instructors")),
        sa.UniqueConstraint(
            "course_id", "instructor_id", name=op.f("uq_course_instructors_course_id_instructor_id")
        ),
    )
    with op.batch_alter_table("course_instructors", schema=None) as batch_op:
        batch_op.create_index(
            "ix_course_instructors_instructor_id", ["instructor_id"], unique=False
        )

    op.create_table(
        "enrollments",
        sa.Column("course_id", sa.String(length=36), nullable=False),
        sa.Column("student_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("progress", sa.Float(), nullable=False),
        sa.Column("last_activity_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("synced_base", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name=op.f("fk_enrollments_course_id_courses"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.id"],
            name=op.f("fk_enrollments_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollments")),
        sa.UniqueConstraint(
            "course_id", "student_id", name=op.f("uq_enrollments_course_id_student_id")
        ),
    )
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_enrollments_course_id_last_activity_at",
            ["course_id", "last_activity_at"],
            unique=False,
        )
        batch_op.create_index(
            "ix_enrollments_course_id_progress", ["course_id", "progress"], unique=False
        )
        batch_op.create_index(
            "ix_enrollments_course_id_status", ["course_id", "status"], unique=False
        )
        batch_op.create_index("ix_enrollments_enrolled_at", ["enrolled_at"], unique=False)
        batch_op.create_index("ix_enrollments_last_activity_at", ["last_activity_at"], unique=False)
        batch_op.create_index("ix_enrollments_progress", ["progress"], unique=False)
        batch_op.create_index("ix_enrollments_student_id", ["student_id"], unique=False)

    op.create_table(
        "modules",
        sa.Column("course_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("position", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("synced_base", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name=op.f("fk_modules_course_id_courses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_modules")),
    )
    with op.batch_alter_table("modules", schema=None) as batch_op:
        batch_op.create_index(
            "ix_modules_course_id_position", ["course_id", "position"], unique=False
        )

    op.create_table(
        "lessons",
        sa.Column("module_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("position", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("synced_base", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["module_id"],
            ["modules.id"],
            name=op.f("fk_lessons_module_id_modules"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lessons")),
    )
    with op.batch_alter_table("lessons", schema=None) as batch_op:
        batch_op.create_index(
            "ix_lessons_module_id_position", ["module_id", "position"], unique=False
        )

    op.create_table(
        "lesson_progress",
        sa.Column("enrollment_id", sa.String(length=36), nullable=False),
        sa.Column("lesson_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("last_activity_at", sa.DateTime(), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("synced_base", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollments.id"],
            name=op.f("fk_lesson_progress_enrollment_id_enrollments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["lesson_id"],
            ["lessons.id"],
            name=op.f("fk_lesson_progress_lesson_id_lessons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson_progress")),
        sa.UniqueConstraint(
            "enrollment_id", "lesson_id", name=op.f("uq_lesson_progress_enrollment_id_lesson_id")
        ),
    )
    with op.batch_alter_table("lesson_progress", schema=None) as batch_op:
        batch_op.create_index("ix_lesson_progress_lesson_id", ["lesson_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("lesson_progress", schema=None) as batch_op:
        batch_op.drop_index("ix_lesson_progress_lesson_id")

    op.drop_table("lesson_progress")
    with op.batch_alter_table("lessons", schema=None) as batch_op:
        batch_op.drop_index("ix_lessons_module_id_position")

    op.drop_table("lessons")
    with op.batch_alter_table("modules", schema=None) as batch_op:
        batch_op.drop_index("ix_modules_course_id_position")

    op.drop_table("modules")
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.drop_index("ix_enrollments_student_id")
        batch_op.drop_index("ix_enrollments_progress")
        batch_op.drop_index("ix_enrollments_last_activity_at")
        batch_op.drop_index("ix_enrollments_enrolled_at")
        batch_op.drop_index("ix_enrollments_course_id_status")
        batch_op.drop_index("ix_enrollments_course_id_progress")
        batch_op.drop_index("ix_enrollments_course_id_last_activity_at")

    op.drop_table("enrollments")
    with op.batch_alter_table("course_instructors", schema=None) as batch_op:
        batch_op.drop_index("ix_course_instructors_instructor_id")

    op.drop_table("course_instructors")
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.drop_index("ix_courses_updated_at")
        batch_op.drop_index("ix_courses_owner_code")

    op.drop_table("courses")
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_conflicts_resolved_at")

    op.drop_table("sync_conflicts")
    with op.batch_alter_table("students", schema=None) as batch_op:
        batch_op.drop_index("ix_students_family_name_given_name")
        batch_op.drop_index("ix_students_external_id")
        batch_op.drop_index("ix_students_email")

    op.drop_table("students")
    op.drop_table("settings")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_entity_row_id")

    op.drop_table("outbox")
    op.drop_table("instructors")
