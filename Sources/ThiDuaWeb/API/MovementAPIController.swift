import Foundation
import ThiDuaCore
import Vapor

/// Movements, the anniversary calendar and registrations over JSON.
enum MovementAPIController {
    /// `GET /api/v1/anniversaries?year=`: the year's anniversaries in date order (computed, never stored).
    @Sendable static func anniversaries(req: Request) async throws -> APIResult<[AnniversaryOccurrence.Listing]> {
        let year = req.queryYear("year") ?? req.today.year
        guard (1900...2200).contains(year) else { throw DomainError.invalid([FieldError("year", "Năm không hợp lệ.")]) }
        return APIResult(try await req.movementService().calendar(year: year).map(\.listing))
    }

    @Sendable static func list(req: Request) async throws -> APIResult<[Movement]> {
        let filter = MovementFilter(
            year: req.queryYear("year"),
            status: req.query[String.self, at: "status"].flatMap(Movement.Status.init(rawValue:)),
            scopeKind: req.query[String.self, at: "scope"].flatMap(Movement.ScopeKind.init(rawValue:)))
        return APIResult(try await req.movementService().list(filter))
    }

    @Sendable static func create(req: Request) async throws -> APIResult<Movement> {
        APIResult(try await req.movementService().create(try req.content.decode(MovementDraft.self)), status: .created)
    }

    @Sendable static func show(req: Request) async throws -> APIResult<Movement> {
        APIResult(try await req.movementService().movement(try MovementController.id(req)))
    }

    struct Update: Decodable {
        var version: Int
        var movement: MovementDraft
    }

    @Sendable static func update(req: Request) async throws -> APIResult<Movement> {
        let service = try req.movementService()
        let id = try MovementController.id(req)
        _ = try await service.movement(id)  // access before validation
        let body = try req.content.decode(Update.self)
        return APIResult(try await service.update(id, version: body.version, body.movement))
    }

    struct StatusBody: Decodable {
        var version: Int
        var status: Movement.Status
        var on: String?
    }

    @Sendable static func advance(req: Request) async throws -> APIResult<Movement> {
        let service = try req.movementService()
        let id = try MovementController.id(req)
        _ = try await service.movement(id)
        let body = try req.content.decode(StatusBody.self)
        guard let on = body.on.map({ LocalDate($0) }) ?? req.today else {
            throw DomainError.invalid([FieldError("on", "Ngày phải có dạng YYYY-MM-DD.")])
        }
        return APIResult(try await service.advance(id, to: body.status, on: on, version: body.version))
    }

    struct ParticipationRow: Encodable, Sendable {
        var unitID: UUID
        var unitName: String
        var registered: Bool
        var late: Bool
        var registration: Registration?
    }

    @Sendable static func registrations(req: Request) async throws -> APIResult<[ParticipationRow]> {
        let (_, list) = try await req.registrationService().participation(try MovementController.id(req))
        return APIResult(
            list.map {
                ParticipationRow(
                    unitID: $0.unit.id, unitName: $0.unit.name, registered: $0.registration != nil, late: $0.late,
                    registration: $0.registration)
            })
    }

    struct RegisterBody: Decodable {
        var version: Int
        var collective: [String]
        var individual: [Registration.IndividualTarget]
    }

    struct RegisterResult: Encodable, Sendable {
        struct Warning: Encodable, Sendable {
            var subject: String
            var code: String
            var reasons: [String]
        }
        var registration: Registration
        var warnings: [Warning]
    }

    /// `PUT /api/v1/movements/{id}/registrations/{unitID}`: a unit's targets; warnings name targets already out of reach.
    @Sendable static func register(req: Request) async throws -> APIResult<RegisterResult> {
        let service = try req.registrationService()
        let movementID = try MovementController.id(req)
        let unitID = try req.uuid(SiteURL.unitKey, what: "đơn vị")
        _ = try await service.registration(movementID, unit: unitID)  // access before validation
        let body = try req.content.decode(RegisterBody.self)
        let individual = Dictionary(
            body.individual.map { ($0.personID, $0.codes) }, uniquingKeysWith: { a, b in a + b })
        let (r, warnings) = try await service.register(
            movementID, unit: unitID, collective: body.collective, individual: individual,
            version: body.version, today: req.today)
        return APIResult(
            RegisterResult(
                registration: r,
                warnings: warnings.map { .init(subject: $0.subjectName, code: $0.code, reasons: $0.reasons) }))
    }
}
