// swift-tools-version:6.1
import PackageDescription

// Benchmarks live in their own package so that `swift test` in the root never builds or runs
// them. Run from the repository root:
//   swift run -c release --package-path Benchmarks concord-bench text
//   swift run -c release --package-path Benchmarks concord-bench audit
//   swift run -c release --package-path Benchmarks concord-bench audit-eval
let package = Package(
    name: "ConcordBenchmarks",
    dependencies: [
        .package(name: "Concord", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "concord-bench",
            dependencies: [
                .product(name: "ConcordText", package: "Concord"),
                .product(name: "ConcordGlossary", package: "Concord"),
                .product(name: "ConcordAudit", package: "Concord"),
                .product(name: "ConcordAlign", package: "Concord"),
            ]
        ),
    ]
)
