#!/usr/bin/env bash
# Speed and memory of the whole `concord align` pipeline (read, segment, align, write; release
# build) on the bible-dev pairs at 1× and 10× (the pair concatenated ten times), with strict F1,
# next to nltk's Gale-Church on the 1× input. Run from the repository root:
#   bash Benchmarks/bench-align.sh [EVAL_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${1:-../shared/eval}
[ -d "$eval_dir/bible-dev" ] || { echo "no evaluation data at $eval_dir (pass its path)" >&2; exit 2; }
python3 -c "import nltk" 2>/dev/null || python3 -m pip install -q nltk

swift build -c release --product concord >/dev/null
concord=$(swift build -c release --show-bin-path)/concord
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

strict_f1() {
    python3 "$eval_dir/score.py" --gold "$1" --test "$2" --json | python3 -c "import json,sys; print(f\"{json.load(sys.stdin)['strict']['f1']:.3f}\")"
}

# measure OUTPUT COMMAND...: wall seconds and peak resident memory (MB) of the command.
measure() {
    local output=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$output" 2>/dev/null
    read -r seconds kilobytes < "$work/time"
    echo "$seconds $((kilobytes / 1024))"
}

echo "pair    size   lines (src/tgt)   concord time   peak memory   strict F1   nltk Gale-Church time  F1    time ratio"
for pair in en-fr en-zh; do
    dir="$eval_dir/bible-dev/bible-$pair-dev"
    tgt=${pair#en-}
    for copy in $(seq 10); do cat "$dir/src.en.txt"; done > "$work/src10.txt"
    for copy in $(seq 10); do cat "$dir/tgt.$tgt.txt"; done > "$work/tgt10.txt"
    read -r one_time one_memory < <(measure "$work/one.align" "$concord" align --presegmented --format beads \
        --src-lang en --tgt-lang "$tgt" "$dir/src.en.txt" "$dir/tgt.$tgt.txt")
    read -r ten_time ten_memory < <(measure "$work/ten.align" "$concord" align --presegmented --format beads \
        --src-lang en --tgt-lang "$tgt" "$work/src10.txt" "$work/tgt10.txt")
    nltk_time=$(python3 Benchmarks/nltk_gale_church.py "$dir/src.en.txt" "$dir/tgt.$tgt.txt" "$work/nltk.align")
    one_f1=$(strict_f1 "$dir/gold.txt" "$work/one.align")
    nltk_f1=$(strict_f1 "$dir/gold.txt" "$work/nltk.align")
    lines="$(wc -l < "$dir/src.en.txt")/$(wc -l < "$dir/tgt.$tgt.txt")"
    printf "%s   1×   %-16s %8.2f s   %8d MB   %8s    %8.2f s   %s   %6.1f×\n" "$pair" "$lines" "$one_time" "$one_memory" "$one_f1" "$nltk_time" "$nltk_f1" \
        "$(python3 -c "print($nltk_time / max($one_time, 0.001))")"
    lines="$(wc -l < "$work/src10.txt")/$(wc -l < "$work/tgt10.txt")"
    printf "%s  10×   %-16s %8.2f s   %8d MB   time(10×)/time(1×) = %.1f\n" "$pair" "$lines" "$ten_time" "$ten_memory" \
        "$(python3 -c "print($ten_time / max($one_time, 0.001))")"
done
