import Foundation
import ThiDuaCore
import Vapor

enum AuditController {
    @Sendable static func index(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        let entity = req.query[String.self, at: PageQuery.kind].flatMap { $0.isEmpty ? nil : $0 }
        let actor = req.query[String.self, at: PageQuery.actor].flatMap { $0.isEmpty ? nil : $0.lowercased() }
        let page = try await AuditService(store: req.store).list(
            for: account, entity: entity, actor: actor,
            page: req.query[Int.self, at: PageQuery.page] ?? 1)
        if let last = req.redirectPastLastPage(page) { return last }
        let note: String
        switch AccessPolicy(account: account).reach {
        case .unit: note = "Bạn chỉ thấy các thay đổi về dữ liệu của đơn vị mình."
        case .bloc: note = "Bạn thấy các thay đổi về dữ liệu của các đơn vị trong khối."
        case .organization: note = "Toàn bộ thay đổi trong hệ thống."
        }
        let names = try await names(of: AuditReading.references(in: page.items), req)
        let codes = AwardCode.builtIns + (try await req.store.history.customCodes())
        let readings = page.items.map { AuditReading($0, names: names, codes: codes) }
        let model = AuditIndex.Model(
            layout: .init(request: req, title: "Nhật ký thay đổi", section: .audit), page: page, readings: readings,
            entity: entity, actor: actor, scopeNote: note)
        return HTMLResponse.make(AuditIndex.render(model))
    }

    /// The names of the records a page points to, one batch per kind: units and people by their ids, the
    /// anniversaries from their short list, the few blocs and movements one by one.
    static func names(of references: [AuditReading.Reference: Set<UUID>], _ req: Request) async throws -> [UUID: String]
    {
        var names: [UUID: String] = [:]
        for kind in AuditReading.Reference.allCases {
            guard let ids = references[kind], !ids.isEmpty else { continue }
            switch kind {
            case .unit:
                for u in try await req.store.units.find(ids: Array(ids)) { names[u.id] = u.name }
            case .anniversary:
                for a in try await req.store.anniversaries.directory() where ids.contains(a.id) { names[a.id] = a.name }
            case .bloc:
                for id in ids { names[id] = try await req.store.blocs.find(id)?.name }
            case .movement:
                for id in ids { names[id] = try await req.store.movements.find(id)?.title }
            case .person:
                for p in try await req.store.people.find(ids: Array(ids)) { names[p.id] = p.fullName }
            }
        }
        return names
    }
}
