import Foundation
import ThiDuaCore
import ThiDuaDocuments
import Vapor

enum ImportController {
    struct Upload: Content {
        var kind: String?
        var file: File?
        var dryRun: String?
    }

    /// Kinds an account may import: the admin all, a unit officer everything but units.
    static func kinds(for account: Account) -> [ImportKind] {
        switch account.role {
        case .admin: return ImportKind.allCases
        case .unitOfficer: return ImportKind.allCases.filter { $0 != .units }
        default: return []
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        return page(req, account: account, selected: ImportKind(rawValue: req.query[String.self, at: "loai"] ?? "") ?? .people, report: nil, status: .ok)
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        let body = try req.content.decode(Upload.self)
        guard let kind = ImportKind(rawValue: body.kind ?? ""), kinds(for: account).contains(kind) else { throw DomainError.forbidden }
        guard let file = body.file, file.data.readableBytes > 0 else {
            throw DomainError.invalid([FieldError("file", "Hãy chọn một tệp .xlsx hoặc .csv.")])
        }
        let report = try await ImportExport.run(kind, data: Data(buffer: file.data), fileName: file.filename, store: req.store, account: account,
                                                limitBytes: req.application.settings.configuration.uploadLimitBytes, dryRun: body.dryRun == "true")
        req.logger.info("Nhập \(kind.rawValue) bởi \(account.username): \(report.rows) dòng, \(report.problems.count) lỗi")
        return page(req, account: account, selected: kind, report: report, status: report.succeeded ? .ok : .unprocessableEntity)
    }

    @Sendable static func export(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        let (kind, format) = try kindAndFormat(req)
        return file(try await ImportExport.export(kind, format: format, store: req.store, account: account), kind: kind, format: format, suffix: "")
    }

    @Sendable static func template(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let (kind, format) = try kindAndFormat(req)
        let data = try SpreadsheetFile.write(ExportService.template(kind), sheetName: kind.vietnamese, format: format)
        return file(data, kind: kind, format: format, suffix: "-mau")
    }

    private static func kindAndFormat(_ req: Request) throws -> (ImportKind, SpreadsheetFormat) {
        guard let kind = ImportKind(rawValue: req.parameters.get(SiteURL.kindKey) ?? "") else { throw DomainError.notFound("loại dữ liệu này") }
        let format = SpreadsheetFormat(rawValue: req.query[String.self, at: "dinh-dang"] ?? "xlsx") ?? .xlsx
        return (kind, format)
    }

    private static func file(_ data: Data, kind: ImportKind, format: SpreadsheetFormat, suffix: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: format.contentType)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(kind.fileStem)\(suffix).\(format.rawValue)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    private static func page(_ req: Request, account: Account, selected: ImportKind, report: ImportReport?, status: HTTPResponseStatus) -> Response {
        let model = ImportPage.Model(layout: .init(request: req, title: "Nhập, xuất dữ liệu", section: .imports), kinds: kinds(for: account),
                                     selected: selected, report: report,
                                     limitMB: req.application.settings.configuration.uploadLimitBytes / 1_048_576, csrf: req.csrf)
        return HTMLResponse.make(ImportPage.render(model), status: status)
    }
}
