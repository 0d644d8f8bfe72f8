#!/usr/bin/env bash
# Writes what users see — segments, beads in every format, comparable pairs, audit findings,
# glossary exports — for the Samples and the dev sets into OUTPUT_DIR, so that a refactoring can
# be checked byte for byte:  bash Benchmarks/snapshot-outputs.sh /tmp/before; …change…;
# bash Benchmarks/snapshot-outputs.sh /tmp/after; diff -r /tmp/before /tmp/after
# Runs with and without the installed lexicons. Run from anywhere; EVAL_DIR defaults to ../shared/eval.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: snapshot-outputs.sh OUTPUT_DIR [EVAL_DIR]}
eval_dir=${2:-../shared/eval}
swift build -c release --product concord >/dev/null
concord=$(swift build -c release --show-bin-path)/concord
mkdir -p "$out"

# run NAME ARGS... : stdout to NAME.out, stderr to NAME.err, exit status to NAME.status
run() {
    local name=$1; shift
    mkdir -p "$(dirname "$out/$name")"
    set +e
    "$concord" "$@" > "$out/$name.out" 2> "$out/$name.err"
    echo $? > "$out/$name.status"
    set -e
}

for file in Samples/*/*.txt Samples/*/comparable/*.txt; do
    case $file in *.lines.txt) continue;; esac
    name=${file#Samples/}
    run "segment/$name" segment "$file"
    run "segment/$name.jsonl" segment --format jsonl "$file"
done

for lexicons in with without; do
    extra=()
    [ "$lexicons" = without ] && extra=(--no-lexicons)
    for story in commerce-ban payment-apps data-security; do
        for pair in en-fr en-zh fr-zh; do
            src=${pair%-*}; tgt=${pair#*-}
            for format in tsv beads jsonl tmx; do
                run "align-$lexicons/$story-$pair.$format" align --format "$format" "${extra[@]}" \
                    "Samples/$story/$src.txt" "Samples/$story/$tgt.txt"
            done
            run "align-$lexicons/$story-$pair.presegmented" align --presegmented --format beads "${extra[@]}" \
                "Samples/$story/$src.lines.txt" "Samples/$story/$tgt.lines.txt"
            run "align-$lexicons/$story-$pair.glossary" align --glossary Glossaries "${extra[@]}" \
                "Samples/$story/$src.txt" "Samples/$story/$tgt.txt"
        done
        for other in fr zh; do
            run "comparable-$lexicons/$story-en-$other" align --comparable --format jsonl "${extra[@]}" \
                "Samples/$story/en.txt" "Samples/$story/$other.txt"
        done
    done
    run "comparable-$lexicons/commerce-ban-report" align --comparable "${extra[@]}" \
        Samples/commerce-ban/en.txt Samples/commerce-ban/comparable/fr-report.txt
    run "comparable-$lexicons/commerce-ban-report.jsonl" align --comparable --format jsonl "${extra[@]}" \
        Samples/commerce-ban/en.lines.txt Samples/commerce-ban/comparable/fr-report.lines.txt --presegmented
    for seed in ../shared/seeds/*.txt; do
        for other in ../shared/seeds/*.txt; do
            [[ "$seed" < "$other" ]] || continue
            run "comparable-$lexicons/seeds/$(basename "$seed" .txt)--$(basename "$other" .txt)" \
                align --comparable --format jsonl "${extra[@]}" "$seed" "$other"
        done
    done
    if [ -d "$eval_dir" ]; then
        for pair in en-fr en-zh fr-zh; do
            dir="$eval_dir/bible-dev/bible-$pair-dev"
            [ -d "$dir" ] || continue
            src=${pair%-*}; tgt=${pair#*-}
            run "eval-$lexicons/bible-$pair" align --presegmented --format beads --src-lang "$src" --tgt-lang "$tgt" \
                "${extra[@]}" "$dir/src.$src.txt" "$dir/tgt.$tgt.txt"
        done
        for source in "$eval_dir"/mac-dev/zh/*.txt; do
            name=$(basename "$source" .txt)
            run "eval-$lexicons/mac/$name" align --presegmented --format beads --src-lang zh --tgt-lang en \
                "${extra[@]}" "$source" "$eval_dir/mac-dev/en/$name.txt"
        done
        run "eval-$lexicons/textberg" align --presegmented --format beads --src-lang de --tgt-lang fr \
            "${extra[@]}" "$eval_dir/textberg-dev/de/001.txt" "$eval_dir/textberg-dev/fr/001.txt"
        for source in "$eval_dir"/comparable-dev/msrp-dev/src/*.txt; do
            name=$(basename "$source")
            run "eval-$lexicons/msrp/$name" align --comparable --presegmented --format jsonl --src-lang en --tgt-lang en \
                "${extra[@]}" "$source" "$eval_dir/comparable-dev/msrp-dev/tgt/$name"
        done
    fi
done

for format in text jsonl sarif; do
    run "audit/noisy.$format" audit --no-index-cache --format "$format" Samples/noisy/*.txt
    run "audit/seeds.$format" audit --no-index-cache --format "$format" ../shared/seeds/*.txt
done
for story in commerce-ban payment-apps data-security; do
    run "audit/$story-pair" audit --no-index-cache --pair Samples/$story/en.txt Samples/$story/zh.txt
    run "audit/$story" audit --no-index-cache Samples/$story/en.txt Samples/$story/fr.txt Samples/$story/zh.txt
done
run glossary/export-en-zh.omegat glossary export --format omegat --langs en,zh
for format in tbx csv tsv json; do
    run "glossary/export.$format" glossary export --format "$format"
done
run glossary/validate glossary validate
run glossary/discover glossary discover --no-index-cache ../shared/seeds/*.txt
run glossary/discover-1 glossary discover --no-index-cache --min-count 1 ../shared/seeds/*.txt
echo "$(find "$out" -name '*.out' | wc -l) outputs in $out"
