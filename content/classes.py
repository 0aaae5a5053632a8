"""Classes (班级): a teacher's class, students who joined with its code, and the problems assigned to it.

Who may see what is decided here, not in the pages: a teacher sees and changes only their own classes
(an admin any), a student only the classes they joined. Tables are created by migration `accounts_0001`.
"""

from __future__ import annotations

import csv
import io
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, mapped_column

from content.accounts import Account, AccountError, AccountRow
from content.db import Base, session_scope

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud in a classroom
CODE_LENGTH = 6


class ClassRow(Base):
    """A class and its join code."""

    __tablename__ = "classes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    teacher_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    join_code: Mapped[str] = mapped_column(String(16), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class MemberRow(Base):
    """A student in a class."""

    __tablename__ = "class_members"
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)
    joined_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AssignmentRow(Base):
    """A problem (a bank id like `function-003`, or `case:12`) assigned to a class."""

    __tablename__ = "class_assignments"
    __table_args__ = (UniqueConstraint("class_id", "problem_ref"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), index=True)
    problem_ref: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    assigned_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    assigned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


@dataclass(frozen=True)
class SchoolClass:
    """A class as pages see it."""

    id: int
    name: str
    teacher_id: int
    join_code: str


@dataclass(frozen=True)
class Assignment:
    """One assigned problem."""

    id: int
    class_id: int
    problem_ref: str
    title: str
    assigned_at: datetime


def _class(row: ClassRow) -> SchoolClass:
    return SchoolClass(row.id, row.name, row.teacher_id, row.join_code)


def _owned(db, class_id: int, teacher: Account) -> ClassRow:  # type: ignore[no-untyped-def]
    row = db.get(ClassRow, class_id)
    if row is None or not (teacher.is_admin or row.teacher_id == teacher.id):
        raise AccountError(f"没有这个班级或无权查看 / no class {class_id} of yours")
    return row


def create_class(teacher: Account, name: str, url: str | None = None) -> SchoolClass:
    """A new class of `teacher` with a fresh join code."""
    if not teacher.can_teach:
        raise AccountError("只有教师可以建立班级 / only teachers create classes")
    if not (name or "").strip():
        raise AccountError("班级名称不能为空 / the class needs a name")
    with session_scope(url) as db:
        while True:  # 32^6 ≈ 10^9 codes: a collision is rare, but never a duplicate
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            if db.scalar(select(ClassRow.id).where(ClassRow.join_code == code)) is None:
                break
        row = ClassRow(name=name.strip()[:128], teacher_id=teacher.id, join_code=code, created_at=datetime.now(UTC))
        db.add(row)
        db.flush()
        return _class(row)


def classes_of(account: Account, url: str | None = None) -> list[SchoolClass]:
    """The classes an account teaches (teacher), joined (student), or every class (admin)."""
    with session_scope(url) as db:
        query = select(ClassRow).order_by(ClassRow.id)
        if account.role == "teacher":
            query = query.where(ClassRow.teacher_id == account.id)
        elif account.role == "student":
            query = query.join(MemberRow, MemberRow.class_id == ClassRow.id).where(MemberRow.account_id == account.id)
        return [_class(r) for r in db.scalars(query)]


def join_class(student: Account, code: str, url: str | None = None) -> SchoolClass:
    """Join the class with `code` (case and spaces ignored); joining twice is harmless."""
    wanted = "".join((code or "").split()).upper()
    with session_scope(url) as db:
        row = db.scalar(select(ClassRow).where(ClassRow.join_code == wanted))
        if row is None:
            raise AccountError("班级码不对 / no class has this code")
        if db.get(MemberRow, (row.id, student.id)) is None:
            db.add(MemberRow(class_id=row.id, account_id=student.id, joined_at=datetime.now(UTC)))
        return _class(row)


def members(class_id: int, teacher: Account, url: str | None = None) -> list[Account]:
    """The students of a class (its teacher or an admin only)."""
    with session_scope(url) as db:
        _owned(db, class_id, teacher)
        rows = db.scalars(select(AccountRow).join(MemberRow, MemberRow.account_id == AccountRow.id)
                          .where(MemberRow.class_id == class_id).order_by(AccountRow.username))
        return [Account(r.id, r.username, r.display_name, r.role) for r in rows]  # type: ignore[arg-type]


def assign(class_id: int, teacher: Account, problem_ref: str, title: str = "", url: str | None = None) -> Assignment:
    """Assign a problem to a class (its teacher or an admin only); assigning it again keeps the first."""
    ref = (problem_ref or "").strip()
    if not ref:
        raise AccountError("请选择题目 / choose a problem to assign")
    with session_scope(url) as db:
        _owned(db, class_id, teacher)
        row = db.scalar(select(AssignmentRow).where(AssignmentRow.class_id == class_id,
                                                    AssignmentRow.problem_ref == ref))
        if row is None:
            row = AssignmentRow(class_id=class_id, problem_ref=ref, title=(title or ref).strip()[:200],
                                assigned_by=teacher.id, assigned_at=datetime.now(UTC))
            db.add(row)
            db.flush()
        return Assignment(row.id, row.class_id, row.problem_ref, row.title, row.assigned_at)


def assignments(class_id: int, account: Account, url: str | None = None) -> list[Assignment]:
    """The problems assigned to a class, for its teacher, an admin, or a student in it."""
    with session_scope(url) as db:
        row = db.get(ClassRow, class_id)
        allowed = row is not None and (
            account.is_admin or row.teacher_id == account.id
            or db.get(MemberRow, (class_id, account.id)) is not None)
        if not allowed:
            raise AccountError(f"没有这个班级或无权查看 / no class {class_id} of yours")
        rows = db.scalars(select(AssignmentRow).where(AssignmentRow.class_id == class_id).order_by(AssignmentRow.id))
        return [Assignment(r.id, r.class_id, r.problem_ref, r.title, r.assigned_at) for r in rows]


def mastery_rows(class_id: int, teacher: Account, mastery_of: Callable[[int], dict[str, float]],
                 url: str | None = None) -> list[dict[str, object]]:
    """One row per student and knowledge point: {"student", "knowledge_point", "mastery"} for the dashboard.

    `mastery_of(account_id)` gives a learner's mastery per point (empty until they have practised).
    """
    rows: list[dict[str, object]] = []
    for student in members(class_id, teacher, url):
        for point, value in sorted(mastery_of(student.id).items()):
            rows.append({"student": student.display_name, "knowledge_point": point, "mastery": round(float(value), 3)})
    return rows


def rows_csv(rows: list[dict[str, object]]) -> str:
    """The dashboard rows as CSV text (UTF-8 with a BOM, so spreadsheet programs read the Chinese names)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["student", "knowledge_point", "mastery"])
    writer.writeheader()
    writer.writerows(rows)
    return "\ufeff" + out.getvalue()
