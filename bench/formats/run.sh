#!/usr/bin/env bash
# The formats bar: the same questions over the same documents as .md, .html (GOV.UK-like), .docx and .pdf.
# Converts CORPUS into /tmp (never into the repository: third-party text), asks every case of CASES with each
# format's copy beside seeds/, and scores each run with score.py (quotes from .html/.pdf/.docx are checked against
# its own independent extraction). Needs LibreOffice (soffice) and poppler-utils (pdftotext), and a built nhsqa.
# usage: bench/formats/run.sh [CORPUS] [CASES]   (from the repository root)
set -euo pipefail
corpus=${1:-../shared/eval/realworld-dev/corpus}
cases=${2:-../shared/eval/realworld-dev/cases.jsonl}
score=$(dirname "$cases")/../score.py
[ -f "$score" ] || score=../shared/eval/score.py
nhsqa=src/NhsTechQA.Cli/bin/Debug/net10.0/nhsqa.dll
python3 bench/formats/convert.py "$corpus" /tmp/rw
for fmt in md html docx pdf; do
  rm -rf "/tmp/idx-$fmt"
  dotnet "$nhsqa" eval --cases "$cases" --out "/tmp/rw-$fmt.jsonl" --corpus seeds --corpus "/tmp/rw-$fmt" --index "/tmp/idx-$fmt" >/dev/null 2>"/tmp/rw-$fmt.err" \
    || { echo "$fmt: eval failed"; cat "/tmp/rw-$fmt.err"; exit 1; }
  python3 "$score" "$cases" "/tmp/rw-$fmt.jsonl" seeds "/tmp/rw-$fmt" > "/tmp/rw-$fmt.score" || true
  printf '%-5s %s\n' "$fmt" "$(grep '^summary' "/tmp/rw-$fmt.score" | grep -oE 'evidence_recall=[0-9.]+|exact_quotes=[0-9.]+|refusal_accuracy=[0-9.]+|citations_per_answer=[0-9.]+' | tr '\n' ' ')"
done
