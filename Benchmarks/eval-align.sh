#!/usr/bin/env bash
# Evaluates `concord align` on the gold-aligned sets in ../shared/eval and on the Samples gold,
# printing strict and lax precision / recall / F1 (../shared/eval/score.py) and time, next to
# published figures. Run from the repository root:  bash Benchmarks/eval-align.sh [EVAL_DIR]
# ALIGN_OPTIONS="--skip-cost 5" passes options to every `concord align` run.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${1:-../shared/eval}
[ -f "$eval_dir/score.py" ] || { echo "no evaluation data at $eval_dir (pass its path)" >&2; exit 2; }

swift build -c release --product concord >/dev/null
concord=$(swift build -c release --show-bin-path)/concord
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# score NAME GOLD TEST SECONDS REFERENCE
score() {
    python3 "$eval_dir/score.py" --gold "$2" --test "$3" --json > "$work/score.json"
    python3 - "$1" "$work/score.json" "$4" "$5" <<'PY'
import json, sys
name, path, seconds, reference = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
s = json.load(open(path))
st, lx = s["strict"], s["lax"]
print(f"{name:<24} {st['precision']:.3f} {st['recall']:.3f} {st['f1']:.3f}   "
      f"{lx['precision']:.3f} {lx['recall']:.3f} {lx['f1']:.3f}  {seconds:6.2f} s  {reference}")
PY
}

# align NAME SRC TGT SRC_LANG TGT_LANG OUT
align() {
    "$concord" align --presegmented --format beads --src-lang "$4" --tgt-lang "$5" ${ALIGN_OPTIONS:-} "$2" "$3" > "$6" 2>/dev/null
}

timed() { local start end; start=$(date +%s.%N); "$@"; end=$(date +%s.%N); python3 -c "print($end - $start)"; }

echo "set                      strict P     R     F1   lax P     R     F1     time  published (strict F1)"

for pair in en-fr en-zh fr-zh; do
    dir="$eval_dir/bible-dev/bible-$pair-dev"
    src=${pair%-*}
    tgt=${pair#*-}
    seconds=$(timed align "$pair" "$dir/src.$src.txt" "$dir/tgt.$tgt.txt" "$src" "$tgt" "$work/bible-$pair.align")
    score "bible-dev $pair" "$dir/gold.txt" "$work/bible-$pair.align" "$seconds" "first milestone 0.95"
done

mkdir -p "$work/mac"
start=$(date +%s.%N)
for source in "$eval_dir"/mac-dev/zh/*.txt; do
    name=$(basename "$source" .txt)
    align "mac $name" "$source" "$eval_dir/mac-dev/en/$name.txt" zh en "$work/mac/$name.align"
done
seconds=$(python3 -c "print($(date +%s.%N) - $start)")
score "mac-dev zh-en" "$eval_dir/mac-dev/gold" "$work/mac" "$seconds" "GC .485 hunalign .610 Bleualign .641 Vecalign .863 Bertalign .911"

mkdir -p "$work/textberg"
seconds=$(timed align textberg "$eval_dir/textberg-dev/de/001.txt" "$eval_dir/textberg-dev/fr/001.txt" de fr "$work/textberg/001.align")
score "textberg-dev de-fr" "$eval_dir/textberg-dev/gold" "$work/textberg" "$seconds" "hunalign (no dictionary) .659"

for gold in Samples/*/*.gold; do
    story=$(basename "$(dirname "$gold")")
    pair=$(basename "$gold" .gold)
    src=${pair%-*}
    tgt=${pair#*-}
    seconds=$(timed align "$story $pair" "Samples/$story/$src.lines.txt" "Samples/$story/$tgt.lines.txt" "$src" "$tgt" "$work/sample.align")
    score "$story $pair" "$gold" "$work/sample.align" "$seconds" ""
done
