import Foundation
import ThiDuaCore
import Vapor

enum HomeController {
    @Sendable static func show(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        let org = try req.organization()
        let people = try req.peopleService()
        var scopeName: String?
        if let unit = account.unitID { scopeName = try await req.store.units.find(unit)?.name }
        if let bloc = account.blocID { scopeName = try await req.store.blocs.find(bloc)?.name }
        var model = HomePage.Model(
            layout: .init(request: req, title: "Trang chủ", section: .home), account: account, scopeName: scopeName,
            units: try await org.units(ListQuery(perPage: 1), includeInactive: false).total,
            blocs: try await org.blocs(ListQuery(perPage: 1)).total,
            people: try await people.list(ListQuery(perPage: 1), status: .working).total,
            tasks: try await HomeTasks(store: req.store, account: account).list(today: req.today))
        model.peopleOfOwnUnit = org.policy.actingUnit != nil
        if org.policy.canManageOrganization {
            model.isAdmin = true
            model.pending = try await org.pendingMemberships()
            model.signInLocks = try await SignIn(store: req.store, hasher: BcryptHasher()).locks(for: account).count
        }
        return HTMLResponse.make(HomePage.render(model))
    }

    @Sendable static func stylesheet(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
}
