#!/bin/sh
# Makes the LibreOffice fixtures of Tests/VerkostoSpreadsheetTests/LibreOfficeTests.swift in OUT
# (default: this folder) with Debian's libreoffice-calc, headless:
#   verkosto-written.xlsx                     our writer's sample workbook (LibreOfficeTests.sample)
#   verkosto-written-saved-by-libreoffice.xlsx  LibreOffice's .xlsx of it (opened and saved again)
#   verkosto-written-<sheet>.csv              LibreOffice's CSV of each sheet of it
#   libreoffice-authored.xlsx                 LibreOffice's .xlsx of the hand-written libreoffice-authored.fods
#   LIBREOFFICE_VERSION                       the LibreOffice that made them
# Run from the package root: Tests/VerkostoSpreadsheetTests/Fixtures/LibreOffice/make_fixtures.sh [OUT]
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
command -v soffice >/dev/null || { echo "soffice not found: run 'make libreoffice-deps'" >&2; exit 69; }
# A private LibreOffice profile, so a desktop session's profile is neither used nor locked.
PROFILE="-env:UserInstallation=file://$WORK/profile"

# Our sample workbook, written by the test itself so that there is one definition of it.
VERKOSTO_XLSX_SAMPLE_OUT="$OUT/verkosto-written.xlsx" swift test --filter LibreOfficeTests/fixtureIsTodaysWriterOutput >/dev/null

cp "$OUT/verkosto-written.xlsx" "$WORK/verkosto-written.xlsx"
mkdir -p "$WORK/xlsx" "$WORK/csv"
soffice "$PROFILE" --headless --convert-to xlsx --outdir "$WORK/xlsx" "$WORK/verkosto-written.xlsx" >/dev/null
cp "$WORK/xlsx/verkosto-written.xlsx" "$OUT/verkosto-written-saved-by-libreoffice.xlsx"
# CSV filter options: comma, double quote, UTF-8, from line 1, default column formats, language,
# quoted text, detect numbers, save as shown, export formulas, remove space, and -1: every sheet
# to its own file named FILE-SHEET.csv.
soffice "$PROFILE" --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,true,false,false,-1' \
  --outdir "$WORK/csv" "$WORK/verkosto-written.xlsx" >/dev/null
cp "$WORK"/csv/verkosto-written-*.csv "$OUT/"

cp "$HERE/libreoffice-authored.fods" "$WORK/libreoffice-authored.fods"
soffice "$PROFILE" --headless --convert-to xlsx --outdir "$WORK/xlsx" "$WORK/libreoffice-authored.fods" >/dev/null
cp "$WORK/xlsx/libreoffice-authored.xlsx" "$OUT/libreoffice-authored.xlsx"

soffice "$PROFILE" --version > "$OUT/LIBREOFFICE_VERSION"
echo "LibreOffice fixtures written to $OUT"
