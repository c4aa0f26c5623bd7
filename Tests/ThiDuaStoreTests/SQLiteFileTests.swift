import FluentKit
import Foundation
import Logging
import NIOPosix
import SQLKit
import Testing
import ThiDuaCore

@testable import ThiDuaStore

/// The SQLite file holds password hashes: its folder and it are the owner's only.
@Suite struct SQLiteFileTests {
    @Test func theFileAndTheFolderWeCreateAreTheOwnersOnly() async throws {
        // setup
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-mode-\(UUID().uuidString)")
        let path = base.appendingPathComponent("du-lieu/thidua.sqlite").path
        defer { try? FileManager.default.removeItem(at: base) }
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        // MUT
        try DatabaseSetup.register(.sqlite(path: path), on: databases, as: DatabaseID(string: "mode"))
        let db = try #require(
            databases.database(
                DatabaseID(string: "mode"), logger: Logger(label: "test"),
                on: MultiThreadedEventLoopGroup.singleton.any()))
        try await DatabaseSetup.prepare(db)
        try await db.transaction { tx in try await (tx as! any SQLDatabase).raw("CREATE TABLE t (x INTEGER)").run() }
        await databases.shutdownAsync()
        // validation
        func mode(_ p: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: p)[.posixPermissions] as? NSNumber)?.intValue ?? -1
        }
        #expect(try mode(path) == 0o600)
        #expect(try mode((path as NSString).deletingLastPathComponent) == 0o700)
        for journal in [path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: journal) {
            #expect(try mode(journal) & 0o077 == 0, "\(journal)")
        }
    }

    @Test func aFileMadeByAnEarlierVersionIsTightened() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-mode-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o644])
        try SQLiteFile.prepare(path)
        #expect(
            (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }
}
