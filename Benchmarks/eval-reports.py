#!/usr/bin/env python3
"""Scores `concord align --comparable` on Samples/reports: for every story, every pair of its five
reports (the original English article and four other outlets' reports, English, French, Chinese
and machine-translated) is matched, and the pairs found are scored against the hand-made gold.

  python3 Benchmarks/eval-reports.py [--concord PATH] [--threshold X] [--no-lexicons] [--by-pair]

Precision counts a found pair right when the gold lists it, strong or weak; recall is over the
strong gold pairs (segments stating the same fact), as the comparable-reports issue measures it.
Also counted: pairs that touch web debris (bylines, captions, link lists: the `.furniture` files).
Micro-averaged per language pair and over everything.
"""
import argparse, csv, itertools, json, os, subprocess, sys
from collections import defaultdict

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--concord", default=None)
parser.add_argument("--threshold", default=None)
parser.add_argument("--no-lexicons", action="store_true")
parser.add_argument("--by-pair", action="store_true")
args = parser.parse_args()
concord = args.concord
if concord is None:
    subprocess.run(["swift", "build", "-c", "release", "--product", "concord"], cwd=root, check=True, stdout=subprocess.DEVNULL)
    concord = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=root, check=True,
                             capture_output=True, text=True).stdout.strip() + "/concord"

def counts():
    return {"right": 0, "found": 0, "strong": 0, "strong_found": 0, "debris": 0}

totals = defaultdict(counts)
reports_dir = os.path.join(root, "Samples", "reports")
for story in sorted(os.listdir(reports_dir)):
    folder = os.path.join(reports_dir, story)
    if not os.path.isdir(folder):
        continue
    with open(os.path.join(folder, "reports.tsv"), encoding="utf-8") as f:
        reports = list(csv.DictReader(f, delimiter="\t"))
    furniture = {}
    for report in reports:
        path = os.path.join(folder, report["id"] + ".furniture")
        furniture[report["id"]] = set()
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                furniture[report["id"]] = {int(line.split("\t")[0]) for line in f if line.strip()}
    for a, b in itertools.combinations(reports, 2):
        gold_path = os.path.join(folder, f"{a['id']}--{b['id']}.tsv")
        with open(gold_path, encoding="utf-8") as f:
            gold = list(csv.DictReader(f, delimiter="\t"))
        listed = {(int(row["a_line"]), int(row["b_line"])) for row in gold}
        strong = {(int(row["a_line"]), int(row["b_line"])) for row in gold if row["strength"] == "strong"}
        command = [concord, "align", "--comparable", "--presegmented", "--format", "jsonl",
                   "--src-lang", a["language"], "--tgt-lang", b["language"],
                   os.path.join(folder, a["path"]), os.path.join(folder, b["path"])]
        if args.threshold:
            command[3:3] = ["--threshold", args.threshold]
        if args.no_lexicons:
            command.insert(2, "--no-lexicons")
        output = subprocess.run(command, capture_output=True, text=True)
        if output.returncode != 0:
            sys.exit(f"{' '.join(command)} failed: {output.stderr.strip()}")
        found = {(r["source_index"], r["target_index"]) for r in map(json.loads, output.stdout.splitlines())}
        pair = "-".join(sorted({a["language"], b["language"]})) if a["language"] != b["language"] else a["language"] + "-" + b["language"]
        for key in (pair, "all", f"{story} {a['id']}--{b['id']}"):
            c = totals[key]
            c["found"] += len(found)
            c["right"] += len(found & listed)
            c["strong"] += len(strong)
            c["strong_found"] += len(found & strong)
            c["debris"] += sum(1 for s, t in found if s in furniture[a["id"]] or t in furniture[b["id"]])

def line(name, c):
    p = c["right"] / c["found"] if c["found"] else 1.0
    r = c["strong_found"] / c["strong"] if c["strong"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"{name:<36} P {p:.3f}  R(strong) {r:.3f}  F1 {f1:.3f}   found {c['found']:4d}, right {c['right']:4d}, strong gold {c['strong']:4d}, debris pairs {c['debris']}"

keys = sorted(totals, key=lambda k: (k != "all", " " in k, k))
for key in keys:
    if " " in key and not args.by_pair:
        continue
    print(line(key, totals[key]))
