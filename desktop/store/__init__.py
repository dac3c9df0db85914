"""desktop.store — SQLite only: opening and checking a library file, its schema and migrations,
the tables, backups. Nothing here knows about the window or the use cases above it."""
