"""The Alembic revisions this version of KAM Desktop knows, oldest first.

Kept here so start-up can tell "at head", "behind" and "newer than us" with one SQL query,
without importing Alembic (about a third of a second). A test checks it matches migrations/.
"""

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_lookup_indexes",
    "0003_program_checklist",
    "0004_joint_plan",
    "0005_plan_language",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
APPLICATION_ID = 0x4B414D44  # "KAMD", written in the SQLite header of our databases
