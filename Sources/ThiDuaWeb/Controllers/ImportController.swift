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

    /// Kinds an account may import (`AccessPolicy.importKinds`).
    static func kinds(for account: Account) -> [ImportKind] { AccessPolicy(account: account).importKinds }

    @Sendable static func show(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        return page(
            req, account: account, selected: ImportKind(rawValue: req.query[String.self, at: "loai"] ?? "") ?? .people,
            report: nil, status: .ok)
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        let body = try req.content.decode(Upload.self)
        guard let kind = ImportKind(rawValue: body.kind ?? ""), kinds(for: account).contains(kind) else {
            throw DomainError.forbidden
        }
        guard let file = body.file, file.data.readableBytes > 0 else {
            throw DomainError.invalid([FieldError("file", "Hãy chọn một tệp .xlsx hoặc .csv.")])
        }
        let (data, fileName, dryRun) = (Data(buffer: file.data), file.filename, body.dryRun == "true")
        let (store, limit, logger) = (req.store, req.application.settings.configuration.uploadLimitBytes, req.logger)
        // Held until the streamed page ends, not only until this handler returns.
        let jobs = req.application.heavyJobs
        try jobs.acquire()
        // The page goes out in parts: the frame first, a line per 1,000 rows written, then the report.
        let parts = pageHTML(req, account: account, selected: kind, report: nil, streaming: true).components(
            separatedBy: ImportPage.progressMarker)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "html", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(
            status: .ok, headers: headers,
            body: .init(managedAsyncStream: { writer in
                defer { jobs.release() }
                try await writer.writeBuffer(ByteBuffer(string: parts[0] + ImportPage.progressStart))
                let (progress, continuation) = AsyncStream<(Int, Int)>.makeStream(bufferingPolicy: .bufferingNewest(1))
                let work = Task {
                    defer { continuation.finish() }
                    return try await ImportExport.run(
                        kind, data: data, fileName: fileName, store: store, account: account, limitBytes: limit,
                        dryRun: dryRun, progress: { continuation.yield(($0, $1)) })
                }
                for await (done, total) in progress {
                    try await writer.writeBuffer(ByteBuffer(string: ImportPage.progressLine(done: done, total: total)))
                }
                var tail = "</ol>"
                switch await work.result {
                case .success(let report):
                    logger.info(
                        "Nhập \(kind.rawValue) bởi \(account.username): \(report.rows) dòng, \(report.problems.count) lỗi"
                    )
                    tail += ImportPage.report(of: report).render()
                case .failure(let error):
                    logger.error("Nhập \(kind.rawValue) thất bại: \(String(reflecting: type(of: error)))")
                    let message =
                        (error as? DomainError)?.message
                        ?? "Hệ thống gặp lỗi khi ghi; không có gì được ghi. Hãy thử lại; nếu vẫn lỗi, hãy báo quản trị hệ thống."
                    tail += ImportPage.report(
                        of: ImportReport(
                            kind: kind, rows: 0, created: 0, updated: 0, unchanged: 0,
                            problems: [ImportProblem(row: 1, column: "", value: fileName, message: message)],
                            dryRun: dryRun)
                    ).render()
                }
                try await writer.writeBuffer(ByteBuffer(string: tail + (parts.count > 1 ? parts[1] : "")))
            }))
    }

    @Sendable static func export(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        let (kind, format) = try kindAndFormat(req)
        return file(
            try await ImportExport.export(kind, format: format, store: req.store, account: account), kind: kind,
            format: format, suffix: "")
    }

    @Sendable static func template(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let (kind, format) = try kindAndFormat(req)
        let data = try ImportExport.template(kind, format: format)
        return file(data, kind: kind, format: format, suffix: "-mau")
    }

    private static func kindAndFormat(_ req: Request) throws -> (ImportKind, SpreadsheetFormat) {
        guard let kind = ImportKind(rawValue: req.parameters.get(SiteURL.kindKey) ?? "") else {
            throw DomainError.notFound("loại dữ liệu này")
        }
        let format = SpreadsheetFormat(rawValue: req.query[String.self, at: "dinh-dang"] ?? "xlsx") ?? .xlsx
        return (kind, format)
    }

    private static func file(_ data: Data, kind: ImportKind, format: SpreadsheetFormat, suffix: String) -> Response {
        .download(data, filename: "\(kind.fileStem)\(suffix).\(format.rawValue)", contentType: format.contentType)
    }

    private static func page(
        _ req: Request, account: Account, selected: ImportKind, report: ImportReport?, status: HTTPResponseStatus
    ) -> Response {
        HTMLResponse.make(
            pageHTML(req, account: account, selected: selected, report: report, streaming: false), status: status)
    }

    private static func pageHTML(
        _ req: Request, account: Account, selected: ImportKind, report: ImportReport?, streaming: Bool
    ) -> String {
        let model = ImportPage.Model(
            layout: .init(request: req, title: "Nhập, xuất dữ liệu", section: .imports), kinds: kinds(for: account),
            selected: selected, report: report, streaming: streaming,
            limitMB: req.application.settings.configuration.uploadLimitBytes / 1_048_576, csrf: req.csrf)
        return ImportPage.render(model)
    }
}
