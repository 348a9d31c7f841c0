#!/usr/bin/env bash
# Refits the sentence ranker's weights (nhsqa fit ranking) on every labelled set with evidence: SQuAD 2.0 (capped),
# realworld-dev, the repository's realworld-extra and invented sets and the helper-written fresh-* sets, holding out
# FOLDS groups of sets in turn. Writes bench/ranking/fit-DATE.json; appsettings.json is changed by hand, only when
# the held-out figures say the fitted values do better than the current ones. Needs ../shared beside the repository.
# EXCLUDE="at au" leaves those fresh sets out (sets kept unseen for a first-run figure).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/NhsTechQA.Cli -c Release -v q >/dev/null
exclude=" ${EXCLUDE:-} "
fresh=$(for d in bench/answerability/fresh-*/; do s=${d%/}; s=${s##*/fresh-}; [[ $exclude == *" $s "* ]] || echo "$s"; done)
dotnet src/NhsTechQA.Cli/bin/Release/net10.0/nhsqa.dll fit ranking --index "${INDEX:-.nhsqa-index}" \
  --max-per-set "${MAX_PER_SET:-300}" --rounds "${ROUNDS:-2}" --folds "${FOLDS:-5}" \
  --set ../shared/bench/squad2/cases.jsonl=../shared/bench/squad2/corpus \
  --set ../shared/eval/realworld-dev/cases.jsonl=seeds,../shared/eval/realworld-dev/corpus \
  --set bench/answerability/realworld-extra.jsonl=seeds,../shared/eval/realworld-dev/corpus \
  --set bench/answerability/invented/cases.jsonl=bench/answerability/invented/corpus \
  $(for s in $fresh; do echo --set bench/answerability/fresh-$s/cases.jsonl=bench/answerability/fresh-$s/corpus; done) \
  --out "bench/ranking/fit-$(date +%F).json"
