// swift-tools-version:6.0
// libFuzzer targets for Seam. Separate from the main package because a fuzz target has no
// `main` of its own (libFuzzer provides it). Build and run with `make fuzz` (see Fuzz/README.md).
import PackageDescription

// Build with the sanitizers on every target, so that Seam's code is instrumented too:
//   swift build -Xswiftc -sanitize=fuzzer,address
let fuzzFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "SeamFuzz",
    dependencies: [.package(name: "Seam", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(
            name: "FuzzEntry",
            dependencies: ["FuzzSupport", .product(name: "SeamKit", package: "Seam")],
            swiftSettings: fuzzFlags),
        .executableTarget(
            name: "FuzzQuery",
            dependencies: ["FuzzSupport", .product(name: "SeamKit", package: "Seam")],
            swiftSettings: fuzzFlags),
        .executableTarget(
            name: "FuzzAnswers",
            dependencies: ["FuzzSupport", .product(name: "SeamKit", package: "Seam")],
            swiftSettings: fuzzFlags),
    ]
)
