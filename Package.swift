// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Seam",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "seam", targets: ["seam"]),
        .library(name: "SeamKit", targets: ["SeamMarkdown", "SeamContent", "SeamAssess", "SeamCharts", "SeamProject", "SeamSearch", "SeamSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/pointfreeco/swift-concurrency-extras", from: "1.4.3"),
        // `seam serve`: the HTTP server of the live preview (with swift-service-lifecycle for Ctrl-C).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Tests only: the line diff a golden-file mismatch prints.
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        // Tests only: generated inputs for the property tests of SeamText.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            path: "Modules/CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "SeamMarkdown", dependencies: ["CCmark"]),
        // The fast text pieces that search and the site share: the word scanner, FNV-1a, the
        // UTF-8 decoder, the word and edge tables of the name tries.
        .target(name: "SeamText"),
        .target(name: "SeamContent", dependencies: ["SeamMarkdown", .product(name: "Yams", package: "Yams")],
                // The shipped schema: what a knowledge base without a schema.yml gets.
                resources: [.embedInCode("Defaults/schema.yml")]),
        .target(name: "SeamCharts", dependencies: ["SeamContent"]),
        .target(name: "SeamAssess", dependencies: ["SeamContent", "SeamMarkdown", .product(name: "Yams", package: "Yams")]),
        // A knowledge base with its charts and assessments, each read once: what every command loads.
        .target(name: "SeamProject", dependencies: ["SeamContent", "SeamCharts", "SeamAssess"]),
        .target(name: "SeamSearch", dependencies: ["SeamContent", "SeamMarkdown", "SeamText"],
                exclude: ["RelatedWords/README.md"]),
        .target(
            name: "SeamSite",
            dependencies: [
                "SeamContent", "SeamMarkdown", "SeamText", "SeamSearch", "SeamAssess", "SeamCharts", "SeamProject",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ConcurrencyExtras", package: "swift-concurrency-extras"),
            ],
            exclude: ["Theme/README.md"],
            // The shipped theme travels inside the binary: a copied `seam` still builds the site.
            resources: [.embedInCode("Theme/templates"), .embedInCode("Theme/assets"), .embedInCode("Theme/strings")]
        ),
        // `seam init` and `seam new`: the starter knowledge base (embedded) and new entries from the schema.
        .target(name: "SeamAuthor", dependencies: ["SeamContent"], resources: [.embedInCode("Starter")]),
        // `seam serve`: the live preview's server, file watcher and incremental rebuilds.
        .target(
            name: "SeamServe",
            dependencies: ["SeamSite", "SeamProject", "SeamContent", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"), .product(name: "Logging", package: "swift-log")],
            // The live-reload script the server adds to the pages it serves (never to a built site).
            resources: [.embedInCode("Resources/live.js")]
        ),
        .executableTarget(
            name: "seam",
            dependencies: [
                "SeamContent",
                "SeamSite",
                "SeamCharts",
                "SeamAssess",
                "SeamProject",
                "SeamSearch",
                "SeamServe",
                "SeamAuthor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc (Debian's libjemalloc-dev) instead of glibc's malloc: a build allocates a
            // small object for nearly every node, word and string from two threads, and glibc's
            // arenas made a 10,000-entry `seam build` about 13% slower (bench/site-bench).
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        // Golden files and the repository's path, shared by the test targets.
        .target(name: "SeamTestSupport", dependencies: [.product(name: "SnapshotTesting", package: "swift-snapshot-testing")],
                path: "Tests/SeamTestSupport"),
        .testTarget(name: "SeamMarkdownTests", dependencies: ["SeamMarkdown",
                                                              .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "SeamTextTests", dependencies: ["SeamText", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "SeamContentTests", dependencies: ["SeamTestSupport", "SeamContent", "SeamMarkdown",
                                                             .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "SeamChartsTests", dependencies: ["SeamTestSupport", "SeamCharts"]),
        .testTarget(name: "SeamAssessTests", dependencies: ["SeamTestSupport", "SeamAssess"]),
        .testTarget(name: "SeamSearchTests", dependencies: ["SeamTestSupport", "SeamSearch", "SeamContent", "SeamMarkdown"]),
        .testTarget(
            name: "SeamSiteTests",
            dependencies: ["SeamTestSupport", "SeamSite", "SeamProject", "SeamContent", "SeamAssess", "SeamMarkdown", "SeamText",
                           .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "SeamCLITests", dependencies: ["SeamTestSupport", "seam", "SeamContent"]),
        .testTarget(name: "SeamServeTests", dependencies: ["SeamServe", "SeamSite", "SeamAuthor"]),
    ]
)
