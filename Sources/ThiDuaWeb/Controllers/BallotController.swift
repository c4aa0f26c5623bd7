import Foundation
import ThiDuaCore
import Vapor

/// A ballot: the page, the chair's open and close, the vote, the paper count and the runoff.
enum BallotController {
    static func id(_ req: Request) throws -> UUID { try req.uuid(SiteURL.ballotKey, what: "cuộc bỏ phiếu") }

    @Sendable static func show(req: Request) async throws -> Response {
        try await page(req, receipt: nil, errors: [], status: .ok)
    }

    static func version(_ req: Request) throws -> Int { try req.form().int("version") ?? 0 }

    @Sendable static func open(req: Request) async throws -> Response {
        try await act(req, "Đã mở bỏ phiếu.") { s, id in
            _ = try await s.open(id, version: try version(req), today: req.today)
        }
    }

    @Sendable static func close(req: Request) async throws -> Response {
        try await act(req, "Đã đóng bỏ phiếu và kiểm phiếu.") { s, id in
            _ = try await s.close(id, version: try version(req), today: req.today)
        }
    }

    @Sendable static func runoff(req: Request) async throws -> Response {
        let new = try await req.ballotService().runoff(try id(req))
        req.flash("Đã tạo cuộc bỏ phiếu lại.")
        return req.redirect(to: SiteURL.ballot(.value(new.id)).path)
    }

    @Sendable static func paperCount(req: Request) async throws -> Response {
        try await act(req, "Đã ghi kết quả kiểm phiếu.") { s, id in
            let form = req.form()
            let ballot = try await s.view(id).ballot
            var errors: [FieldError] = []
            func count(_ name: String, _ label: String) -> Int {
                guard let raw = form[name], !raw.isEmpty else { return 0 }
                guard let n = Int(raw.trimmingCharacters(in: .whitespaces)) else {
                    errors.append(FieldError(name, "\(label) phải là một số nguyên."))
                    return 0
                }
                return n
            }
            let cast = count("cast", "Số phiếu thu về")
            let invalid = count("invalid", "Số phiếu không hợp lệ")
            var votes: [UUID: Int] = [:]
            for c in ballot.candidates {
                votes[c.id] = count("v-\(c.id.uuidString.lowercased())", "Số phiếu của \(c.name)")
            }
            if !errors.isEmpty { throw DomainError.invalid(errors) }
            let board = (form["countingBoard"] ?? "").split(whereSeparator: \.isNewline).prefix(20).map(String.init)
            _ = try await s.enterPaperCount(
                id, version: try version(req),
                PaperCount(cast: cast, invalid: invalid, votes: votes, countingBoard: board), today: req.today)
        }
    }

    /// The receipt goes out in this response only: not in a redirect's flash, which the session table would keep.
    @Sendable static func cast(req: Request) async throws -> Response {
        let form = req.form()
        let raw = form.values("choices").prefix(BallotService.maxVoters)
        let choices = raw.compactMap(UUID.init(uuidString:))
        do {
            guard choices.count == raw.count else {
                throw DomainError.invalid([FieldError("choices", "Phiếu có lựa chọn không hợp lệ.")])
            }
            let receipt = try await req.ballotService().cast(try id(req), choices: choices)
            return try await page(req, receipt: receipt, errors: [], status: .ok)
        } catch {
            return try await page(req, receipt: nil, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    static func act(
        _ req: Request, _ done: String, _ body: (BallotService, UUID) async throws -> Void
    ) async throws -> Response {
        let ballot = try id(req)
        do {
            try await body(try req.ballotService(), ballot)
            req.flash(done)
            return req.redirect(to: SiteURL.ballot(.value(ballot)).path)
        } catch {
            return try await page(req, receipt: nil, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    static func page(_ req: Request, receipt: String?, errors: [FieldError], status: HTTPResponseStatus) async throws
        -> Response
    {
        let view = try await req.ballotService().view(try id(req))
        let b = view.ballot
        var trail: [(label: String, path: String)] = []
        if let bloc = b.blocID, let found = try await req.store.blocs.find(bloc) {
            trail = [
                (found.name, SiteURL.bloc(.value(bloc)).path),
                ("Tổng kết năm \(b.year)", SiteURL.bloc(.value(bloc), .review).path(query: [("nam", String(b.year))])),
            ]
        }
        let model = BallotPage.Model(
            layout: .init(request: req, title: "Bỏ phiếu kín", section: .blocs, trail: trail), view: view,
            receipt: receipt, errors: errors, csrf: req.csrf)
        return HTMLResponse.make(BallotPage.render(model), status: status)
    }
}
