#!/bin/sh
# Install District Reader for the current user: the bundle in ~/.local/opt/district-reader,
# a launcher in the applications menu, icons, and `district-reader` in ~/.local/bin.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
app="$HOME/.local/opt/district-reader"
bin="$HOME/.local/bin"

if [ ! -x "$here/district-reader" ]; then
    echo "install.sh: run it from inside the unpacked district-reader folder." >&2
    exit 1
fi
if [ "$here" != "$app" ]; then
    rm -rf "$app"
    mkdir -p "$app"
    cp -R "$here/." "$app/"
fi
mkdir -p "$bin" "$data/applications" "$data/icons/hicolor/scalable/apps"
ln -sf "$app/district-reader" "$bin/district-reader"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$app/share/icons/district-reader-$size.png" "$data/icons/hicolor/${size}x${size}/apps/district-reader.png"
done
cp "$app/share/icons/district-reader.svg" "$data/icons/hicolor/scalable/apps/district-reader.svg"
# Exec takes the program quoted (a space in the path must not split it), with the quoting
# rules of the desktop entry spec: \ " ` $ escaped inside the quotes; sed needs & and | escaped.
quoted=$(printf '%s' "$app/district-reader" | sed 's/[\\"`$]/\\\\&/g; s/[&|]/\\&/g')
plain=$(printf '%s' "$app/district-reader" | sed 's/[&|\\]/\\&/g')
sed -e "s|@EXEC@|\"$quoted\"|" -e "s|@TRYEXEC@|$plain|" "$app/share/district-reader.desktop" > "$data/applications/district-reader.desktop"
chmod 644 "$data/applications/district-reader.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "District Reader is installed: find 区报阅读 in your applications menu, or run $bin/district-reader"
