import Foundation
import ThiDuaCore
import Vapor

enum AuditController {
    @Sendable static func index(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        let entity = req.query[String.self, at: "entity"].flatMap { $0.isEmpty ? nil : $0 }
        let actor = req.query[String.self, at: "actor"].flatMap { $0.isEmpty ? nil : $0.lowercased() }
        let page = try await AuditService(store: req.store).list(
            for: account, entity: entity, actor: actor,
            page: req.query[Int.self, at: "page"] ?? 1)
        if let last = req.redirectPastLastPage(page) { return last }
        let note =
            account.role == .unitOfficer
            ? "Bạn chỉ thấy các thay đổi về dữ liệu của đơn vị mình."
            : account.role == .blocSecretary
                ? "Bạn thấy các thay đổi về dữ liệu của các đơn vị trong khối." : "Toàn bộ thay đổi trong hệ thống."
        let names = try await names(of: AuditReading.references(in: page.items), req)
        let codes = AwardCode.builtIns + (try await req.store.history.customCodes())
        let readings = page.items.map { AuditReading($0, names: names, codes: codes) }
        let model = AuditIndex.Model(
            layout: .init(request: req, title: "Nhật ký thay đổi", section: .audit), page: page, readings: readings,
            entity: entity, actor: actor, scopeNote: note)
        return HTMLResponse.make(AuditIndex.render(model))
    }

    /// A page lists at most this many people by name; further ones read as not found rather than cost a query each.
    static let maxPeopleLookups = 200

    /// The names of the records a page points to: units and anniversaries from their (short) lists, the few blocs,
    /// movements and people one by one, as their ports have no lookup by many ids.
    static func names(of references: [AuditReading.Reference: Set<UUID>], _ req: Request) async throws -> [UUID: String]
    {
        var names: [UUID: String] = [:]
        for kind in AuditReading.Reference.allCases {
            guard let ids = references[kind], !ids.isEmpty else { continue }
            switch kind {
            case .unit:
                for u in try await req.store.units.all() where ids.contains(u.id) { names[u.id] = u.name }
            case .anniversary:
                for a in try await req.store.anniversaries.all() where ids.contains(a.id) { names[a.id] = a.name }
            case .bloc:
                for id in ids { names[id] = try await req.store.blocs.find(id)?.name }
            case .movement:
                for id in ids { names[id] = try await req.store.movements.find(id)?.title }
            case .person:
                for id in ids.sorted(by: { $0.uuidString < $1.uuidString }).prefix(maxPeopleLookups) {
                    names[id] = try await req.store.people.find(id)?.fullName
                }
            }
        }
        return names
    }
}
