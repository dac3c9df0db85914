"""The window's behaviour, one controller per feature: reading, annotating, tagging, searching,
and the library's long jobs. The window composes them and wires their signals."""
