import Foundation
import ThiDuaCore
import Vapor

enum AuditController {
    @Sendable static func index(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        let entity = req.query[String.self, at: "entity"].flatMap { $0.isEmpty ? nil : $0 }
        let actor = req.query[String.self, at: "actor"].flatMap { $0.isEmpty ? nil : $0.lowercased() }
        let page = try await AuditService(store: req.store).list(for: account, entity: entity, actor: actor,
                                                                 page: req.query[Int.self, at: "page"] ?? 1)
        let note = account.role == .unitOfficer ? "Bạn chỉ thấy các thay đổi về dữ liệu của đơn vị mình."
            : account.role == .blocSecretary ? "Bạn thấy các thay đổi về dữ liệu của các đơn vị trong khối." : "Toàn bộ thay đổi trong hệ thống."
        let model = AuditIndex.Model(layout: .init(request: req, title: "Nhật ký thay đổi", section: .audit), page: page, entity: entity, actor: actor, scopeNote: note)
        return HTMLResponse.make(AuditIndex.render(model))
    }
}
