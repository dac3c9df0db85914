#!/bin/sh
# Remove District Reader's program files and launcher. The library (your highlights, notes and
# tags) stays in ~/.local/share/district-reader; delete that folder yourself if you mean to.
set -eu
data="${XDG_DATA_HOME:-$HOME/.local/share}"
rm -rf "$HOME/.local/opt/district-reader"
rm -f "$HOME/.local/bin/district-reader" "$data/applications/district-reader.desktop"
rm -f "$data"/icons/hicolor/*/apps/district-reader.png "$data/icons/hicolor/scalable/apps/district-reader.svg"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "District Reader is removed. Your library is still in $data/district-reader"
