#!/usr/bin/env python3
"""Checks that every sentence the readers make (sentences.cs output) passes score.py's quote check: for extracted
formats, its normalised text occurs in score.py's own extraction of the file.
usage: check_quotes.py SCORE_PY FOLDER SENTENCES.jsonl"""
import importlib.util, json, os, sys

spec = importlib.util.spec_from_file_location("score", sys.argv[1]); score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
folder, bad, total, cache = sys.argv[2], 0, 0, {}
for line in open(sys.argv[3], encoding="utf-8"):
    s = json.loads(line); total += 1
    path = os.path.join(folder, s["source"])
    if os.path.splitext(path)[1].lower() in score.PLAIN:
        text = open(path, encoding="utf-8", newline="", errors="replace").read()
        ok = text[s["start"]:s["end"]] == s["quote"]
    else:
        if path not in cache: cache[path] = score.norm(score.extracted_text(path) or "")
        ok = score.norm(s["quote"]) in cache[path]
    if not ok:
        bad += 1; print(f"MISMATCH {s['source']} {s['start']}-{s['end']}: {s['quote'][:160]!r}")
print(f"{total - bad}/{total} sentences pass score.py's quote check")
