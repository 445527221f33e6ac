#!/bin/sh
# Add @APP_NAME@ to your applications menu, or take it out again.
#
#   ./install.sh              for you: ~/.local/bin and ~/.local/share
#   sudo ./install.sh --system  for everyone: /usr/local/bin and /usr/local/share
#   ./install.sh --uninstall  [--system]  remove the menu entry, icons and command
#
# The app itself stays in this folder; move the folder first if you want it elsewhere
# (for example to ~/Applications or /opt), then run this script from there.
set -eu

app_id="@APP_ID@"
exe="@EXECUTABLE@"
here=$(cd "$(dirname "$0")" && pwd -P)

mode=install
scope=user
for arg in "$@"; do
  case "$arg" in
    --uninstall) mode=uninstall ;;
    --system) scope=system ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

if [ "$scope" = system ]; then
  bin=/usr/local/bin
  data=/usr/local/share
else
  bin=${XDG_BIN_HOME:-$HOME/.local/bin}
  data=${XDG_DATA_HOME:-$HOME/.local/share}
fi

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
}

if [ "$mode" = uninstall ]; then
  rm -f "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml"
  find "$data/icons/hicolor" -path "*/apps/$app_id.*" -exec rm -f {} + 2>/dev/null || true
  if [ -L "$bin/$exe" ]; then rm -f "$bin/$exe"; fi
  refresh
  echo "@APP_NAME@ is no longer in your menu. Its folder ($here) and your data are untouched."
  exit 0
fi

case "$here" in
  *[\"\`\$\\]*)
    echo "install.sh: please move this folder to a path without quotes, \$, \` or \\ first." >&2
    exit 1 ;;
esac
if [ ! -x "$here/$exe" ]; then
  echo "install.sh: $here/$exe is missing; unpack the whole archive again." >&2
  exit 1
fi

mkdir -p "$bin" "$data/applications" "$data/metainfo"
ln -sfn "$here/$exe" "$bin/$exe"
sed -e "s|^Exec=.*|Exec=\"$here/$exe\"|" -e "s|^TryExec=.*|TryExec=$here/$exe|" \
  "$here/share/applications/$app_id.desktop" > "$data/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/"
(cd "$here/share" && find icons -type f) | while read -r icon; do
  mkdir -p "$data/$(dirname "$icon")"
  cp "$here/share/$icon" "$data/$icon"
done
refresh

echo "@APP_NAME@ is in your applications menu now."
case ":$PATH:" in
  *":$bin:"*) echo "From a terminal: $exe --help" ;;
  *) echo "From a terminal: $bin/$exe --help (add $bin to your PATH to type just $exe)" ;;
esac
