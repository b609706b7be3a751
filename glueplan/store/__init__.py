"""Persistence: SQLAlchemy ORM, Alembic migrations and backups. No Qt here."""
