// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Concord",
    products: [
        .library(name: "ConcordText", targets: ["ConcordText"]),
        .library(name: "ConcordGlossary", targets: ["ConcordGlossary"]),
        .library(name: "ConcordAlign", targets: ["ConcordAlign"]),
        .library(name: "ConcordAudit", targets: ["ConcordAudit"]),
        .executable(name: "concord", targets: ["concord"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // ICU headers stay inside CICUShim: Foundation carries its own ICU, and the two
        // sets of C declarations cannot meet in one Swift module (see README, "ICU").
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        .target(
            name: "CICUShim",
            dependencies: ["CICU"],
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),
        .target(name: "ConcordConcurrency"),
        .target(name: "ConcordText", dependencies: ["CICUShim", "ConcordConcurrency"]),
        .target(name: "ConcordGlossary", dependencies: ["ConcordText"]),
        .target(name: "ConcordAlign", dependencies: ["ConcordText", "ConcordGlossary", "ConcordConcurrency"]),
        .target(name: "ConcordAudit", dependencies: ["ConcordText", "ConcordGlossary", "ConcordAlign", "ConcordConcurrency"]),
        .executableTarget(
            name: "concord",
            dependencies: [
                "ConcordConcurrency",
                "ConcordText",
                "ConcordGlossary",
                "ConcordAlign",
                "ConcordAudit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Shared by the test targets only, never by the library (as swift-collections' test support).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ConcordTextTests", dependencies: ["ConcordText", "TestSupport"]),
        .testTarget(name: "ConcordGlossaryTests", dependencies: ["ConcordGlossary"]),
        .testTarget(name: "ConcordAuditTests", dependencies: ["ConcordAudit"]),
        .testTarget(name: "ConcordAlignTests", dependencies: ["ConcordAlign", "TestSupport"]),
        .testTarget(name: "ConcordCLITests", dependencies: ["concord"]),
    ]
)
