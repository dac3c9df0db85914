"""Rules over plain values that the services apply: no database, no Qt."""
