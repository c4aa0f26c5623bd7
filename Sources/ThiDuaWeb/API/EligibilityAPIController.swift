import Foundation
import ThiDuaCore
import Vapor

/// The eligibility engine over HTTP: the stable JSON contract (the same as `thidua eligibility --input`),
/// stored subjects' answers, sweeps, and the organization's settings.
enum EligibilityAPIController {
    /// `POST /api/v1/eligibility`: histories in, answers out. Settings in the body win; otherwise the organization's.
    @Sendable static func evaluate(req: Request) async throws -> Response {
        let service = try req.eligibilityService()
        guard let body = req.body.data else {
            throw DomainError.invalid([FieldError("$", "Thiếu nội dung JSON của yêu cầu.")])
        }
        let request: EligibilityRequest
        do {
            request = try EligibilityRequest.parse(
                Data(buffer: body), extraCodes: try await service.extraCodes(),
                maxSubjects: EligibilityRequest.maxSubjects)
        } catch let error as EligibilityInputError {
            throw DomainError.invalid([FieldError(error.field, "\(error.field): \(error.message)")])
        }
        return json(
            EligibilityResponse.encode(
                request.evaluate(
                    defaultSettings: try await service.settings().settings, rewards: try await service.rewards().rewards
                )))
    }

    /// `GET /api/v1/people/{id}/eligibility?year=`: every code for people.
    @Sendable static func person(req: Request) async throws -> Response {
        let id = try req.uuid(SiteURL.personKey, what: "người này")
        return json(EligibilityResponse.encode(try await req.eligibilityService().forPerson(id, year: year(req))))
    }

    /// `GET /api/v1/units/{id}/eligibility?year=`: every code for collectives.
    @Sendable static func unit(req: Request) async throws -> Response {
        let id = try req.uuid(SiteURL.unitKey, what: "đơn vị")
        return json(EligibilityResponse.encode(try await req.eligibilityService().forUnit(id, year: year(req))))
    }

    struct SweepRow: Encodable, Sendable {
        var subject: String
        var name: String
        var kind: SubjectKind
        var outcome: String
        var rank: Int?
        var withinQuota: Bool?
        var note: String?
    }

    struct SweepBody: Encodable, Sendable {
        var code: String
        var year: Int
        var regime: String
        var quota: QuotaBody?
        var note: String?
        var rows: [SweepRow]
    }

    struct QuotaBody: Encodable, Sendable {
        var percent: Int
        var of: String
        var base: Int
        var cap: Int
        var binds: Bool
        var basis: String
    }

    /// `GET /api/v1/eligibility/sweep?code=&year=&unit=|bloc=`: who is eligible, ranked; the whole organization without unit or bloc.
    @Sendable static func sweep(req: Request) async throws -> APIResult<SweepBody> {
        guard let code = req.query[String.self, at: "code"] else {
            throw DomainError.invalid([FieldError("code", "Thiếu mã danh hiệu, hình thức (code).")])
        }
        var scope = SweepScope.organization
        if let unit = req.query[String.self, at: "unit"] {
            guard let id = UUID(uuidString: unit) else {
                throw DomainError.invalid([FieldError("unit", "Mã đơn vị không hợp lệ.")])
            }
            scope = .unit(id)
        } else if let bloc = req.query[String.self, at: "bloc"] {
            guard let id = UUID(uuidString: bloc) else {
                throw DomainError.invalid([FieldError("bloc", "Mã khối không hợp lệ.")])
            }
            scope = .bloc(id)
        }
        let r = try await req.eligibilityService().sweep(code: code, year: try year(req), scope: scope)
        return APIResult(
            SweepBody(
                code: r.code, year: r.year, regime: r.regime.rawValue,
                quota: r.quota.map {
                    QuotaBody(
                        percent: $0.quota.percent, of: $0.quota.of, base: $0.base, cap: $0.cap, binds: $0.binds,
                        basis: $0.quota.basis.citation)
                },
                note: r.note,
                rows: r.rows.map {
                    SweepRow(
                        subject: $0.subject.id, name: $0.subject.name, kind: $0.subject.kind,
                        outcome: $0.result.outcome.rawValue,
                        rank: $0.rank, withinQuota: $0.withinQuota, note: $0.note)
                }))
    }

    struct SettingsBody: Codable, Sendable {
        var settings: EligibilitySettings
        var version: Int
    }

    @Sendable static func settings(req: Request) async throws -> APIResult<SettingsBody> {
        let (settings, version) = try await req.eligibilityService().settings()
        return APIResult(SettingsBody(settings: settings, version: version))
    }

    /// `PUT /api/v1/eligibility/settings`: admin only; `version` is the one read (0 before the first save).
    @Sendable static func saveSettings(req: Request) async throws -> APIResult<SettingsBody> {
        let service = try req.eligibilityService()
        guard AccessPolicy(account: try req.requireAccount()).canManageOrganization else { throw DomainError.forbidden }
        let body = try req.content.decode(SettingsBody.self)
        let version = try await service.save(body.settings, version: body.version)
        return APIResult(SettingsBody(settings: try await service.settings().settings, version: version))
    }

    private static func year(_ req: Request) throws -> Int {
        guard let raw = req.query[String.self, at: "year"] else { return req.today.year }
        guard let y = Int(raw), (1990...2100).contains(y) else {
            throw DomainError.invalid([FieldError("year", "Năm xét phải là một năm từ 1990 đến 2100.")])
        }
        return y
    }

    private static func json(_ data: Data) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
