#!/usr/bin/env bash
# Fits Answering:AbsentTopicShare: writes every labelled question's absent-word share (and whether it asks what was
# said about a topic) with `nhsqa fit answerability --features`, with the rule switched off, then runs fit.py on it.
# Needs ../shared beside the repository. Prints the leave-one-set-out figures and the value to put in appsettings.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/NhsTechQA.Cli -v q >/dev/null
sets=(--set ../shared/eval/realworld-dev/cases.jsonl=seeds,../shared/eval/realworld-dev/corpus
      --set bench/answerability/realworld-extra.jsonl=seeds,../shared/eval/realworld-dev/corpus
      --set bench/answerability/invented/cases.jsonl=bench/answerability/invented/corpus
      --set ../shared/eval/dev.jsonl=seeds
      --set ../shared/bench/squad2/cases.jsonl=../shared/bench/squad2/corpus)
for d in bench/answerability/fresh-*/; do sets+=(--set "${d}cases.jsonl=${d}corpus"); done
out=$(mktemp -d)
Answering__AbsentTopicShare=2 dotnet src/NhsTechQA.Cli/bin/Debug/net10.0/nhsqa.dll fit answerability --index "${INDEX:-.nhsqa-index}" \
  "${sets[@]}" --out "$out/unused-model.json" --features "$out/features.csv" >/dev/null
python3 bench/absent-topic/fit.py "$out/features.csv"
