import Foundation
import ThiDuaCore
import Vapor

enum OrganizationAPIController {
    struct DeactivateBody: Decodable {
        var version: Int
        var on: LocalDate?
    }

    struct MembershipBody: Decodable {
        var unitID: UUID
        var year: Int
        var role: BlocMembership.Role
    }

    // MARK: units

    @Sendable static func units(req: Request) async throws -> APIResult<APIPage<OrgUnit>> {
        let active = req.query[Bool.self, at: "activeOnly"] ?? false
        return APIResult(APIPage(try await req.organization().units(req.apiListQuery(), includeInactive: !active)))
    }

    @Sendable static func unit(req: Request) async throws -> APIResult<OrgUnit> {
        APIResult(try await req.organization().unit(try req.uuid(SiteURL.unitKey, what: "đơn vị")))
    }

    @Sendable static func createUnit(req: Request) async throws -> APIResult<OrgUnit> {
        try req.requireOrganizationAdmin()
        return APIResult(
            try await req.organization().createUnit(try req.content.decode(OrgUnitDraft.self)), status: .created)
    }

    @Sendable static func updateUnit(req: Request) async throws -> APIResult<OrgUnit> {
        try req.requireOrganizationAdmin()
        let id = try req.uuid(SiteURL.unitKey, what: "đơn vị")
        return APIResult(
            try await req.organization().updateUnit(
                id, version: try req.bodyVersion(), try req.content.decode(OrgUnitDraft.self)))
    }

    @Sendable static func deactivateUnit(req: Request) async throws -> APIResult<OrgUnit> {
        try req.requireOrganizationAdmin()
        let id = try req.uuid(SiteURL.unitKey, what: "đơn vị")
        let body = try req.content.decode(DeactivateBody.self)
        return APIResult(
            try await req.organization().deactivateUnit(id, version: body.version, on: body.on ?? req.today))
    }

    // MARK: blocs

    @Sendable static func blocs(req: Request) async throws -> APIResult<APIPage<Bloc>> {
        APIResult(APIPage(try await req.organization().blocs(req.apiListQuery())))
    }

    @Sendable static func bloc(req: Request) async throws -> APIResult<Bloc> {
        APIResult(try await req.organization().bloc(try req.uuid(SiteURL.blocKey, what: "khối thi đua")))
    }

    @Sendable static func createBloc(req: Request) async throws -> APIResult<Bloc> {
        try req.requireOrganizationAdmin()
        return APIResult(
            try await req.organization().createBloc(try req.content.decode(BlocDraft.self)), status: .created)
    }

    @Sendable static func updateBloc(req: Request) async throws -> APIResult<Bloc> {
        try req.requireOrganizationAdmin()
        let id = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        return APIResult(
            try await req.organization().updateBloc(
                id, version: try req.bodyVersion(), try req.content.decode(BlocDraft.self)))
    }

    @Sendable static func deactivateBloc(req: Request) async throws -> APIResult<Bloc> {
        try req.requireOrganizationAdmin()
        let id = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        let body = try req.content.decode(DeactivateBody.self)
        return APIResult(
            try await req.organization().deactivateBloc(id, version: body.version, on: body.on ?? req.today))
    }

    @Sendable static func memberships(req: Request) async throws -> APIResult<[BlocMember]> {
        let id = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        return APIResult(try await req.organization().members(of: id, year: req.queryYear("year")))
    }

    @Sendable static func setMembership(req: Request) async throws -> APIResult<BlocMembership> {
        let id = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        guard try req.organization().policy.canManageMembership(ofBloc: id) else { throw DomainError.forbidden }
        let body = try req.content.decode(MembershipBody.self)
        return APIResult(
            try await req.organization().setMembership(bloc: id, unit: body.unitID, year: body.year, role: body.role))
    }

    @Sendable static func removeMembership(req: Request) async throws -> HTTPStatus {
        let blocID = try req.uuid(SiteURL.blocKey, what: "khối thi đua")
        let id = try req.uuid(SiteURL.membershipKey, what: "thành viên khối")
        guard let m = try await req.store.blocs.membership(id), m.blocID == blocID else {
            throw DomainError.notFound("thành viên khối")
        }
        try await req.organization().removeMembership(id)
        return .noContent
    }
}

extension Request {
    /// Authorization before the body is read: a refused caller learns nothing from validation messages.
    func requireOrganizationAdmin() throws {
        guard try organization().policy.canManageOrganization else { throw DomainError.forbidden }
    }
}
