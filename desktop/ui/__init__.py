"""desktop.ui — the Qt window. The only layer that imports Qt; it calls services for all work."""
