// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "thidua",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "thidua", targets: ["thidua"])
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        // Pure domain: Foundation only. A test checks that no framework is imported.
        .target(name: "ThiDuaCore"),
        // Pure documents: data in, bytes out (XLSX, CSV, DOCX in the Decree 30/2020 layout).
        .target(
            name: "ThiDuaDocuments",
            dependencies: ["ThiDuaCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "ThiDuaStore",
            dependencies: [
                "ThiDuaCore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .target(
            name: "ThiDuaWeb",
            dependencies: [
                "ThiDuaCore",
                "ThiDuaDocuments",
                "ThiDuaStore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Plot", package: "Plot"),
            ]
        ),
        .executableTarget(
            name: "thidua",
            dependencies: [
                "ThiDuaWeb",
                "ThiDuaDocuments",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark of issue 4: the eligibility sweep over a national-scale history (Benchmarks/eligibility_sweep.sh).
        .executableTarget(
            name: "EligibilityBenchmark", dependencies: ["ThiDuaCore"], path: "Benchmarks/EligibilityBenchmark"),
        .testTarget(name: "ThiDuaCoreTests", dependencies: ["ThiDuaCore"]),
        .testTarget(name: "ThiDuaDocumentsTests", dependencies: ["ThiDuaDocuments"]),
        // Shared by the store and web tests: the database list and the PostgreSQL connection gate.
        .target(name: "ThiDuaTestSupport", dependencies: ["ThiDuaCore"], path: "Tests/ThiDuaTestSupport"),
        .testTarget(
            name: "ThiDuaStoreTests",
            dependencies: [
                "ThiDuaStore",
                "ThiDuaTestSupport",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .testTarget(
            name: "ThiDuaWebTests",
            dependencies: [
                "ThiDuaWeb",
                "ThiDuaTestSupport",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            exclude: ["__Snapshots__"]
        ),
    ]
)
