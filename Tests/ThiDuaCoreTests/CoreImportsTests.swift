import Foundation
import Testing

/// ThiDuaCore is the pure domain (DESIGN §2): it may import Foundation and nothing else.
/// The check reads the sources next to this file, so it works in any checkout.
@Suite struct CoreImportsTests {

    /// `<root>/Tests/ThiDuaCoreTests/CoreImportsTests.swift` -> `<root>/Sources/ThiDuaCore`.
    private static func coreSourcesDirectory(filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath)
            .resolvingSymlinksInPath()
            .deletingLastPathComponent()  // ThiDuaCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("Sources")
            .appendingPathComponent("ThiDuaCore")
            .resolvingSymlinksInPath()
    }

    /// Every `.swift` file under the directory, recursively.
    private static func swiftFiles(under directory: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        return enumerator.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" }
            .sorted { $0.path < $1.path }
    }

    /// The module named by an import declaration in `line`, or nil if the line is not one.
    /// Handles attributes (`@testable`, `@preconcurrency`, `@_exported`…), access modifiers
    /// (`public import`), kinds (`import struct Foo.Bar`) and submodules (`import Foo.Bar`).
    static func importedModules(inLine line: String) -> [String] {
        // Drop a line comment, then look at each `;`-separated statement.
        let code = line.components(separatedBy: "//").first ?? ""
        var modules: [String] = []
        for statement in code.split(separator: ";") {
            var words = statement.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            while let first = words.first, first.hasPrefix("@") { words.removeFirst() }
            let modifiers: Set<String> = ["public", "package", "internal", "fileprivate", "private"]
            if let first = words.first, modifiers.contains(first) { words.removeFirst() }
            guard words.first == "import" else { continue }
            words.removeFirst()
            let kinds: Set<String> = [
                "struct", "class", "enum", "protocol", "typealias", "func", "let", "var", "actor",
            ]
            if let first = words.first, kinds.contains(first) { words.removeFirst() }
            guard let path = words.first, let module = path.split(separator: ".").first else { continue }
            modules.append(String(module))
        }
        return modules
    }

    @Test func importParserRecognisesEveryForm() {
        // setup
        let cases: [(String, [String])] = [
            ("import Foundation", ["Foundation"]),
            ("   import Vapor", ["Vapor"]),
            ("@testable import Fluent", ["Fluent"]),
            ("@preconcurrency import NIOCore", ["NIOCore"]),
            ("@_exported import SQLKit", ["SQLKit"]),
            ("public import FluentKit", ["FluentKit"]),
            ("@preconcurrency internal import Plot", ["Plot"]),
            ("import struct NIO.ByteBuffer", ["NIO"]),
            ("import class Foundation.JSONEncoder", ["Foundation"]),
            ("import FoundationNetworking.URLSession", ["FoundationNetworking"]),
            ("import Foundation; import Logging", ["Foundation", "Logging"]),
            ("import Foundation // import Vapor", ["Foundation"]),
            ("// import Vapor", []),
            ("let important = 1", []),
            ("\"import Vapor\"", []),
        ]
        for (line, expected) in cases {
            // MUT
            let modules = Self.importedModules(inLine: line)
            // validation
            #expect(modules == expected, "\(line)")
        }
    }

    @Test func coreImportsOnlyFoundation() throws {
        // setup
        let directory = Self.coreSourcesDirectory()
        let files = Self.swiftFiles(under: directory)
        // MUT
        var offenders: [String] = []
        var foundationImports = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.components(separatedBy: .newlines).enumerated() {
                for module in Self.importedModules(inLine: line) {
                    if module == "Foundation" {
                        foundationImports += 1
                    } else {
                        offenders.append(
                            "\(file.lastPathComponent):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                    }
                }
            }
        }
        // validation
        #expect(files.count >= 10, "scanned only \(files.count) files in \(directory.path)")
        #expect(foundationImports >= 10, "found only \(foundationImports) Foundation imports")
        #expect(offenders.isEmpty, "ThiDuaCore must import only Foundation:\n\(offenders.joined(separator: "\n"))")
    }

    @Test func coreSourcesDirectoryIsTheCoreTarget() {
        // setup
        // MUT
        let directory = Self.coreSourcesDirectory()
        // validation
        #expect(directory.lastPathComponent == "ThiDuaCore")
        #expect(directory.deletingLastPathComponent().lastPathComponent == "Sources")
        #expect(
            FileManager.default.fileExists(atPath: directory.appendingPathComponent("Text/VietnameseText.swift").path))
    }
}
