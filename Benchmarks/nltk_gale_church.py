"""Aligns one-sentence-per-line files with nltk's Gale-Church (`gale_church.align_blocks`),
the comparison baseline of Benchmarks/bench-align.sh, and writes beads in the evaluation
format. Lengths are characters, as nltk expects; the document is one block."""
import sys
import time

from nltk.translate import gale_church


def beads(links, source_count, target_count):
    """Groups nltk's (i, j) links into monotone beads, unlinked sentences as null beads."""
    result, source_done, target_done = [], 0, 0
    groups = []
    for i, j in sorted(links):
        if groups and (i in groups[-1][0] or j in groups[-1][1]):
            groups[-1][0].add(i)
            groups[-1][1].add(j)
        else:
            groups.append(({i}, {j}))
    for sources, targets in groups:
        while source_done < min(sources):
            result.append(([source_done], []))
            source_done += 1
        while target_done < min(targets):
            result.append(([], [target_done]))
            target_done += 1
        result.append((sorted(sources), sorted(targets)))
        source_done, target_done = max(sources) + 1, max(targets) + 1
    result += [([i], []) for i in range(source_done, source_count)]
    result += [([], [j]) for j in range(target_done, target_count)]
    return result


def main():
    source_path, target_path, output_path = sys.argv[1:4]
    source = open(source_path, encoding="utf-8").read().split("\n")[:-1]
    target = open(target_path, encoding="utf-8").read().split("\n")[:-1]
    start = time.perf_counter()
    links = gale_church.align_blocks([len(s) for s in source], [len(t) for t in target])
    seconds = time.perf_counter() - start
    with open(output_path, "w", encoding="utf-8") as output:
        for s, t in beads(links, len(source), len(target)):
            output.write(f"[{','.join(map(str, s))}]:[{','.join(map(str, t))}]\n")
    print(f"{seconds:.3f}")


main()
