#!/usr/bin/env bash
# Refits the answerability model on the labelled sets (SQuAD 2.0 half, realworld-dev, the dev set, the repository's
# own cases) and writes fitted/answerability.json, measured on the helper-written sets fresh-s to fresh-aa, which it is
# not fitted on, beside the model it replaces. Needs ../shared beside the repository. Rebuild afterwards: the model is
# embedded in NhsTechQA.Core. TRAIN_FRESH="a b … r" also fits on those helper-written sets (session 13's experiment,
# not adopted: see bench/answerability/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/NhsTechQA.Cli -v q >/dev/null
dotnet src/NhsTechQA.Cli/bin/Debug/net10.0/nhsqa.dll fit answerability --index "${INDEX:-.nhsqa-index}" \
  --small-set-weight "${SMALL_SET_WEIGHT:-15}" --max-false-refusal "${MAX_FALSE_REFUSAL:-0.09}" \
  --set ../shared/bench/squad2/cases.jsonl=../shared/bench/squad2/corpus \
  --set ../shared/eval/realworld-dev/cases.jsonl=seeds,../shared/eval/realworld-dev/corpus \
  --set ../shared/eval/dev.jsonl=seeds \
  --set tests/NhsTechQA.Tests/data/cases.jsonl=seeds \
  --set tests/NhsTechQA.Tests/data/cases-corpus2.jsonl=seeds,tests/NhsTechQA.Tests/data/corpus2 \
  $(for s in ${TRAIN_FRESH:-}; do echo --set bench/answerability/fresh-$s/cases.jsonl=bench/answerability/fresh-$s/corpus; done) \
  $(for s in s t u v w x y z aa; do echo --held-out bench/answerability/fresh-$s/cases.jsonl=bench/answerability/fresh-$s/corpus; done) \
  --compare fitted/answerability.json --out fitted/answerability.json
