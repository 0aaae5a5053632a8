"""The classes page's door to `content.classes`: typed functions, the package imported when first used."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.services import needs

if TYPE_CHECKING:
    from content.accounts import Account
    from content.classes import Assignment, SchoolClass

_CLASSES = "班级 / classes"


def create_class(teacher: Account, name: str) -> SchoolClass:
    """A new class of `teacher` with a fresh join code; AccountError (a ValueError) says why not."""
    with needs(_CLASSES):
        from content import classes
    return classes.create_class(teacher, name)


def classes_of(account: Account) -> list[SchoolClass]:
    """The classes a teacher runs or a student has joined."""
    with needs(_CLASSES):
        from content import classes
    return classes.classes_of(account)


def join_class(student: Account, code: str) -> SchoolClass:
    """Join the class with this code; AccountError says why not."""
    with needs(_CLASSES):
        from content import classes
    return classes.join_class(student, code)


def members(class_id: int, teacher: Account) -> list[Account]:
    """The students of one of the teacher's classes."""
    with needs(_CLASSES):
        from content import classes
    return classes.members(class_id, teacher)


def assign(class_id: int, teacher: Account, problem_ref: str, title: str = "") -> Assignment:
    """Assign a problem to a class."""
    with needs(_CLASSES):
        from content import classes
    return classes.assign(class_id, teacher, problem_ref, title)


def assignments(class_id: int, account: Account) -> list[Assignment]:
    """The problems assigned to a class, oldest first."""
    with needs(_CLASSES):
        from content import classes
    return classes.assignments(class_id, account)


def mastery_rows(class_id: int, teacher: Account, mastery_of: Callable[[int], dict[str, float]]) -> list[dict[str, object]]:
    """One dashboard row per student and knowledge point."""
    with needs(_CLASSES):
        from content import classes
    return classes.mastery_rows(class_id, teacher, mastery_of)


def rows_csv(rows: list[dict[str, object]]) -> str:
    """The dashboard rows as CSV text a spreadsheet reads."""
    with needs(_CLASSES):
        from content import classes
    return classes.rows_csv(rows)
