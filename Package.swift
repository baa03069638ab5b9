// swift-tools-version: 6.0
import PackageDescription

// Release builds (the benchmarks, a deployed binary) optimise across modules, and leave
// exclusive access to the compiler's static checks: Extract's many small calls into Core and
// Ingest are inlined, about 6% of `tally claims` (docs/ingest.md, "Speed").
let releaseSpeed: [SwiftSetting] = [
  .unsafeFlags(
    ["-cross-module-optimization", "-enforce-exclusivity=unchecked"],
    .when(configuration: .release))
]

let package = Package(
  name: "Tally",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "tally", targets: ["tally"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // libxml2 as Debian ships it. Only CHTMLBridge sees its headers (see STYLE.md §3).
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(name: "CHTMLBridge", dependencies: ["CLibXML2"]),
    // SQLite for the store (docs/store.md), bound at run time to the system's libsqlite3.so.0,
    // so that building needs no SQLite headers. Only Store sees it.
    .target(name: "CSQLite", linkerSettings: [.linkedLibrary("dl")]),
    .target(name: "Store", dependencies: ["CSQLite"]),
    .target(name: "Core", swiftSettings: releaseSpeed),
    .target(
      name: "Ingest",
      dependencies: ["Core", "CHTMLBridge", .product(name: "Yams", package: "Yams")],
      swiftSettings: releaseSpeed
    ),
    .target(name: "Extract", dependencies: ["Core", "Ingest"], swiftSettings: releaseSpeed),
    .target(
      name: "Reconcile",
      dependencies: ["Core", "Extract", .product(name: "Yams", package: "Yams")],
      swiftSettings: releaseSpeed
    ),
    // Report also holds the check pipeline, which composes every stage before it.
    .target(
      name: "Report", dependencies: ["Core", "Ingest", "Extract", "Reconcile", "Store"],
      swiftSettings: releaseSpeed),
    .executableTarget(
      name: "tally",
      dependencies: [
        "Core", "Ingest", "Extract", "Reconcile", "Report", "Store",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: releaseSpeed
    ),
    .executableTarget(name: "reconcile-bench", dependencies: ["Core", "Reconcile"]),
    // The fuzzing targets (scripts/fuzz builds them for libFuzzer); built plainly, a replayer.
    .executableTarget(
      name: "tally-fuzz", dependencies: ["Core", "Ingest", "Extract", "Reconcile", "Report"]),
    .target(name: "TestSupport", dependencies: ["Core"], path: "Tests/TestSupport"),
    .testTarget(name: "CoreTests", dependencies: ["Core"]),
    .testTarget(
      name: "IngestTests",
      dependencies: ["Ingest", "Core", "TestSupport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ExtractTests",
      dependencies: ["Extract", "Ingest", "Core", "Report", "TestSupport"],
      resources: [.copy("Specs")]
    ),
    .testTarget(
      name: "ReconcileTests", dependencies: ["Reconcile", "Extract", "Core", "TestSupport"]),
    .testTarget(
      name: "ReportTests", dependencies: ["Report", "Reconcile", "Core", "TestSupport"],
      // The SARIF 2.1.0 schema is read from the source tree by the validation test.
      exclude: ["Schemas"], resources: [.copy("Golden")]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["tally", "tally-fuzz", "Store", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
