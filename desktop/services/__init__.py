"""desktop.services — the use cases, without Qt: importing and re-parsing, reading, search,
tags, annotations, people, suggestions, exports and backups. The window and the command line
call these; these call store, ingest, nlp and domain."""
