import Foundation
import ThiDuaCore
import ThiDuaDocuments
import Vapor

/// Import and export as the command line and the pages both use them.
enum ImportExport {
    /// Reads the file and runs the import; a file that cannot be read is one problem on row 1.
    static func run(
        _ kind: ImportKind, data: Data, fileName: String, store: any DataStore, account: Account, limitBytes: Int,
        dryRun: Bool, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> ImportReport {
        let rows: [[String]]
        do {
            rows = try SpreadsheetFile.read(data, fileName: fileName, limitBytes: limitBytes)
        } catch {
            guard let message = SpreadsheetFile.message(for: error) else { throw error }
            return ImportReport(
                kind: kind, rows: 0, created: 0, updated: 0, unchanged: 0,
                problems: [ImportProblem(row: 1, column: "", value: fileName, message: message)], dryRun: dryRun)
        }
        return try await ImportService(store: store, account: account).run(
            kind, rows: rows, dryRun: dryRun, progress: progress)
    }

    static func export(_ kind: ImportKind, format: SpreadsheetFormat, store: any DataStore, account: Account)
        async throws -> Data
    {
        let rows = try await ExportService(store: store, account: account).rows(kind)
        return try SpreadsheetFile.write(rows, sheetName: kind.vietnamese, format: format)
    }

    static func template(_ kind: ImportKind, format: SpreadsheetFormat) throws -> Data {
        try SpreadsheetFile.write(ExportService.template(kind), sheetName: kind.vietnamese, format: format)
    }
}

extension Application {
    /// The account the command line acts as: an administrator named in the audit log as `thidua-cli`.
    public static let commandLineAccount = Account(
        id: UUID(uuidString: "00000000-0000-0000-0000-00000000c11e")!,
        username: "thidua-cli", displayName: "Dòng lệnh", role: .admin)

    public func importFile(
        _ kind: ImportKind, data: Data, fileName: String, dryRun: Bool,
        progress: @escaping @Sendable (Int, Int) -> Void
    ) async throws -> ImportReport {
        try await ImportExport.run(
            kind, data: data, fileName: fileName, store: store, account: Self.commandLineAccount,
            limitBytes: settings.configuration.uploadLimitBytes, dryRun: dryRun, progress: progress)
    }

    public func exportFile(_ kind: ImportKind, format: SpreadsheetFormat) async throws -> Data {
        try await ImportExport.export(kind, format: format, store: store, account: Self.commandLineAccount)
    }
}
