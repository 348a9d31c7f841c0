#!/usr/bin/env python3
"""Fits Answering:AbsentTopicShare from `nhsqa fit answerability --features` output (see run.sh).

Population: questions that ask what was said about a topic (says_about=1) and reach the fitted model (they have
features; questions an earlier rule decides are not changed by this one). A question is refused by the rule when its
absent-word share is at least the threshold. The threshold is the midpoint between the largest share of an answerable
question and the next share of an unanswerable one above it (no answerable question of the fitting sets refused).
Reports ROC AUC of the share, leave-one-set-out figures, and the threshold fitted on all sets."""
import csv, sys
from collections import defaultdict

rows = [r for r in csv.DictReader(open(sys.argv[1])) if r["says_about"] == "1" and r.get("coverage_cited")]
for r in rows:
    r["share"], r["unanswerable"] = float(r["absent_share"]), r["answerable"] == "0"

def auc(items):
    pos = [r["share"] for r in items if r["unanswerable"]]
    neg = [r["share"] for r in items if not r["unanswerable"]]
    if not pos or not neg: return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))

def threshold(items):
    top = max([r["share"] for r in items if not r["unanswerable"]], default=0.0)
    above = sorted(r["share"] for r in items if r["unanswerable"] and r["share"] > top)
    return (top + above[0]) / 2 if above else 2.0

def effect(items, t):
    gained = sum(1 for r in items if r["unanswerable"] and r["status"] == "Answered" and r["share"] >= t)
    lost = sum(1 for r in items if not r["unanswerable"] and r["status"] == "Answered" and r["share"] >= t)
    return gained, lost

by_set = defaultdict(list)
for r in rows: by_set[r["set"]].append(r)
print(f"questions asking what was said about a topic, decided by the model: {len(rows)} "
      f"({sum(r['unanswerable'] for r in rows)} unanswerable); ROC AUC of the absent share: {auc(rows):.3f}")
total_gained = total_lost = 0
for name, items in sorted(by_set.items()):
    t = threshold([r for r in rows if r["set"] != name])
    gained, lost = effect(items, t)
    total_gained += gained; total_lost += lost
    print(f"  held out {name}: threshold {t:.3f}; unanswerable refused that the model answered {gained}, "
          f"answerable refused {lost} (of {len(items)})")
print(f"leave-one-set-out: {total_gained} unanswerable questions refused that the model answered, {total_lost} answerable refused")
t = threshold(rows)
print(f"fitted on all sets: AbsentTopicShare = {t:.3f}; on them: gained {effect(rows, t)[0]}, lost {effect(rows, t)[1]}")
