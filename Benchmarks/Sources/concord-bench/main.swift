import ConcordText
import Foundation

// Prints throughput and peak memory of Concord's stages on real text, at two sizes, so that
// linear growth can be checked. Each measurement runs in a fresh child process, so its peak
// memory is its own.
//
//   concord-bench text [--data ../shared/eval]
//   concord-bench audit [--data ../shared/eval]
//   concord-bench audit-files MB CONCEPTS FOLDER [--data ../shared/eval]   (files to time `concord audit` on)
//   concord-bench comparable [--data ../shared/eval]
//   concord-bench comparable-eval [--data ../shared/eval] [--glossary Glossaries] [--seed N]
//   concord-bench audit-eval [--data ../shared/eval] [--seeds ../shared/seeds] [--glossary Glossaries]

let arguments = Array(CommandLine.arguments.dropFirst())

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("concord-bench: \(message)\n".utf8))
    exit(2)
}

func option(_ name: String, default value: String) -> String {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
    return arguments[index + 1]
}

switch arguments.first {
case "text":
    TextBenchmark.runAll(data: option("--data", default: "../shared/eval"))
case "text-one":
    // One measurement; with a stage name (`decode`, `icu`, `split`, `tokens`), only that stage, for profiling.
    guard (4...5).contains(arguments.count), let language = Language(code: arguments[1]),
          let megabytes = Int(arguments[2]) else {
        fail("usage: concord-bench text-one LANG MB FILE [decode|icu|split|tokens]")
    }
    TextBenchmark.runOne(language: language, megabytes: megabytes, file: arguments[3],
                         only: arguments.count == 5 ? arguments[4] : nil)
case "audit":
    AuditBenchmark.runAll(data: option("--data", default: "../shared/eval"))
case "audit-first":
    guard arguments.count == 5, let megabytes = Int(arguments[1]), let concepts = Int(arguments[2]) else {
        fail("usage: concord-bench audit-first MB CONCEPTS FILE FOLDER")
    }
    AuditBenchmark.runFirst(megabytes: megabytes, concepts: concepts, file: arguments[3], folder: URL(fileURLWithPath: arguments[4]))
case "audit-later":
    guard arguments.count == 2 else { fail("usage: concord-bench audit-later FOLDER") }
    AuditBenchmark.runLater(folder: URL(fileURLWithPath: arguments[1]))
case "audit-files":
    guard arguments.count >= 4, let megabytes = Int(arguments[1]), let concepts = Int(arguments[2]) else {
        fail("usage: concord-bench audit-files MB CONCEPTS FOLDER [--data DIR]")
    }
    do {
        try AuditBenchmark.writeFiles(megabytes: megabytes, concepts: concepts,
                                      carrier: option("--data", default: "../shared/eval") + "/bible-dev/bible-en-fr-dev/src.en.txt",
                                      to: URL(fileURLWithPath: arguments[3]))
    } catch {
        fail("\(error)")
    }
case "comparable":
    ComparableBenchmark.runAll(data: option("--data", default: "../shared/eval"))
case "comparable-one":
    guard arguments.count == 3, let articles = Int(arguments[1]) else { fail("usage: concord-bench comparable-one ARTICLES FOLDER") }
    ComparableBenchmark.runOne(articles: articles, folder: arguments[2])
case "comparable-eval":
    do {
        let seed = option("--seed", default: String(ComparableEvaluation.defaultSeed))
        guard let seed = UInt64(seed) else { fail("--seed takes a whole number, not '\(seed)'") }
        try ComparableEvaluation.run(data: option("--data", default: "../shared/eval"), glossaryPath: option("--glossary", default: "Glossaries"),
                                     seed: seed)
    } catch {
        fail("\(error)")
    }
case "audit-eval":
    do {
        try AuditEvaluation.run(data: option("--data", default: "../shared/eval"), seeds: option("--seeds", default: "../shared/seeds"),
                                glossaryPath: option("--glossary", default: "Glossaries"))
    } catch {
        fail("\(error)")
    }
default:
    fail("usage: concord-bench text [--data DIR] | audit [--data DIR] | audit-files MB CONCEPTS FOLDER [--data DIR] | comparable [--data DIR] | comparable-eval [--data DIR] [--seed N] | audit-eval [--data DIR] [--seeds DIR] [--glossary PATH]")
}
