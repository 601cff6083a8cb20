// swift-tools-version: 6.2
import PackageDescription

/// Every target of ours builds without warnings: a new one fails the build (and so CI).
///
/// And its code asks for the metadata of a concrete generic type (`KeyedEncodingContainer<
/// Party.CodingKeys>`, in every synthesized `encode(to:)`) through a direct accessor, not by
/// mangled name: the runtime checks a type it rebuilds from a name against its generic
/// requirements, and on Linux each new `CodingKeys: CodingKey` check scans every conformance in
/// the binary, which was a third of the start-up of converting a small file (28 → 19 ms; issue 13
/// item 6). Release builds only: start-up is a user's, not the test suite's. An unsafe flag,
/// which SwiftPM allows in a root package only: depending on these libraries from another
/// package would need it removed, at that cost.
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]

let package = Package(
    name: "contract-extract",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "contract-extract", targets: ["contract-extract"]),
        .library(name: "Extractor", targets: ["Extractor"]),
        .library(name: "Schema", targets: ["Schema"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "Review", targets: ["Review"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Reads DOCX (a ZIP of XML parts) entry by entry in memory, never extracting to disk. MIT.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // SHA-256 of every input (source.sha256). Apache-2.0. postgres-nio depends on it too.
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // The store (issue 14): SQLite through GRDB, PostgreSQL through postgres-nio, CSV export
        // through CSV.swift's writer. All MIT.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // The review page's HTTP server (issue 15). Apache-2.0 (GPL-3-compatible).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // Loads a system library when a file first needs it (dlopen), for the three targets below.
        .target(name: "CDynamicLibrary"),
        // poppler-glib (with GLib and cairo), seen by exactly one Swift file
        // (TextLayer/PopplerDocument.swift), loaded when the first PDF is opened.
        // apt: libpoppler-glib8, poppler-data (scripts/setup.sh).
        .target(name: "CPoppler", dependencies: ["CDynamicLibrary"]),
        // Tesseract's C API for pages without a usable text layer, loaded when it is first used
        // (apt: libtesseract5, tesseract-ocr-chi-sim).
        .target(name: "CTesseract", dependencies: ["CDynamicLibrary"]),
        // Leptonica (comes with Tesseract) decodes JPEG, PNG and TIFF page images; seen by exactly
        // one Swift file (TextLayer/OCR/LeptonicaImage.swift), loaded when the first image is read.
        .target(name: "CLeptonica", dependencies: ["CDynamicLibrary"]),
        // ICU behind a header that uses only <stdint.h> types: Swift cannot see the system ICU
        // headers and Foundation in one module (see notes/platform.md).
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        // prctl(PR_SET_PDEATHSIG) for batch workers: variadic in C, so not callable from Swift.
        .target(name: "CProcessGuard"),
        .target(name: "Schema", swiftSettings: strict),
        .target(
            name: "Extractor",
            dependencies: [
                "Schema", "CPoppler", "CICU", "CTesseract", "CLeptonica",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        // Bulk conversion in worker processes: isolation, timeouts, resume, shards.
        .target(name: "Batch", dependencies: ["Extractor", "Schema", "CProcessGuard"], swiftSettings: strict),
        // Records in a database (SQLite or PostgreSQL), searched and exported as CSV.
        .target(
            name: "Store",
            dependencies: [
                "Schema",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: strict
        ),
        // The review page (issue 15): a local web server over a store or one file.
        .target(
            name: "Review",
            dependencies: ["Extractor", "Schema", "Store", .product(name: "Hummingbird", package: "hummingbird")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "contract-extract",
            dependencies: [
                "Extractor", "Schema", "Batch", "Store", "Review",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // libFuzzer target over the text → record path (`make fuzz`); replays crashers otherwise.
        .executableTarget(name: "ExtractFuzz", dependencies: ["Extractor"], swiftSettings: strict),
        // Helpers shared by the test targets (a tiny tmpfs, scratch directories).
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "SchemaTests", dependencies: ["Schema"], swiftSettings: strict),
        .testTarget(
            name: "ExtractorTests",
            dependencies: ["Extractor", "Schema", "TestSupport", "CDynamicLibrary", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strict
        ),
        .testTarget(name: "BatchTests", dependencies: ["Batch", "Extractor", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "StoreTests",
            dependencies: ["Store", "Schema", "TestSupport", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: strict
        ),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "Store", "Schema", "Extractor", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "ContractExtractTests",
            dependencies: ["contract-extract", "Batch", "Schema", "Store", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strict
        ),
    ]
)
