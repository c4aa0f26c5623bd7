import Foundation
import ThiDuaCore
import Vapor

enum PeopleAPIController {
    struct DetailResult: Encodable, Sendable {
        var person: Person
        var unit: OrgUnit
        var assignments: [PersonAssignment]
    }

    struct DeactivateBody: Decodable {
        var version: Int
        var status: Person.Status
    }

    struct MoveBody: Decodable {
        var version: Int
        var toUnitID: UUID
        var position: String?
        var on: LocalDate
    }

    @Sendable static func list(req: Request) async throws -> APIResult<APIPage<PersonRow>> {
        let unit = try req.query[String.self, at: "unit"].map { raw in
            guard let id = UUID(uuidString: raw) else {
                throw DomainError.invalid([FieldError("unit", "Tham số unit phải là mã định danh (UUID) của đơn vị.")])
            }
            return id
        }
        let status = try req.query[String.self, at: "status"].map { raw in
            guard let s = Person.Status(rawValue: raw) else {
                throw DomainError.invalid([FieldError("status", "Tham số status phải là working, retired hoặc moved.")])
            }
            return s
        }
        return APIResult(APIPage(try await req.peopleService().list(req.apiListQuery(), unitID: unit, status: status)))
    }

    @Sendable static func show(req: Request) async throws -> APIResult<DetailResult> {
        let d = try await req.peopleService().detail(try req.uuid(SiteURL.personKey, what: "người này"))
        return APIResult(DetailResult(person: d.person, unit: d.unit, assignments: d.assignments))
    }

    @Sendable static func create(req: Request) async throws -> APIResult<Person> {
        APIResult(
            try await req.peopleService().create(try req.content.decode(PersonDraft.self), since: req.today),
            status: .created)
    }

    @Sendable static func update(req: Request) async throws -> APIResult<Person> {
        let service = try req.peopleService()
        // Access first: a refused caller learns nothing from validation messages.
        let detail = try await service.detail(try req.uuid(SiteURL.personKey, what: "người này"))
        guard detail.canEdit else { throw DomainError.forbidden }
        return APIResult(
            try await service.update(
                detail.person.id, version: try req.bodyVersion(), try req.content.decode(PersonDraft.self)))
    }

    @Sendable static func deactivate(req: Request) async throws -> APIResult<Person> {
        let id = try req.uuid(SiteURL.personKey, what: "người này")
        let body = try req.content.decode(DeactivateBody.self)
        return APIResult(try await req.peopleService().deactivate(id, version: body.version, status: body.status))
    }

    @Sendable static func move(req: Request) async throws -> APIResult<Person> {
        let id = try req.uuid(SiteURL.personKey, what: "người này")
        let body = try req.content.decode(MoveBody.self)
        return APIResult(
            try await req.peopleService().move(
                id, version: body.version,
                PersonMove(toUnitID: body.toUnitID, position: body.position ?? "", on: body.on)))
    }
}
