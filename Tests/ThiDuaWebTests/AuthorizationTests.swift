import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// A unit officer never sees or changes another unit's records: checked on every route that takes a person,
/// found from the route table itself, so a new route is covered the day it is added.
@Suite struct AuthorizationTests {
    struct Body: Encodable {
        var fullName = "Tên Bị Đổi"
        var gender = "female"
        var position = "Bị đổi"
        var status = "retired"
        var version = 1
        var toUnitID: String
        var on = "2024-01-01"
    }

    static func personRoutes(_ app: Application, api: Bool) -> [(HTTPMethod, [PathComponent])] {
        app.routes.all.filter { route in
            route.path.contains(.parameter(SiteURL.personKey)) && (route.path.first == "api") == api
        }.map { ($0.method, $0.path) }
    }

    static func path(_ components: [PathComponent], person: UUID) -> String {
        "/"
            + components.map { $0 == .parameter(SiteURL.personKey) ? person.uuidString : $0.description }.joined(
                separator: "/")
    }

    @Test(arguments: DatabaseKind.available)
    func everyPersonRouteRefusesAnotherUnitsPerson(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let stranger = try await demoPerson(app, unit: "DV02")
            let ownUnit = try #require(try await app.store.units.find(code: "DV01"))
            let apiRoutes = Self.personRoutes(app, api: true)
            let pageRoutes = Self.personRoutes(app, api: false)
            let api = try await Client.api(app, "canbo01")
            let browser = try await Client.browser(app, "canbo01")
            // MUT
            var statuses: [String: HTTPStatus] = [:]
            for (method, components) in apiRoutes {
                let res = try await api.send(
                    method, Self.path(components, person: stranger.id), json: Body(toUnitID: ownUnit.id.uuidString))
                statuses["\(method) \(components.string)"] = res.status
                #expect(!res.body.string.contains(stranger.fullName), "\(method) \(components.string) showed the name")
            }
            for (method, components) in pageRoutes {
                let body = Body(toUnitID: ownUnit.id.uuidString)
                let form = [
                    "fullName": body.fullName, "gender": body.gender, "position": body.position, "status": body.status,
                    "version": "1", "toUnitID": body.toUnitID, "on": body.on,
                ]
                let res = try await browser.send(
                    method, Self.path(components, person: stranger.id), form: method == .GET ? nil : form)
                statuses["\(method) \(components.string)"] = res.status
                #expect(!res.body.string.contains(stranger.fullName), "\(method) \(components.string) showed the name")
            }
            // validation
            #expect(apiRoutes.count >= 4)
            #expect(pageRoutes.count >= 5)
            for (route, status) in statuses {
                #expect(status == .forbidden || status == .notFound, "\(route) answered \(status)")
            }
            let stored = try #require(try await app.store.people.find(stranger.id))
            #expect(stored == stranger)
            #expect(try await app.store.people.assignments(of: stranger.id).count == 1)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func listsShowAnOfficerOnlyTheirOwnUnit(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let own = try #require(try await app.store.units.find(code: "DV01"))
            let other = try #require(try await app.store.units.find(code: "DV02"))
            let api = try await Client.api(app, "canbo01")
            let browser = try await Client.browser(app, "canbo01")
            let strangerNames = try await app.store.people.list(
                PeopleFilter(query: ListQuery(perPage: 200), unitID: other.id)
            ).items.map(\.person.fullName)
            let ownNames = Set(
                try await app.store.people.list(PeopleFilter(query: ListQuery(perPage: 200), unitID: own.id)).items.map(
                    \.person.fullName))
            // MUT
            let all = try await api.send(.GET, "/api/v1/people?per=200")
            let filtered = try await api.send(.GET, "/api/v1/people?unit=\(other.id)")
            let page = try await browser.send(.GET, "/nhan-su?per=200")
            // validation
            struct Rows: Decodable { var items: [PersonRow] }
            let rows = try all.content.decode(Rows.self).items
            #expect(!rows.isEmpty)
            #expect(rows.allSatisfy { $0.person.unitID == own.id })
            #expect(try filtered.content.decode(Rows.self).items.isEmpty)
            let html = page.body.string
            #expect(html.contains("danh-sach-nhan-su"))
            for name in strangerNames where !ownNames.contains(name) {
                #expect(!html.contains(name), "the people page shows \(name) of DV02")
            }
        }
    }

    @Test(arguments: DatabaseKind.available)
    func onlyTheAdminChangesUnitsAndBlocs(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let unit = try #require(try await app.store.units.find(code: "DV01"))
            let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
            let members = try await app.store.blocs.members(of: bloc.id, year: 2023)
            // A unit's own history is its officer's to keep: tested in HistoryWebTests.
            let writes = app.routes.all.filter {
                $0.method != .GET && $0.path.first == "api" && ($0.path.contains("units") || $0.path.contains("blocs"))
                    && !$0.path.contains("history")
            }
            // MUT
            var statuses: [String: HTTPStatus] = [:]
            for username in ["canbo01", "lanhdao", "hoidong"] {
                let client = try await Client.api(app, username)
                for route in writes {
                    let path =
                        "/"
                        + route.path.map { c -> String in
                            switch c {
                            case .parameter(SiteURL.unitKey): return unit.id.uuidString
                            case .parameter(SiteURL.blocKey): return bloc.id.uuidString
                            case .parameter(SiteURL.membershipKey): return members[0].membership.id.uuidString
                            default: return c.description
                            }
                        }.joined(separator: "/")
                    struct Write: Encodable {
                        var code = "X1"
                        var name = "Đổi"
                        var kind = "bloc"
                        var version = 1
                        var unitID: UUID
                        var year = 2023
                        var role = "head"
                    }
                    let res = try await client.send(route.method, path, json: Write(unitID: unit.id))
                    statuses["\(username) \(route.method) \(route.path.string)"] = res.status
                }
            }
            // validation
            #expect(writes.count >= 8)
            for (route, status) in statuses { #expect(status == .forbidden, "\(route) answered \(status)") }
            #expect(try await app.store.units.find(unit.id) == unit)
            #expect(
                try await app.store.blocs.members(of: bloc.id, year: 2023).map(\.membership)
                    == members.map(\.membership))
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theBlocSecretaryRotatesTheirBlocOnly(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
            let cluster = try #require(try await app.store.blocs.find(code: "CTD-TN"))
            let dv05 = try #require(try await app.store.units.find(code: "DV05"))
            let secretary = try await Client.api(app, "thuky")
            struct Member: Encodable {
                var unitID: UUID
                var year: Int
                var role: String
            }
            // MUT
            let own = try await secretary.send(
                .PUT, "/api/v1/blocs/\(bloc.id)/memberships", json: Member(unitID: dv05.id, year: 2024, role: "head"))
            let other = try await secretary.send(
                .PUT, "/api/v1/blocs/\(cluster.id)/memberships", json: Member(unitID: dv05.id, year: 2024, role: "head")
            )
            // validation
            #expect(own.status == .ok)
            #expect(other.status == .forbidden)
            #expect(try await app.store.blocs.members(of: bloc.id, year: 2024).map(\.unit.code) == ["DV05"])
            #expect(try await app.store.blocs.members(of: cluster.id, year: 2024).isEmpty)
        }
    }
}

extension [PathComponent] {
    var string: String { "/" + map(\.description).joined(separator: "/") }
}
