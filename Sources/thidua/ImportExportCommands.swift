import ArgumentParser
import Foundation
import ThiDuaCore
import ThiDuaDocuments
import ThiDuaWeb

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Nhập đơn vị, cán bộ, xếp loại, sáng kiến hoặc khen thưởng từ tệp .xlsx hoặc .csv (tất cả hoặc không gì cả).",
        discussion: "KIND: \(ImportKind.allCases.map(\.rawValue).joined(separator: ", ")).")

    @Argument(help: "Loại dữ liệu.") var kind: String
    @Argument(help: "Tệp .xlsx hoặc .csv.") var file: String
    @Flag(name: .long, help: "Chỉ kiểm tra, không ghi gì.") var dryRun = false

    func run() async throws {
        let kind = try ImportKind.parse(kind)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure("Không đọc được tệp \(file).")
        }
        let report = try await AppRunner.withApp { app, _ in
            try await app.prepareDatabase()
            print("Đang kiểm tra \(file) (\(kind.vietnamese))…")
            return try await app.importFile(kind, data: data, fileName: file, dryRun: dryRun) { done, total in
                printProgress("đã ghi \(done)/\(total) dòng")
            }
        }
        guard report.succeeded else {
            for p in report.problems.prefix(200) {
                FileHandle.standardError.write(
                    Data("Dòng \(p.row), cột “\(p.column)”, giá trị “\(p.value)”: \(p.message)\n".utf8))
            }
            if report.problems.count > 200 {
                FileHandle.standardError.write(Data("… và \(report.problems.count - 200) lỗi khác.\n".utf8))
            }
            throw CommandFailure(
                "Có \(report.problems.count) lỗi trong \(report.rows) dòng: không ghi gì cả. Sửa tệp rồi nhập lại.")
        }
        let verb = dryRun ? "Kiểm tra xong (không ghi)" : "Đã nhập"
        print(
            "\(verb): \(report.rows) dòng – thêm \(report.created), sửa \(report.updated), không đổi \(report.unchanged)."
        )
    }
}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Xuất một danh sách ra tệp .xlsx hoặc .csv (theo phần mở rộng của tên tệp); tệp xuất nhập lại được.",
        discussion: "KIND: \(ImportKind.allCases.map(\.rawValue).joined(separator: ", ")).")

    @Argument(help: "Loại dữ liệu.") var kind: String
    @Argument(help: "Tệp .xlsx hoặc .csv sẽ ghi.") var file: String
    @Flag(name: .long, help: "Chỉ ghi dòng tiêu đề (tệp mẫu).") var template = false

    func run() async throws {
        let kind = try ImportKind.parse(kind)
        guard let format = SpreadsheetFormat(fileName: file) else {
            throw CommandFailure("Tên tệp phải kết thúc bằng .xlsx hoặc .csv.")
        }
        let data = try await AppRunner.withApp { app, _ in
            print("Đang xuất \(kind.vietnamese.lowercased())…")
            return template
                ? try SpreadsheetFile.write(ExportService.template(kind), sheetName: kind.vietnamese, format: format)
                : try await app.exportFile(kind, format: format)
        }
        guard FileManager.default.createFile(atPath: file, contents: data) else {
            throw CommandFailure("Không ghi được tệp \(file).")
        }
        print("Đã ghi \(file) (\(data.count) byte).")
    }
}

extension ImportKind {
    /// The KIND argument of `import` and `export`.
    static func parse(_ text: String) throws -> ImportKind {
        guard let kind = ImportKind(cliName: text) else {
            throw CommandFailure(
                "Loại “\(text)” không có. Dùng: \(ImportKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return kind
    }
}
