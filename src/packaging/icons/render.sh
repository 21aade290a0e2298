#!/bin/sh
# Renders overload.svg into the icon files the installers and the app's windows use, and which are committed:
#   overload.png   512 px: the Linux package's menu icon
#   block-file.png 128 px: the icon of block files on Linux (the size xdg-icon-resource installs it at)
#   overload.ico   16-256 px: Windows
#   overload.icns  16-1024 px: macOS
#   src/main/resources/app/overload/ui/icons/overload-N.png: the window icons the app sets itself
# Run it after changing the SVG. Needs rsvg-convert, icotool and png2icns (on Debian or Ubuntu:
# apt-get install librsvg2-bin icoutils icnsutils).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
window="$here/../../main/resources/app/overload/ui/icons"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" "$here/overload.svg" --output "$work/$size.png"
done

cp "$work/512.png" "$here/overload.png"
cp "$work/128.png" "$here/block-file.png"
# Windows shows the 256 px image from its PNG form; the smaller ones are stored as bitmaps for old readers.
icotool --create --output "$here/overload.ico" "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" \
    "$work/64.png" "$work/128.png" --raw="$work/256.png"
png2icns "$here/overload.icns" "$work/16.png" "$work/32.png" "$work/128.png" "$work/256.png" "$work/512.png" \
    "$work/1024.png" >/dev/null
mkdir -p "$window"
for size in 16 32 64 256; do
    cp "$work/$size.png" "$window/overload-$size.png"
done
